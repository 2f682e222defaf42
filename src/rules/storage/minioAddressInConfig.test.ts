import { describe, expect, it } from 'vitest'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { minioAddressInConfig as rule } from './minioAddressInConfig'

const minio = (value: Record<string, unknown>) => milvus({ config: { minio: value } })

describe('minio-address-in-config', () => {
  it.each([
    ['address', { address: 'minio' }, ['address']],
    ['port', { port: 9000 }, ['port']],
    ['both', { address: 'minio', port: 9000, bucketName: 'b' }, ['address', 'port']],
  ])('fires for %s', (_, value, keys) => {
    const findings = findingsOf(rule, minio(value))
    expect(findings.map((f) => f.path.at(-1))).toEqual(keys)
  })

  it.each([
    ['other minio keys', minio({ bucketName: 'b', useSSL: true })],
    ['no config', milvus()],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it.each([0, 1])('fix %s removes the key', (at) => {
    expect(remainingAfterFix(rule, minio({ address: 'a', port: 1 }), at)).toEqual([])
  })
})
