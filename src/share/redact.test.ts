import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments, stringify } from 'yaml'
import { decodeShareLink, encodeShareLink } from './codec'
import { REDACTED, findSecrets, redactSecrets } from './redact'
import { isSecretEnvName, isSecretKey } from './secretKeys'

const KAFKA = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: demo
spec:
  components:
    env:
      - name: KAFKA_SASLPASSWORD # injected by hand
        value: env-pass-1
      - name: LOG_LEVEL
        value: debug
  config:
    kafka:
      securityProtocol: SASL_SSL
      saslUsername: alice # who we are
      saslPassword: 'pa:ss #1'
    minio:
      accessKeyID: AKIAEXAMPLE
      secretAccessKey: |
        multi
        line
    pulsar:
      authParams: token:abc
    etcd:
      auth:
        userName: root
        password: ""
  dependencies:
    kafka:
      secretRef: milvus-kafka-sasl
---
apiVersion: v1
kind: Secret
metadata:
  name: milvus-kafka-sasl
stringData:
  username: alice
  password: s3cret
`

describe('isSecretKey', () => {
  it.each([
    'password',
    'saslPassword',
    'saslUsername',
    'userName',
    'secretAccessKey',
    'accessKeyID',
    'accessKey',
    'secretKey',
    'authParams',
    'rootPassword',
    'connectionString',
    'credentials',
    'apiKey',
    'token',
    'clientSecret',
    'tlsKeyPassword',
  ])('%s is secret', (key) => expect(isSecretKey(key)).toBe(true))

  it.each([
    'secretRef',
    'existingSecret',
    'topologyKey',
    'key',
    'passwordFile',
    'tokenFile',
    'name',
    'securityProtocol',
    'saslMechanisms',
    'authPlugin',
    'caCertificateRef',
    'secretKeyRef',
    'monkey',
  ])('%s is not secret', (key) => expect(isSecretKey(key)).toBe(false))

  it('judges environment variable names', () => {
    expect(isSecretEnvName('KAFKA_SASLPASSWORD')).toBe(true)
    expect(isSecretEnvName('AZURE_CONNECTION_STRING')).toBe(true)
    expect(isSecretEnvName('AWS_SECRET_ACCESS_KEY')).toBe(true)
    expect(isSecretEnvName('LOG_LEVEL')).toBe(false)
  })
})

describe('redactSecrets', () => {
  it('replaces exactly the secret values and keeps every comment and other line', () => {
    const { text, removed } = redactSecrets(KAFKA)
    expect(removed.map((r) => `${r.document}:${r.path}`)).toEqual([
      '0:spec.components.env[0].value',
      '0:spec.config.kafka.saslUsername',
      '0:spec.config.kafka.saslPassword',
      '0:spec.config.minio.accessKeyID',
      '0:spec.config.minio.secretAccessKey',
      '0:spec.config.pulsar.authParams',
      '0:spec.config.etcd.auth.userName',
      '1:stringData.username',
      '1:stringData.password',
    ])
    for (const secret of [
      'env-pass-1',
      'alice',
      'pa:ss',
      'AKIAEXAMPLE',
      'multi',
      'token:abc',
      's3cret',
    ]) {
      expect(text).not.toContain(secret)
    }
    expect(text).toContain('      saslUsername: <redacted> # who we are\n')
    expect(text).toContain('        value: debug\n')
    expect(text).toContain('      secretRef: milvus-kafka-sasl\n')
    expect(text).toContain('      secretAccessKey: <redacted>\n    pulsar:')
    const before = KAFKA.split('\n')
    const after = text.split('\n')
    const changed = before.filter((line, i) => line !== after[i])
    expect(before.length - after.length).toBe(2) // the block scalar's two lines collapse into one
    expect(changed.length).toBeGreaterThan(0)
    for (const d of parseAllDocuments(text) as { errors: unknown[] }[]) expect(d.errors).toEqual([])
  })

  it('reports the same places through findSecrets without changing anything', () => {
    expect(findSecrets(KAFKA)).toEqual(redactSecrets(KAFKA).removed)
    expect(findSecrets('a: b\n')).toEqual([])
  })

  it('follows an alias back to its anchored value', () => {
    const { text } = redactSecrets('shared: &pw hunter22\nconfig:\n  password: *pw\n')
    expect(text).not.toContain('hunter22')
    expect(parseAllDocuments(text).length).toBe(1)
  })

  it('leaves empty values and placeholders alone', () => {
    expect(redactSecrets('password: ""\ntoken:\nsecret: <redacted>\n').removed).toEqual([])
    expect(() => redactSecrets('\u0000: : :\n  - ]')).not.toThrow()
  })

  it('still removes secrets from text with a syntax error elsewhere', () => {
    const text =
      'spec:\n  config:\n    kafka:\n      saslPassword: hunter22 # x\n  bad: [unclosed\n---\nkind: Secret\nstringData:\n  "token": abc123\n'
    const { text: out, removed } = redactSecrets(text)
    expect(out).not.toContain('hunter22')
    expect(out).toContain('saslPassword: <redacted> # x\n')
    expect(removed.map((r) => r.key)).toContain('saslPassword')
  })

  it('still removes secrets nested deeper than the walker follows', () => {
    const deep =
      Array.from({ length: 600 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') +
      `\n${' '.repeat(600)}password: deepsecret1\n`
    expect(redactSecrets(deep).text).not.toContain('deepsecret1')
  })
})

const SECRET_PATHS = [
  ['spec', 'config', 'kafka', 'saslPassword'],
  ['spec', 'config', 'kafka', 'saslUsername'],
  ['spec', 'config', 'minio', 'accessKeyID'],
  ['spec', 'config', 'minio', 'secretAccessKey'],
  ['spec', 'config', 'etcd', 'auth', 'password'],
  ['spec', 'config', 'pulsar', 'authParams'],
  ['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'auth', 'rbac', 'rootPassword'],
] as const

const innocent = fc.stringMatching(/^[a-z][a-z-]{0,12}$/)
const secretValue = fc
  .tuple(fc.stringMatching(/^[A-Z0-9]{6,10}$/), fc.string({ maxLength: 12 }))
  .map(([a, b]) => `S3${a}${b}`)

const generatedDoc = fc.record({
  name: innocent,
  extra: fc.dictionary(innocent, innocent, { maxKeys: 4 }),
  secrets: fc.array(fc.tuple(fc.constantFrom(...SECRET_PATHS), secretValue), {
    minLength: 1,
    maxLength: 5,
  }),
  envSecret: fc.option(secretValue, { nil: undefined }),
  secretDoc: fc.option(secretValue, { nil: undefined }),
  comment: fc.boolean(),
})

type GeneratedDoc = typeof generatedDoc extends fc.Arbitrary<infer T> ? T : never

function build(g: GeneratedDoc): { text: string; secrets: string[] } {
  const doc: Record<string, unknown> = {
    apiVersion: 'milvus.io/v1beta1',
    kind: 'Milvus',
    metadata: { name: g.name },
    spec: { extra: g.extra },
  }
  const secrets: string[] = []
  for (const [path, value] of g.secrets) {
    let cur = doc
    for (const seg of path.slice(0, -1)) cur = (cur[seg] ??= {}) as Record<string, unknown>
    cur[path[path.length - 1] ?? 'x'] = value
  }
  for (const [, v] of g.secrets) secrets.push(v)
  if (g.envSecret !== undefined) {
    ;(doc.spec as Record<string, unknown>).components = {
      env: [{ name: 'MY_API_TOKEN', value: g.envSecret }],
    }
    secrets.push(g.envSecret)
  }
  let text = (g.comment ? '# generated\n' : '') + stringify(doc)
  if (g.secretDoc !== undefined) {
    text +=
      '---\n' +
      stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 's' },
        data: { blob: g.secretDoc },
      })
    secrets.push(g.secretDoc)
  }
  return { text, secrets }
}

function scalars(text: string): unknown[] {
  const out: unknown[] = []
  const walk = (v: unknown): void => {
    if (v && typeof v === 'object') Object.values(v).forEach(walk)
    else out.push(v)
  }
  for (const d of parseAllDocuments(text) as { toJS(): unknown }[]) walk(d.toJS())
  return out
}

describe('share links without the opt-in', () => {
  it('never carry a secret value: 1000 generated documents (fast-check seed 9001)', async () => {
    await fc.assert(
      fc.asyncProperty(generatedDoc, async (g) => {
        const { text, secrets } = build(g)
        const { fragment, removed } = await encodeShareLink(text, { includeSecrets: false })
        const decoded = await decodeShareLink(fragment)
        if (!decoded.ok) throw new Error(decoded.code)
        const values = scalars(decoded.source)
        for (const s of secrets) {
          expect(fragment).not.toContain(s)
          expect(decoded.source).not.toContain(s)
          expect(values).not.toContain(s)
        }
        expect(removed.length).toBeGreaterThanOrEqual(new Set(g.secrets.map(([p]) => p)).size)
        expect(values).toContain(REDACTED)
      }),
      { seed: 9001, numRuns: 1000 },
    )
  })
})
