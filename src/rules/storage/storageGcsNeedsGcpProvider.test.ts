import { describe, expect, it } from 'vitest'
import type { MilvusSpec } from '../../model'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { storageGcsNeedsGcpProvider as rule } from './storageGcsNeedsGcpProvider'

const gcs = (
  minio: Record<string, unknown> | undefined,
  endpoint = 'storage.googleapis.com:443',
): MilvusSpec => ({
  dependencies: { storage: { external: true, type: 'S3', endpoint, secretRef: 's' } },
  ...(minio ? { config: { minio } } : {}),
})

describe('storage-gcs-needs-gcp-provider', () => {
  it.each([
    ['no provider', gcs(undefined), 'warning'],
    ['provider aws', gcs({ cloudProvider: 'aws' }), 'warning'],
    ['a scheme and upper case', gcs({}, 'https://Storage.GoogleAPIs.com'), 'warning'],
    ['IAM without provider', gcs({ useIAM: true }), 'error'],
  ] as const)('fires for %s', (_, spec, severity) => {
    const findings = findingsOf(rule, milvus(spec))
    expect(findings.map((f) => f.severity)).toEqual([severity])
    expect(findings[0]?.path).toEqual(['spec', 'config', 'minio', 'cloudProvider'])
  })

  it.each([
    ['provider gcp', gcs({ cloudProvider: 'gcp' })],
    ['an S3 endpoint', gcs(undefined, 's3.us-east-1.amazonaws.com:443')],
    ['no storage', {}],
  ])('stays quiet for %s', (_, spec) => {
    expect(findingsOf(rule, milvus(spec))).toEqual([])
  })

  it('sets cloudProvider to gcp', () => {
    expect(remainingAfterFix(rule, milvus(gcs({ useIAM: true })))).toEqual([])
  })
})
