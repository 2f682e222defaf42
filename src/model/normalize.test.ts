import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize } from './normalize'

function deepNest(depth: number): unknown {
  let v: unknown = { leaf: true }
  for (let i = 0; i < depth; i += 1) v = { spec: v }
  return v
}

describe('normalize', () => {
  it.each([null, undefined, 42, 'text', true, [], [1, 2], () => 1, Symbol('s'), 10n])(
    'turns %s into a valid empty resource with an issue',
    (input) => {
      const { resource, issues } = normalize(input)
      expect(resource).toMatchObject({
        apiVersion: 'milvus.io/v1beta1',
        kind: 'Milvus',
        metadata: {},
        spec: {},
      })
      expect(issues.length).toBeGreaterThan(0)
    },
  )

  it('keeps unknown keys everywhere and reports nothing for a clean resource', () => {
    const input = {
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'a' },
      spec: {
        component: { image: 'x' },
        dependencies: { pulsar: { endpoints: ['h:6650'] } },
        config: { custom: { a: 1 } },
      },
      extra: 1,
    }
    const { resource, issues } = normalize(input)
    expect(resource).toEqual(input)
    expect(issues).toEqual([])
    expect(resource).not.toBe(input)
  })

  it('never pollutes Object.prototype, whatever the keys', () => {
    const input = JSON.parse(
      '{"__proto__":{"polluted":1},"spec":{"constructor":{"prototype":{"polluted":2}},"config":{"__proto__":{"polluted":3}}}}',
    ) as unknown
    const { resource, issues } = normalize(input)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(resource.spec.config)).toBe(Object.prototype)
    expect(Object.hasOwn(resource.spec, 'constructor')).toBe(false)
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['__proto__'],
        ['spec', 'constructor'],
        ['spec', 'config', '__proto__'],
      ]),
    )
  })

  it('cuts cycles and reports them', () => {
    const spec: Record<string, unknown> = { mode: 'cluster' }
    spec.self = spec
    const { resource, issues } = normalize({ spec })
    expect(resource.spec).toEqual({ mode: 'cluster' })
    expect(issues.some((i) => i.path.join('.') === 'spec.self')).toBe(true)
  })

  it('survives very deep nesting without a stack overflow', () => {
    const { resource, issues } = normalize(deepNest(100_000))
    expect(resource.kind).toBe('Milvus')
    expect(issues.some((i) => /too deeply/.test(i.message.en))).toBe(true)
  })

  it('survives a getter that throws', () => {
    const spec = Object.defineProperty({}, 'mode', {
      enumerable: true,
      get: () => {
        throw new Error('boom')
      },
    })
    expect(() => normalize({ spec })).not.toThrow()
  })

  it('fills in missing or mistyped apiVersion, kind, metadata and spec', () => {
    const { resource, issues } = normalize({ apiVersion: 7, metadata: 'x', spec: [1] })
    expect(resource).toMatchObject({
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: {},
      spec: {},
    })
    expect(issues.map((i) => i.path[0])).toEqual(['apiVersion', 'kind', 'metadata', 'spec'])
    expect(Object.keys(resource).slice(0, 4)).toEqual(['apiVersion', 'kind', 'metadata', 'spec'])
  })

  it('removes wrongly shaped containers but keeps wrongly typed scalars', () => {
    const { resource, issues } = normalize({
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'a' },
      spec: {
        mode: 'Cluster',
        components: { proxy: { replicas: '3', groups: [null, { name: 'g', replicas: 1 }] } },
        dependencies: { kafka: { brokerList: 'a:9092,b:9092' }, rocksmq: null, pulsar: ['x'] },
        config: { kafka: 'not an object' },
      },
    })
    expect(resource.spec.mode).toBe('Cluster')
    expect(resource.spec.components?.proxy?.replicas).toBe('3')
    expect(resource.spec.components?.proxy?.groups).toEqual([{}, { name: 'g', replicas: 1 }])
    expect(resource.spec.dependencies).toEqual({ kafka: {} })
    expect(resource.spec.config).toEqual({ kafka: 'not an object' })
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual([
      'spec.components.proxy.groups.0',
      'spec.dependencies.kafka.brokerList',
      'spec.dependencies.pulsar',
    ])
  })

  it('keeps null where the CRD allows it', () => {
    const { resource, issues } = normalize({
      spec: { hookConfig: null, dependencies: { etcd: { inCluster: { values: null } } } },
    })
    expect(resource.spec.hookConfig).toBeNull()
    expect(resource.spec.dependencies?.etcd?.inCluster?.values).toBeNull()
    expect(issues.filter((i) => i.path[0] === 'spec')).toEqual([])
  })

  it('never throws on arbitrary values and always returns the four top-level keys', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true }),
        (input) => {
          const { resource } = normalize(input)
          expect(typeof resource.apiVersion).toBe('string')
          expect(typeof resource.kind).toBe('string')
          expect(typeof resource.metadata).toBe('object')
          expect(typeof resource.spec).toBe('object')
        },
      ),
      { numRuns: 500 },
    )
  })

  it('keeps every JSON value under spec.config exactly (keys normalize drops on purpose excluded at every depth)', () => {
    const unsafe = /"(__proto__|constructor|prototype)":/
    const config = fc
      .dictionary(fc.string(), fc.jsonValue())
      .filter((c) => !unsafe.test(JSON.stringify(c)))
    fc.assert(
      fc.property(config, (config) => {
        const { resource } = normalize({
          apiVersion: 'milvus.io/v1beta1',
          kind: 'Milvus',
          metadata: {},
          spec: { config },
        })
        expect(resource.spec.config).toEqual(config)
      }),
      { numRuns: 300 },
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const once = normalize(input).resource
        const twice = normalize(once)
        expect(twice.resource).toEqual(once)
        expect(twice.issues).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
