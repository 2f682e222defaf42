import { describe, expect, it } from 'vitest'
import type { MilvusStorage } from '../../model'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { storageInClusterOverwritten as rule } from './storageInClusterOverwritten'

const storage = (s: MilvusStorage) => milvus({ dependencies: { storage: s } })

describe('storage-in-cluster-overwritten', () => {
  it.each<[string, MilvusStorage, string[]]>([
    ['a hand-written endpoint', { endpoint: 'minio.other:9000' }, ['endpoint']],
    ['a hand-written secretRef', { external: false, secretRef: 'my-creds' }, ['secretRef']],
    ['both', { endpoint: '10.0.0.1:9000', secretRef: 'my-creds' }, ['endpoint', 'secretRef']],
  ])('fires for %s', (_, s, keys) => {
    const findings = findingsOf(rule, storage(s))
    expect(findings.map((f) => f.path.at(-1))).toEqual(keys)
    expect(findings.every((f) => f.severity === 'warning')).toBe(true)
  })

  it.each<[string, MilvusStorage]>([
    [
      'values the operator writes itself',
      { endpoint: 'demo-minio.ns:9000', secretRef: 'demo-minio' },
    ],
    ['external storage', { external: true, endpoint: 'minio.other:9000', secretRef: 'my-creds' }],
    ['no endpoint or secret', { inCluster: { values: { mode: 'standalone' } } }],
  ])('stays quiet for %s', (_, s) => {
    expect(findingsOf(rule, storage(s))).toEqual([])
  })

  it('stays quiet with no storage block', () => {
    expect(findingsOf(rule, milvus())).toEqual([])
  })

  it.each([0, 1])('fix %s deletes the overwritten key', (at) => {
    expect(remainingAfterFix(rule, storage({ endpoint: 'a:1', secretRef: 'b' }), at)).toEqual([])
  })
})
