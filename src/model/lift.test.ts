import { describe, expect, it } from 'vitest'
import { isMilvusKind, liftToV1beta1 } from './lift'
import { getAtPath } from './paths'

const alphaMilvus = {
  apiVersion: 'milvus.io/v1alpha1',
  kind: 'Milvus',
  metadata: { name: 'old' },
  spec: {
    image: 'milvusdb/milvus:v2.4.0',
    replicas: 1,
    serviceType: 'LoadBalancer',
    resources: { limits: { memory: '8Gi' } },
    disableMetric: true,
    persistence: { enabled: true, pvcDeletion: false },
    dependencies: {
      msgStreamType: 'kafka',
      rocksmq: { persistence: { enabled: false } },
      kafka: { external: true },
    },
    config: { common: { retentionDuration: 3600 } },
    mystery: 1,
  },
}

describe('liftToV1beta1', () => {
  it('returns v1beta1 input unchanged, with identity paths', () => {
    const input = { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', spec: { mode: 'cluster' } }
    const lifted = liftToV1beta1(input)
    expect(lifted.value).toBe(input)
    expect(lifted.liftedFrom).toBeUndefined()
    expect(lifted.notes).toEqual([])
    expect(lifted.toOriginalPath(['spec', 'mode'])).toEqual(['spec', 'mode'])
  })

  it.each([
    null,
    'x',
    [],
    { apiVersion: 'apps/v1', kind: 'Deployment' },
    { apiVersion: 'milvus.io/v1alpha1', kind: 'Other' },
  ])('leaves %j alone', (input) => {
    expect(liftToV1beta1(input).value).toBe(input)
  })

  it('lifts a v1alpha1 Milvus to standalone with flat fields under components.standalone', () => {
    const { value, liftedFrom, notes } = liftToV1beta1(alphaMilvus)
    expect(liftedFrom).toBe('milvus.io/v1alpha1 Milvus')
    expect(value).toEqual({
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'old' },
      spec: {
        mode: 'standalone',
        components: {
          disableMetric: true,
          standalone: {
            image: 'milvusdb/milvus:v2.4.0',
            replicas: 1,
            serviceType: 'LoadBalancer',
            resources: { limits: { memory: '8Gi' } },
          },
        },
        dependencies: {
          msgStreamType: 'kafka',
          // spec.persistence overwrites what was there
          rocksmq: { persistence: { enabled: true, pvcDeletion: false } },
          kafka: { external: true },
        },
        config: { common: { retentionDuration: 3600 } },
        mystery: 1,
      },
    })
    expect(notes.length).toBeGreaterThanOrEqual(3)
    for (const n of notes) expect(n.ko).toMatch(/[가-힣]/)
    expect(alphaMilvus.spec.dependencies.rocksmq.persistence.enabled).toBe(false)
  })

  it.each([
    [
      ['spec', 'components', 'standalone', 'image'],
      ['spec', 'image'],
    ],
    [
      ['spec', 'components', 'standalone', 'resources', 'limits', 'memory'],
      ['spec', 'resources', 'limits', 'memory'],
    ],
    [
      ['spec', 'components', 'disableMetric'],
      ['spec', 'disableMetric'],
    ],
    [
      ['spec', 'dependencies', 'rocksmq', 'persistence', 'enabled'],
      ['spec', 'persistence', 'enabled'],
    ],
    [['spec', 'mode'], ['apiVersion']],
    [['spec', 'components', 'standalone'], ['spec']],
    [
      ['spec', 'dependencies', 'kafka', 'external'],
      ['spec', 'dependencies', 'kafka', 'external'],
    ],
    [
      ['spec', 'mystery'],
      ['spec', 'mystery'],
    ],
    [
      ['metadata', 'name'],
      ['metadata', 'name'],
    ],
  ])('maps %j back to %j', (path, original) => {
    const lifted = liftToV1beta1(alphaMilvus)
    expect(lifted.toOriginalPath(path)).toEqual(original)
    // the original path really holds the lifted value (when both sides are values)
    if (original[0] === 'spec' && original.length > 1 && path.length > 2) {
      expect(getAtPath(alphaMilvus, original)).toEqual(getAtPath(lifted.value, path))
    }
  })

  it('drops v1beta1-only keys from a v1alpha1 Milvus and says so', () => {
    const { value, notes } = liftToV1beta1({
      apiVersion: 'milvus.io/v1alpha1',
      kind: 'Milvus',
      spec: { mode: 'cluster', components: { image: 'x' } },
    })
    expect(value).toEqual({
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      spec: { mode: 'standalone' },
    })
    expect(notes.some((n) => n.en.includes('spec.mode'))).toBe(true)
    expect(notes.some((n) => n.en.includes('spec.components'))).toBe(true)
  })

  it('lifts a v1alpha1 MilvusCluster to cluster mode, components unchanged', () => {
    const input = {
      apiVersion: 'milvus.io/v1alpha1',
      kind: 'MilvusCluster',
      metadata: { name: 'c' },
      spec: {
        components: { image: 'milvusdb/milvus:v2.3.0', proxy: { replicas: 2 } },
        dependencies: { pulsar: { external: true, endpoint: 'p:6650' } },
      },
    }
    const lifted = liftToV1beta1(input)
    expect(lifted.liftedFrom).toBe('milvus.io/v1alpha1 MilvusCluster')
    expect(lifted.value).toEqual({
      ...input,
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      spec: { mode: 'cluster', ...input.spec },
    })
    expect(lifted.notes).toHaveLength(1)
    expect(lifted.toOriginalPath(['spec', 'mode'])).toEqual(['kind'])
    expect(lifted.toOriginalPath(['spec', 'components', 'proxy', 'replicas'])).toEqual([
      'spec',
      'components',
      'proxy',
      'replicas',
    ])
  })

  it('never copies prototype keys', () => {
    const input = JSON.parse(
      '{"apiVersion":"milvus.io/v1alpha1","kind":"Milvus","spec":{"__proto__":{"polluted":1},"image":"x"}}',
    ) as unknown
    const { value } = liftToV1beta1(input)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(getAtPath(value, ['spec', 'components', 'standalone', 'image'])).toBe('x')
  })
})

describe('isMilvusKind', () => {
  it.each([
    ['milvus.io/v1beta1', 'Milvus', true],
    ['milvus.io/v1alpha1', 'Milvus', true],
    ['milvus.io/v1alpha1', 'MilvusCluster', true],
    ['milvus.io/v1beta1', 'MilvusCluster', false],
    ['milvus.io/v1', 'Milvus', false],
    ['milvus.io/v1beta1', 'milvus', false],
  ])('%s %s: %s', (apiVersion, kind, expected) => {
    expect(isMilvusKind(apiVersion, kind)).toBe(expected)
  })
})
