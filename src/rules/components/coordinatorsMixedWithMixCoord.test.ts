import { describe, expect, it } from 'vitest'
import type { MilvusComponents } from '../../model'
import { coordinatorsMixedWithMixCoord as rule } from './coordinatorsMixedWithMixCoord'
import { cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'

const v25 = (components: MilvusComponents) =>
  cluster({ components: { image: 'milvusdb/milvus:v2.5.16', ...components } })

describe('coordinators-mixed-with-mixcoord', () => {
  it.each([
    ['mixCoord with rootCoord', v25({ mixCoord: {}, rootCoord: { replicas: 2 } }), ['rootCoord']],
    [
      'mixCoord with two coordinators',
      v25({ mixCoord: { replicas: 1 }, dataCoord: {}, queryCoord: {} }),
      ['dataCoord', 'queryCoord'],
    ],
  ])('fires for %s', (_, resource, names) => {
    expect(findingsOf(rule, resource).map((f) => f.path.at(-1))).toEqual(names)
  })

  it.each([
    ['only mixCoord', v25({ mixCoord: {} })],
    [
      'only the four coordinators',
      v25({ rootCoord: {}, dataCoord: {}, queryCoord: {}, indexCoord: {} }),
    ],
    [
      'mixing on 2.6 (reported by component-not-in-version)',
      cluster({ components: { image: 'milvusdb/milvus:v2.6.1', mixCoord: {}, rootCoord: {} } }),
    ],
    ['standalone mode', milvus({ components: { mixCoord: {}, rootCoord: {} } })],
    ['no components', cluster()],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it('removes the ignored coordinator', () => {
    expect(remainingAfterFix(rule, v25({ mixCoord: {}, rootCoord: {} }))).toEqual([])
  })
})
