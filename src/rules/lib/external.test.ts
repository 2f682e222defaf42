import { describe, expect, it } from 'vitest'
import type { MilvusSpec } from '../../model'
import { milvus } from '../../test/ruleKit'
import { externalAddresses, shouldBeConfigured } from './external'
import { isGcsEndpoint } from './read'

describe('externalAddresses', () => {
  it.each<[string, MilvusSpec, 'etcd' | 'storage', readonly string[] | undefined]>([
    ['no dependencies', {}, 'etcd', undefined],
    ['in-cluster etcd', { dependencies: { etcd: { external: false } } }, 'etcd', undefined],
    ['external etcd, no key', { dependencies: { etcd: { external: true } } }, 'etcd', []],
    [
      'external etcd with members',
      { dependencies: { etcd: { external: true, endpoints: ['a:2379', 'b:2379'] } } },
      'etcd',
      ['a:2379', 'b:2379'],
    ],
    [
      'in-cluster storage',
      { dependencies: { storage: { endpoint: 'x:9000' } } },
      'storage',
      undefined,
    ],
    [
      'external storage, blank',
      { dependencies: { storage: { external: true, endpoint: ' ' } } },
      'storage',
      [],
    ],
    [
      'external storage with an endpoint',
      { dependencies: { storage: { external: true, endpoint: 's3.amazonaws.com:443' } } },
      'storage',
      ['s3.amazonaws.com:443'],
    ],
  ])('%s', (_, spec, dep, expected) => {
    expect(externalAddresses(milvus(spec), dep)).toEqual(expected)
  })

  it('words a missing field as the webhook does', () => {
    expect(shouldBeConfigured(['spec', 'dependencies', 'etcd', 'endpoints'])).toBe(
      'spec.dependencies.etcd.endpoints should be configured',
    )
  })

  it.each([
    ['storage.googleapis.com:443', true],
    ['https://STORAGE.googleapis.com', true],
    ['storage.googleapis.com.example.com', false],
    ['s3.amazonaws.com', false],
  ])('tells a GCS endpoint: %s', (endpoint, expected) => {
    expect(isGcsEndpoint(endpoint)).toBe(expected)
  })
})
