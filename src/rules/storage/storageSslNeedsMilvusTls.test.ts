import { describe, expect, it } from 'vitest'
import type { MilvusSpec } from '../../model'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { storageSslNeedsMilvusTls as rule } from './storageSslNeedsMilvusTls'

const ssl = {
  dependencies: { storage: { external: true, endpoint: 'm:443', ssl: { enabled: true } } },
}

describe('storage-ssl-needs-milvus-tls', () => {
  it.each<[string, MilvusSpec]>([
    ['no minio config', { ...ssl }],
    ['useSSL false', { ...ssl, config: { minio: { useSSL: false } } }],
  ])('fires for %s', (_, spec) => {
    const findings = findingsOf(rule, milvus(spec))
    expect(findings.map((f) => f.path)).toEqual([['spec', 'config', 'minio', 'useSSL']])
    expect(findings[0]?.severity).toBe('warning')
  })

  it.each<[string, MilvusSpec]>([
    ['useSSL true', { ...ssl, config: { minio: { useSSL: true } } }],
    ['useSSL "true"', { ...ssl, config: { minio: { useSSL: 'true' } } }],
    ['ssl disabled', { dependencies: { storage: { ssl: { enabled: false } } } }],
    ['no ssl block', { dependencies: { storage: { external: true, endpoint: 'm:9000' } } }],
  ])('stays quiet for %s', (_, spec) => {
    expect(findingsOf(rule, milvus(spec))).toEqual([])
  })

  it('turns useSSL on', () => {
    expect(remainingAfterFix(rule, milvus(ssl))).toEqual([])
  })
})
