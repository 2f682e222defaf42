import { describe, expect, it } from 'vitest'
import type { MilvusSpec, MilvusStorage } from '../../model'
import { findingsOf, milvus } from '../../test/ruleKit'
import { storageExternalNeedsCredentials as rule } from './storageExternalNeedsCredentials'

const ext = (s: MilvusStorage, rest: MilvusSpec = {}): MilvusSpec => ({
  ...rest,
  dependencies: { storage: { external: true, endpoint: 'x:443', ...s } },
})
const connEnv = [{ name: 'AZURE_CONNECTION_STRING', value: 'cs' }]

describe('storage-external-needs-credentials', () => {
  it.each<[string, MilvusSpec]>([
    ['MinIO with nothing', ext({})],
    ['S3 with useIAM false', ext({ type: 'S3' }, { config: { minio: { useIAM: false } } })],
    [
      'Azure with no connection string',
      ext({ type: 'Azure' }, { components: { env: [{ name: 'OTHER', value: 'v' }] } }),
    ],
  ])('fires for %s', (_, spec) => {
    const findings = findingsOf(rule, milvus(spec))
    expect(findings.map((f) => f.path)).toEqual([['spec', 'dependencies', 'storage', 'secretRef']])
    expect(findings[0]?.severity).toBe('error')
  })

  it.each<[string, MilvusSpec]>([
    ['a secretRef', ext({ secretRef: 'creds' })],
    ['IAM', ext({ type: 'S3' }, { config: { minio: { useIAM: true } } })],
    [
      'Azure with a global connection string',
      ext({ type: 'Azure' }, { components: { env: connEnv } }),
    ],
    [
      'Azure with a per-component connection string',
      ext({ type: 'Azure' }, { components: { standalone: { env: connEnv } } }),
    ],
    ['in-cluster storage', { dependencies: { storage: { external: false } } }],
    ['no storage block', {}],
  ])('stays quiet for %s', (_, spec) => {
    expect(findingsOf(rule, milvus(spec))).toEqual([])
  })

  it('does not accept a connection string for a non-Azure type', () => {
    expect(
      findingsOf(rule, milvus(ext({ type: 'S3' }, { components: { env: connEnv } }))),
    ).toHaveLength(1)
  })
})
