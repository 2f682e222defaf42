import { describe, expect, it } from 'vitest'
import type { MilvusSpec } from '../../model'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { etcdEndpointsInConfig as rule } from './etcdEndpointsInConfig'

describe('etcd-endpoints-in-config', () => {
  it.each<[string, MilvusSpec]>([
    ['a list', { config: { etcd: { endpoints: ['etcd:2379'] } } }],
    ['a string', { config: { etcd: { endpoints: 'etcd:2379', rootPath: 'x' } } }],
  ])('fires for %s', (_, spec) => {
    const findings = findingsOf(rule, milvus(spec))
    expect(findings.map((f) => f.path)).toEqual([['spec', 'config', 'etcd', 'endpoints']])
    expect(findings[0]?.severity).toBe('warning')
  })

  it.each<[string, MilvusSpec]>([
    ['other etcd keys', { config: { etcd: { rootPath: 'x' } } }],
    [
      'endpoints in dependencies',
      { dependencies: { etcd: { external: true, endpoints: ['e:2379'] } } },
    ],
    ['no config', {}],
  ])('stays quiet for %s', (_, spec) => {
    expect(findingsOf(rule, milvus(spec))).toEqual([])
  })

  it('deletes the key', () => {
    expect(
      remainingAfterFix(rule, milvus({ config: { etcd: { endpoints: ['a:2379'] } } })),
    ).toEqual([])
  })
})
