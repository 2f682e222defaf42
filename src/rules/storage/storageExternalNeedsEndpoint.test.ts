import { describe, expect, it } from 'vitest'
import type { MilvusStorage } from '../../model'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { storageExternalNeedsEndpoint as rule } from './storageExternalNeedsEndpoint'

const storage = (s: MilvusStorage) => milvus({ dependencies: { storage: s } })

describe('storage-external-needs-endpoint', () => {
  it.each<[string, MilvusStorage]>([
    ['no endpoint', { external: true, secretRef: 's' }],
    ['an empty endpoint', { external: true, endpoint: '' }],
    ['S3 without endpoint', { external: true, type: 'S3' }],
  ])('fires for %s with the webhook text', (_, s) => {
    const findings = findingsOf(rule, storage(s))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.severity).toBe('error')
    expect(findings[0]?.message.en).toContain(
      'spec.dependencies.storage.endpoint should be configured',
    )
  })

  it.each<[string, MilvusStorage]>([
    ['an endpoint', { external: true, endpoint: 'minio:9000' }],
    ['in-cluster storage', { external: false }],
    ['no storage fields', {}],
  ])('stays quiet for %s', (_, s) => {
    expect(findingsOf(rule, storage(s))).toEqual([])
  })

  it('offers in-cluster MinIO for MinIO and clears the finding', () => {
    expect(remainingAfterFix(rule, storage({ external: true }))).toEqual([])
  })

  it('offers no fix for a cloud type (the endpoint must be typed)', () => {
    expect(findingsOf(rule, storage({ external: true, type: 'Azure' }))[0]?.fix).toBeUndefined()
  })
})
