import { describe, expect, it } from 'vitest'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { etcdEndpointsInCluster as rule } from './etcdEndpointsInCluster'

const withEndpoints = (endpoints: string[], external?: boolean) =>
  milvus({ dependencies: { etcd: { endpoints, ...(external === undefined ? {} : { external }) } } })

describe('etcd-endpoints-in-cluster', () => {
  it.each([
    [['10.0.0.5:2379']],
    [['demo-etcd-0.demo-etcd-headless.ns:2379', 'other:2379']],
    [['other-etcd.ns:2379']],
  ])('fires for hand-written endpoints %j', (endpoints) => {
    const findings = findingsOf(rule, withEndpoints(endpoints))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.severity).toBe('warning')
  })

  it.each([
    [
      'the operator-generated member list',
      withEndpoints([
        'demo-etcd-0.demo-etcd-headless.ns:2379',
        'demo-etcd-1.demo-etcd-headless.ns:2379',
      ]),
    ],
    ['the older generated service address', withEndpoints(['demo-etcd.ns:2379'])],
    ['an empty list', withEndpoints([])],
    ['an external etcd', withEndpoints(['10.0.0.5:2379'], true)],
    ['no etcd block', milvus()],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it('removes the endpoints', () => {
    expect(remainingAfterFix(rule, withEndpoints(['10.0.0.5:2379']))).toEqual([])
  })
})
