import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { etcdReplicasOdd as rule } from './etcdReplicasOdd'

const withCount = (replicaCount: unknown, external = false) =>
  milvus({ dependencies: { etcd: { external, inCluster: { values: { replicaCount } } } } })

describe('etcd-replicas-odd', () => {
  it.each([
    [2, 'warning'],
    [4, 'warning'],
    [0, 'error'],
    [-1, 'error'],
    [2.5, 'error'],
  ] as const)('reports replicaCount %s as %s', (count, severity) => {
    const findings = findingsOf(rule, withCount(count))
    expect(findings.map((f) => f.severity)).toEqual([severity])
    expect(findings[0]?.path.at(-1)).toBe('replicaCount')
  })

  it.each([1, 3, 5])('accepts the odd count %s', (count) => {
    expect(findingsOf(rule, withCount(count))).toEqual([])
  })

  it.each([
    [
      'no replicaCount (operator default)',
      milvus({ dependencies: { etcd: { inCluster: { values: {} } } } }),
    ],
    ['no etcd block', milvus()],
    ['a string count (left to schema rules)', withCount('2')],
    ['an external etcd', withCount(2, true)],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it.each([2, 0, 2.5])('fixes %s to an odd positive count', (count) => {
    expect(remainingAfterFix(rule, withCount(count))).toEqual([])
  })

  it('suggests the cluster default of 3 for zero members in cluster mode', () => {
    const r = cluster({ dependencies: { etcd: { inCluster: { values: { replicaCount: 0 } } } } })
    const patch = findingsOf(rule, r)[0]?.fix?.patches[0]
    expect(patch).toMatchObject({ op: 'set', value: 3 })
  })
})
