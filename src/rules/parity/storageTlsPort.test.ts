import { describe, expect, it } from 'vitest'
import type { MilvusSpec } from '../../model'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { storageTlsPort as rule } from './storageTlsPort'

const s3 = (endpoint: string, minio: Record<string, unknown> = {}): MilvusSpec => ({
  config: { minio },
  dependencies: { storage: { external: true, type: 'S3', endpoint, secretRef: 's' } },
})

describe('storage-tls-port', () => {
  it.each([
    ['443 without useSSL', s3('s3.amazonaws.com:443'), 'error', true],
    ['443 with useSSL false', s3('s3.amazonaws.com:443', { useSSL: false }), 'error', true],
    [
      '443 with useSSL as the string "true"',
      s3('s3.amazonaws.com:443', { useSSL: 'true' }),
      'warning',
      true,
    ],
    ['useSSL on port 80', s3('s3.amazonaws.com:80', { useSSL: true }), 'warning', false],
    ['useSSL on port 9000', s3('minio.example.com:9000', { useSSL: true }), 'warning', false],
    ['useSSL with the in-cluster MinIO', { config: { minio: { useSSL: true } } }, 'warning', false],
  ] as const)('fires on %s', (_, spec, severity, useSslAfterFix) => {
    const findings = findingsOf(rule, milvus(spec as MilvusSpec))
    expect(findings.map((f) => [f.severity, f.path.join('.'), f.fix?.patches[0]])).toEqual([
      [
        severity,
        'spec.config.minio.useSSL',
        { op: 'set', path: ['spec', 'config', 'minio', 'useSSL'], value: useSslAfterFix },
      ],
    ])
    expect(remainingAfterFix(rule, milvus(spec as MilvusSpec))).toEqual([])
  })

  it.each([
    ['443 with useSSL', s3('s3.amazonaws.com:443', { useSSL: true })],
    ['9000 without useSSL', s3('minio:9000')],
    ['another port with useSSL', s3('minio:9443', { useSSL: true })],
    ['an endpoint without a port (endpoint-operator-split reports it)', s3('s3.amazonaws.com')],
    [
      'storage.ssl.enabled asks for useSSL already',
      {
        ...s3('s3.amazonaws.com:443'),
        dependencies: { storage: { external: true, endpoint: 's3:443', ssl: { enabled: true } } },
      },
    ],
  ])('stays quiet for %s', (_, spec) => {
    expect(findingsOf(rule, milvus(spec))).toEqual([])
  })

  it('stays quiet when an external storage has no endpoint', () => {
    expect(findingsOf(rule, milvus({ dependencies: { storage: { external: true } } }))).toEqual([])
  })
})
