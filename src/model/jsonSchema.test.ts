import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { HAS_SHARED, listSamples, readSample } from '../test/sharedReference'
import { buildJsonSchema, MILVUS_JSON_SCHEMA, type JsonSchema } from './jsonSchema'

/** A tiny draft-07 subset validator: enough to check the generated schema on real documents. */
function validate(
  schema: JsonSchema,
  value: unknown,
  path = '',
  root: JsonSchema = schema,
): string[] {
  const errors: string[] = []
  const s = resolveRef(schema, root) as Record<string, unknown>
  const types = s.type === undefined ? undefined : ([] as unknown[]).concat(s.type)
  if (types && !types.some((t) => matchesType(t as string, value)))
    return [`${path}: expected ${types.join('|')}`]
  if (Array.isArray(s.enum) && !s.enum.includes(value)) errors.push(`${path}: not in enum`)
  if ('const' in s && s.const !== value) errors.push(`${path}: not ${String(s.const)}`)
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: below minimum`)
    if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${path}: above maximum`)
  }
  if (
    typeof value === 'string' &&
    typeof s.pattern === 'string' &&
    !new RegExp(s.pattern).test(value)
  )
    errors.push(`${path}: pattern`)
  if (
    Array.isArray(s.anyOf) &&
    !s.anyOf.some((sub) => validate(sub as JsonSchema, value, path, root).length === 0)
  )
    errors.push(`${path}: anyOf`)
  if (s.if && validate(s.if as JsonSchema, value, path, root).length === 0 && s.then)
    errors.push(...validate(s.then as JsonSchema, value, path, root))
  if (Array.isArray(value) && s.items)
    value.forEach((v, i) =>
      errors.push(...validate(s.items as JsonSchema, v, `${path}[${i}]`, root)),
    )
  if (isObject(value)) errors.push(...validateObject(s, value, path, root))
  return errors
}

function validateObject(
  s: Record<string, unknown>,
  value: Record<string, unknown>,
  path: string,
  root: JsonSchema,
): string[] {
  const errors: string[] = []
  const props = (s.properties ?? {}) as Record<string, JsonSchema>
  for (const key of (s.required ?? []) as string[])
    if (!(key in value)) errors.push(`${path}.${key}: required`)
  for (const [k, v] of Object.entries(value)) {
    if (props[k]) errors.push(...validate(props[k], v, `${path}.${k}`, root))
    else if (s.additionalProperties === false) errors.push(`${path}.${k}: unknown key`)
    else if (isObject(s.additionalProperties))
      errors.push(...validate(s.additionalProperties, v, `${path}.${k}`, root))
  }
  return errors
}

function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = schema.$ref
  if (typeof ref !== 'string') return schema
  const name = ref.replace('#/definitions/', '')
  const target = (root.definitions as Record<string, JsonSchema> | undefined)?.[name]
  if (!target) throw new Error(`unresolved ${ref}`)
  return target
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function matchesType(type: string, v: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(v)
    case 'array':
      return Array.isArray(v)
    case 'null':
      return v === null
    case 'integer':
      return Number.isInteger(v)
    default:
      return typeof v === type
  }
}

const good = {
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'm', labels: { app: 'x' } },
  spec: {
    mode: 'cluster',
    components: {
      image: 'milvusdb/milvus:v2.6.11',
      proxy: { replicas: -1, port: 19530, resources: { limits: { cpu: '500m', memory: '4Gi' } } },
    },
    dependencies: {
      msgStreamType: 'kafka',
      kafka: { external: true, brokerList: ['k:9092'] },
      storage: { type: 'S3' },
    },
    config: { anything: { goes: [1, 2] }, kafka: { securityProtocol: 'SASL_SSL' } },
  },
}

describe('MILVUS_JSON_SCHEMA', () => {
  it('is draft-07 and only applies to milvus.io/v1beta1 Milvus documents', () => {
    expect(MILVUS_JSON_SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(
      validate(MILVUS_JSON_SCHEMA, {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        spec: { replicas: 3, template: {} },
      }),
    ).toEqual([])
    expect(
      validate(MILVUS_JSON_SCHEMA, { apiVersion: 'v1', kind: 'Secret', stringData: { a: 'b' } }),
    ).toEqual([])
  })

  it('accepts a valid resource', () => {
    expect(validate(MILVUS_JSON_SCHEMA, good)).toEqual([])
  })

  it('flags the classic mistakes', () => {
    const bad = structuredClone(good) as Record<string, unknown> & typeof good
    const spec = bad.spec as Record<string, unknown>
    spec.mode = 'Cluster'
    spec.component = {}
    bad.spec.components.proxy.port = 70000
    bad.spec.components.proxy.resources.limits.memory = '4GB'
    ;(bad.spec.dependencies.kafka as Record<string, unknown>).brokerList = 'k:9092'
    ;(bad.spec.dependencies as Record<string, unknown>).pulsar = { endpoints: ['p:6650'] }
    expect(validate(MILVUS_JSON_SCHEMA, bad).sort()).toEqual([
      '.spec.component: unknown key',
      '.spec.components.proxy.port: above maximum',
      '.spec.components.proxy.resources.limits.memory: anyOf',
      '.spec.dependencies.kafka.brokerList: expected array',
      '.spec.dependencies.pulsar.endpoints: unknown key',
      '.spec.mode: not in enum',
    ])
  })

  it('shares repeated parts through definitions and resolves every $ref', () => {
    const text = JSON.stringify(MILVUS_JSON_SCHEMA)
    const refs = [...text.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(refs.length).toBeGreaterThan(10)
    for (const name of refs) expect(MILVUS_JSON_SCHEMA.definitions, name).toHaveProperty([name])
    expect(text.length).toBeLessThan(150_000)
  })

  it('carries descriptions, defaults and version notes, in Korean too', () => {
    const then = buildJsonSchema('ko').then as {
      properties: {
        spec: { properties: { dependencies: { properties: Record<string, JsonSchema> } } }
      }
    }
    const woodpecker = then.properties.spec.properties.dependencies.properties.woodpecker as {
      description: string
    }
    expect(woodpecker.description).toMatch(/Milvus 2\.6\.0 이상/)
    const en = MILVUS_JSON_SCHEMA.then as {
      properties: { spec: { properties: { mode: JsonSchema } } }
    }
    expect(en.properties.spec.properties.mode).toMatchObject({
      default: 'standalone',
      enum: ['cluster', 'standalone'],
    })
  })
})

const KNOWN_BAD_SAMPLES: Record<string, string[]> = {
  // see https://milvus.io/docs/message_storage_operator.md: spec.component instead of spec.components
  'milvus_pulsar_with_authn_jwt_token.yaml': ['.spec.component: unknown key'],
}

describe.skipIf(!HAS_SHARED)('MILVUS_JSON_SCHEMA on the operator samples', () => {
  it.each(HAS_SHARED ? listSamples() : [])('%s', (file) => {
    const docs = parseAllDocuments(readSample(file)).map((d) => d.toJS() as unknown)
    const errors = docs.flatMap((doc) => validate(MILVUS_JSON_SCHEMA, doc))
    expect(errors).toEqual(KNOWN_BAD_SAMPLES[file.split('/').pop() ?? ''] ?? [])
  })
})
