import { describe, expect, it } from 'vitest'
import type { MilvusSpec } from '../../model'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { etcdExternalNeedsEndpoints as rule } from './etcdExternalNeedsEndpoints'

describe('etcd-external-needs-endpoints', () => {
  it.each<[string, MilvusSpec]>([
    ['external with no endpoints key', { dependencies: { etcd: { external: true } } }],
    ['external with an empty list', { dependencies: { etcd: { external: true, endpoints: [] } } }],
  ])('fires for %s with the webhook text', (_, spec) => {
    const [finding, ...rest] = findingsOf(rule, milvus(spec))
    expect(rest).toHaveLength(0)
    expect(finding?.severity).toBe('error')
    expect(finding?.path).toEqual(['spec', 'dependencies', 'etcd', 'endpoints'])
    expect(finding?.message.en).toContain('spec.dependencies.etcd.endpoints should be configured')
  })

  it.each<[string, MilvusSpec]>([
    [
      'external with endpoints',
      { dependencies: { etcd: { external: true, endpoints: ['etcd:2379'] } } },
    ],
    ['in-cluster etcd', { dependencies: { etcd: { external: false } } }],
    ['no etcd block at all', {}],
  ])('stays quiet for %s', (_, spec) => {
    expect(findingsOf(rule, milvus(spec))).toEqual([])
  })

  it('offers a fix that clears the finding', () => {
    expect(remainingAfterFix(rule, milvus({ dependencies: { etcd: { external: true } } }))).toEqual(
      [],
    )
  })
})
