import { describe, expect, it } from 'vitest'
import type { MilvusResource } from '../types'
import { isOperatorWritten, serverFieldsOf } from './readBack'

const readBack: MilvusResource = {
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'my-release', namespace: 'default' },
  spec: {
    mode: 'cluster',
    dependencies: {
      msgStreamType: 'pulsar',
      pulsar: {
        endpoint: 'my-release-pulsar-proxy.default:6650',
        inCluster: { values: { proxy: { replicaCount: 1 } } },
      },
      storage: { endpoint: 'somewhere:9000' },
    },
  },
}

describe('serverFieldsOf', () => {
  it('lists the server-written fields present', () => {
    expect(
      serverFieldsOf({ metadata: { uid: 'u', name: 'x', generation: 2 }, status: {} }),
    ).toEqual([['status'], ['metadata', 'uid'], ['metadata', 'generation']])
    expect(serverFieldsOf({ metadata: { name: 'x' } })).toEqual([])
  })
})

describe('isOperatorWritten', () => {
  it.each([
    [['spec', 'dependencies', 'pulsar', 'endpoint'], true],
    [['spec', 'dependencies', 'pulsar', 'inCluster', 'values', 'proxy', 'replicaCount'], true],
    // Not what the operator writes for an in-cluster MinIO (<name>-minio.<ns>:9000).
    [['spec', 'dependencies', 'storage', 'endpoint'], false],
    [['spec', 'dependencies', 'kafka'], false],
  ] as const)('%j -> %s', (path, written) => {
    expect(isOperatorWritten(readBack, path)).toBe(written)
  })
})
