import { describe, expect, it } from 'vitest'
import type { MilvusSpec } from '../../model'
import { applyFix, cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { endpointOperatorSplit as rule } from './endpointOperatorSplit'

const storage = (endpoint: string, extra: MilvusSpec = {}, type = 'S3'): MilvusSpec => ({
  ...extra,
  dependencies: { storage: { external: true, type: type as 'S3', endpoint, secretRef: 's' } },
})
const pulsar = (endpoint: string): MilvusSpec => ({
  dependencies: { pulsar: { external: true, endpoint } },
})

describe('endpoint-operator-split', () => {
  it.each([
    [
      'a scheme on the storage endpoint',
      milvus(storage('https://s3.amazonaws.com')),
      'error',
      '"https" / 80',
    ],
    [
      'a scheme with a port',
      milvus(storage('http://minio:9000', {}, 'MinIO')),
      'error',
      '"http://minio:9000" / 80',
    ],
    [
      'no port on S3 without useSSL',
      milvus(storage('s3.amazonaws.com')),
      'warning',
      '"s3.amazonaws.com" / 80',
    ],
    [
      'a pulsar:// endpoint without a port',
      cluster(pulsar('pulsar://pulsar-proxy')),
      'error',
      '"pulsar" / 80',
    ],
    [
      'a Pulsar endpoint without a port',
      cluster(pulsar('pulsar-proxy')),
      'error',
      '"pulsar-proxy" / 80',
    ],
  ])('fires on %s', (_, resource, severity, says) => {
    const [f, ...rest] = findingsOf(rule, resource)
    expect(rest).toEqual([])
    expect(f?.severity).toBe(severity)
    expect(f?.message.en).toContain(says)
  })

  it.each([
    ['host:port', milvus(storage('s3.amazonaws.com:443', { config: { minio: { useSSL: true } } }))],
    [
      'no port with useSSL (443 is right for S3)',
      milvus(storage('s3.amazonaws.com', { config: { minio: { useSSL: true } } })),
    ],
    ['a Pulsar host:port', cluster(pulsar('pulsar-proxy:6650'))],
    [
      'an in-cluster storage (the operator overwrites the endpoint)',
      milvus({ dependencies: { storage: { endpoint: 'http://x' } } }),
    ],
    [
      'a Pulsar endpoint while Kafka is used',
      cluster({
        dependencies: { msgStreamType: 'kafka', pulsar: { external: true, endpoint: 'p' } },
      }),
    ],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it('stays quiet when the endpoint is absent', () => {
    expect(findingsOf(rule, milvus({ dependencies: { storage: { external: true } } }))).toEqual([])
  })

  it.each([
    ['https://s3.amazonaws.com', 's3.amazonaws.com:443'],
    ['http://minio:9000/bucket', 'minio:9000'],
  ])('fixes %s to %s and the finding clears', (endpoint, fixed) => {
    const resource = milvus(storage(endpoint, { config: { minio: { useSSL: true } } }))
    const f = findingsOf(rule, resource)[0]
    expect(applyFix(resource, f?.fix).spec.dependencies?.storage?.endpoint).toBe(fixed)
    expect(remainingAfterFix(rule, resource)).toEqual([])
  })

  it('fixes a Pulsar endpoint without a port to :6650', () => {
    expect(remainingAfterFix(rule, cluster(pulsar('pulsar-proxy')))).toEqual([])
  })
})
