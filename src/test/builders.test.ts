import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone, withPath } from './builders'

describe('builders', () => {
  it('build fresh standalone and cluster resources', () => {
    const a = aStandalone()
    const b = aStandalone()
    expect(a).toEqual({
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'my-milvus' },
      spec: { mode: 'standalone' },
    })
    expect(a).not.toBe(b)
    expect(aCluster().spec.mode).toBe('cluster')
  })

  it('deep-merge spec overrides without sharing objects', () => {
    const deps = { kafka: { brokerList: ['k:9092'] } }
    const r = aCluster({ dependencies: deps, components: { proxy: { replicas: 2 } } })
    expect(r.spec).toEqual({
      mode: 'cluster',
      dependencies: deps,
      components: { proxy: { replicas: 2 } },
    })
    r.spec.dependencies?.kafka?.brokerList?.push('x')
    expect(deps.kafka.brokerList).toEqual(['k:9092'])
    expect(aStandalone({ mode: 'cluster' }).spec.mode).toBe('cluster')
  })

  it('withPath sets, creates parents and deletes, leaving the input alone', () => {
    const base = aStandalone()
    const set = withPath(
      base,
      ['spec', 'dependencies', 'woodpecker', 'quorumBufferPools', 0, 'name'],
      'p',
    )
    expect(set.spec.dependencies).toEqual({ woodpecker: { quorumBufferPools: [{ name: 'p' }] } })
    expect(base.spec.dependencies).toBeUndefined()
    const removed = withPath(set, ['spec', 'mode'], undefined)
    expect('mode' in removed.spec).toBe(false)
    const spliced = withPath(
      aStandalone({ dependencies: { kafka: { brokerList: ['a', 'b'] } } }),
      ['spec', 'dependencies', 'kafka', 'brokerList', 0],
      undefined,
    )
    expect(spliced.spec.dependencies?.kafka?.brokerList).toEqual(['b'])
  })
})
