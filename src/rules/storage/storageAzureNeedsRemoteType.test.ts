import { describe, expect, it } from 'vitest'
import type { MilvusSpec } from '../../model'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { storageAzureNeedsRemoteType as rule } from './storageAzureNeedsRemoteType'

const azure = (common?: Record<string, unknown>, external = true): MilvusSpec => ({
  dependencies: { storage: { external, type: 'Azure', endpoint: 'core.windows.net:443' } },
  ...(common ? { config: { common } } : {}),
})

describe('storage-azure-needs-remote-type', () => {
  it.each([
    ['storageType minio', azure({ storageType: 'minio' }), 'error'],
    ['storageType local', azure({ storageType: 'local' }), 'error'],
    ['no storageType (stock default is remote)', azure(), 'info'],
  ] as const)('fires for %s', (_, spec, severity) => {
    const findings = findingsOf(rule, milvus(spec))
    expect(findings.map((f) => f.severity)).toEqual([severity])
    expect(findings[0]?.path).toEqual(['spec', 'config', 'common', 'storageType'])
  })

  it.each<[string, MilvusSpec]>([
    ['storageType remote', azure({ storageType: 'remote' })],
    [
      'S3 storage',
      { dependencies: { storage: { external: true, type: 'S3', endpoint: 'x:443' } } },
    ],
    ['Azure not external', azure(undefined, false)],
    ['no storage', {}],
  ])('stays quiet for %s', (_, spec) => {
    expect(findingsOf(rule, milvus(spec))).toEqual([])
  })

  it.each([[azure()], [azure({ storageType: 'minio' })]])('sets storageType remote', (spec) => {
    expect(remainingAfterFix(rule, milvus(spec))).toEqual([])
  })
})
