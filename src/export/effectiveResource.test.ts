import { describe, expect, it } from 'vitest'
import type { MilvusResource } from '../model'
import { toEffectiveResource } from './effectiveResource'

function milvus(spec: MilvusResource['spec'], name = 'demo'): MilvusResource {
  return { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name }, spec }
}

const byPath = (changes: readonly { path: string; kind: string }[]) =>
  Object.fromEntries(changes.map((c) => [c.path, c.kind]))

describe('toEffectiveResource', () => {
  it('fills in the defaults of a bare standalone resource', () => {
    const { resource, changes, notes } = toEffectiveResource(milvus({}))
    expect(resource.metadata.namespace).toBe('default')
    expect(resource.spec.mode).toBe('standalone')
    expect(resource.spec.components?.image).toBe('milvusdb/milvus:v2.6.11')
    expect(resource.spec.dependencies?.msgStreamType).toBe('woodpecker')
    expect(resource.spec.components?.standalone?.replicas).toBe(1)
    expect(resource.spec.components?.enableRollingUpdate).toBe(true)
    expect(resource.spec.dependencies?.etcd?.endpoints).toEqual([
      'demo-etcd-0.demo-etcd-headless.default:2379',
    ])
    expect(resource.spec.dependencies?.storage?.endpoint).toBe('demo-minio.default:9000')
    expect(resource.spec.dependencies?.storage?.inCluster?.values).toEqual({ mode: 'standalone' })
    expect(byPath(changes)['spec.dependencies.msgStreamType']).toBe('added')
    expect(notes.some((n) => /left out/.test(n.en))).toBe(true)
  })

  it('does not modify its input', () => {
    const input = milvus({ mode: 'cluster' })
    const before = JSON.stringify(input)
    toEffectiveResource(input)
    expect(JSON.stringify(input)).toBe(before)
  })

  it('creates the cluster components for 2.6 and Pulsar with its overwritten endpoint', () => {
    const { resource, changes } = toEffectiveResource(
      milvus({
        mode: 'cluster',
        dependencies: { pulsar: { endpoint: 'mine:6650' } },
      }),
    )
    const comps = resource.spec.components ?? {}
    for (const c of ['proxy', 'dataNode', 'queryNode', 'mixCoord', 'streamingNode'] as const) {
      expect(comps[c]?.replicas).toBe(1)
    }
    expect(comps.standalone?.replicas).toBe(0)
    expect(comps.streamingMode).toBe(true)
    expect(resource.spec.dependencies?.msgStreamType).toBe('pulsar')
    expect(resource.spec.dependencies?.pulsar?.endpoint).toBe('demo-pulsar-proxy.default:6650')
    expect(byPath(changes)['spec.dependencies.pulsar.endpoint']).toBe('changed')
    expect(resource.spec.dependencies?.etcd?.endpoints).toHaveLength(3)
  })

  it('turns a standalone rolling update off for RocksMQ and says so', () => {
    const { resource, changes } = toEffectiveResource(
      milvus({
        components: { enableRollingUpdate: true },
        dependencies: { msgStreamType: 'rocksmq' },
      }),
    )
    expect(resource.spec.components?.enableRollingUpdate).toBe(false)
    const change = changes.find((c) => c.path === 'spec.components.enableRollingUpdate')
    expect(change?.kind).toBe('changed')
    expect(change?.note.ko).toMatch(/롤링/)
    expect(resource.spec.config?.rootCoord).toBeUndefined()
  })

  it('removes the config keys the operator writes itself and keeps external endpoints', () => {
    const { resource, changes } = toEffectiveResource(
      milvus(
        {
          dependencies: {
            msgStreamType: 'kafka',
            kafka: { external: true, brokerList: ['k:9092'] },
            storage: { external: true, endpoint: 's3:443', secretRef: 'keys', type: 'S3' },
            etcd: { external: true, endpoints: ['e:2379'] },
          },
          config: { pulsar: { address: 'x', port: 1 }, minio: { bucketName: 'b' } },
        },
        'x',
      ),
    )
    expect(resource.spec.config).toEqual({
      pulsar: {},
      minio: { bucketName: 'b' },
      rootCoord: { enableActiveStandby: true },
      dataCoord: { enableActiveStandby: true },
      indexCoord: { enableActiveStandby: true },
      queryCoord: { enableActiveStandby: true },
    })
    expect(byPath(changes)['spec.config.pulsar.address']).toBe('removed')
    expect(resource.spec.dependencies?.kafka?.brokerList).toEqual(['k:9092'])
    expect(resource.spec.dependencies?.storage?.secretRef).toBe('keys')
    expect(resource.spec.dependencies?.etcd?.inCluster).toBeUndefined()
  })

  it('uses the four coordinators before 2.6 when one is named', () => {
    const { resource } = toEffectiveResource(
      milvus({
        mode: 'cluster',
        components: { image: 'milvusdb/milvus:v2.5.16', rootCoord: {} },
      }),
    )
    const comps = resource.spec.components ?? {}
    expect(comps.rootCoord?.replicas).toBe(1)
    expect(comps.indexNode?.replicas).toBe(1)
    expect(comps.mixCoord).toBeUndefined()
    expect(comps.streamingMode).toBe(false)
  })
})

describe('effective object storage', () => {
  const ext = (endpoint: string, useSSL?: boolean): MilvusResource => ({
    apiVersion: 'milvus.io/v1beta1',
    kind: 'Milvus',
    metadata: { name: 'm', namespace: 'vec' },
    spec: {
      ...(useSSL !== undefined ? { config: { minio: { useSSL } } } : {}),
      dependencies: { storage: { external: true, type: 'S3', endpoint } },
    },
  })
  it.each([
    ['s3.amazonaws.com:443', true, 443, 'endpoint', true],
    ['s3.amazonaws.com:443', undefined, 443, 'endpoint', false],
    ['s3.amazonaws.com', true, 443, 'default', true],
    ['s3.amazonaws.com', undefined, 80, 'default', false],
    ['minio.local:9000', false, 9000, 'endpoint', false],
  ] as const)(
    '%s with useSSL %s: port %d from %s, TLS %s',
    (endpoint, useSSL, port, portFrom, tls) => {
      const { objectStorage, notes } = toEffectiveResource(ext(endpoint, useSSL))
      expect(objectStorage).toMatchObject({
        host: endpoint.split(':')[0],
        port,
        portFrom,
        useSSL: tls,
        inCluster: false,
      })
      expect(notes[0]?.en).toContain(`${endpoint.split(':')[0]}:${port}`)
      expect(notes[0]?.en).toContain(tls ? 'HTTPS' : 'plain HTTP')
      expect(notes[0]?.ko).toMatch(/[가-힣]/)
    },
  )
  it('states the in-cluster MinIO service on 9000 when storage is not external', () => {
    const { objectStorage } = toEffectiveResource({
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'm' },
      spec: {},
    })
    expect(objectStorage).toMatchObject({
      host: 'm-minio.default',
      port: 9000,
      inCluster: true,
      useSSL: false,
    })
  })
})
