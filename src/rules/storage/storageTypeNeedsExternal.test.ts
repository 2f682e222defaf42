import { describe, expect, it } from 'vitest'
import type { MilvusStorage } from '../../model'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { storageTypeNeedsExternal as rule } from './storageTypeNeedsExternal'

const storage = (s: MilvusStorage) => milvus({ dependencies: { storage: s } })

describe('storage-type-needs-external', () => {
  it.each<[string, MilvusStorage]>([
    ['S3 without external', { type: 'S3', endpoint: 's3.amazonaws.com:443' }],
    ['Azure with external false', { type: 'Azure', external: false }],
  ])('fires for %s', (_, s) => {
    const findings = findingsOf(rule, storage(s))
    expect(findings.map((f) => f.path)).toEqual([['spec', 'dependencies', 'storage', 'type']])
  })

  it.each<[string, MilvusStorage]>([
    ['external S3', { type: 'S3', external: true }],
    ['in-cluster MinIO', { type: 'MinIO' }],
    ['no type', {}],
  ])('stays quiet for %s', (_, s) => {
    expect(findingsOf(rule, storage(s))).toEqual([])
  })

  it('marks storage as external', () => {
    expect(remainingAfterFix(rule, storage({ type: 'S3' }))).toEqual([])
  })
})
