import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { findingsOf } from '../../test/ruleKit'
import { storeChangeOnRunningInstance } from './storeChangeOnRunningInstance'

const rule = storeChangeOnRunningInstance
const rocks = aStandalone({ dependencies: { msgStreamType: 'rocksmq' } })

describe('store-change-on-running-instance', () => {
  it.each([
    [
      'rocksmq to natsmq',
      rocks,
      aStandalone({ dependencies: { msgStreamType: 'natsmq' } }),
      ['spec.dependencies.msgStreamType'],
    ],
    [
      'pulsar (defaulted) to woodpecker',
      aCluster(),
      aCluster({ dependencies: { msgStreamType: 'woodpecker' } }),
      ['spec.dependencies.msgStreamType'],
    ],
    [
      'standalone to cluster with the same store',
      aStandalone({ dependencies: { msgStreamType: 'pulsar' } }),
      aCluster({ dependencies: { msgStreamType: 'pulsar' } }),
      ['spec.mode'],
    ],
    ['both', rocks, aCluster(), ['spec.dependencies.msgStreamType', 'spec.mode']],
  ])('blocks %s', (_n, baseline, next, paths) => {
    const found = findingsOf(rule, next, baseline)
    expect(found.map((f) => f.path.join('.')).sort()).toEqual([...paths].sort())
    expect(found.every((f) => f.severity === 'error' && f.fix === undefined)).toBe(true)
  })

  it('explains that the store cannot change while Milvus runs', () => {
    const [f] = findingsOf(rule, aStandalone({ dependencies: { msgStreamType: 'natsmq' } }), rocks)
    expect(f?.message.en).toMatch(/cannot change while Milvus runs/)
    expect(f?.message.ko).toMatch(/바꿀 수 없습니다/)
  })

  it.each([
    ['no baseline', undefined, aCluster()],
    [
      'the same effective store written out',
      aCluster(),
      aCluster({ dependencies: { msgStreamType: 'pulsar' } }),
    ],
    [
      'other edits only',
      rocks,
      aStandalone({
        dependencies: { msgStreamType: 'rocksmq' },
        components: { image: 'milvusdb/milvus:v2.6.3' },
      }),
    ],
  ])('does not fire for %s', (_n, baseline, next) => {
    expect(findingsOf(rule, next, baseline)).toEqual([])
  })
})
