/**
 * Resource -> Helm values (the existing exporter) -> resource (the import) keeps what both sides
 * can express: mode, image, message queue and where it lives, etcd, object storage, replicas.
 */
import { describe, expect, it } from 'vitest'
import { toHelmValues } from '../export'
import { effectiveMsgStreamType, type MilvusResource } from '../model'
import { aCluster, aStandalone } from '../test/builders'
import { importHelmValues } from './helmImport'

const IMAGE = { image: 'milvusdb/milvus:v2.6.15' }

const CASES: [string, MilvusResource][] = [
  [
    'cluster, in-cluster Pulsar v3',
    aCluster({
      components: { ...IMAGE, queryNode: { replicas: 3 } },
      dependencies: { msgStreamType: 'pulsar' },
    }),
  ],
  [
    'cluster, in-cluster Pulsar v2',
    aCluster({
      components: IMAGE,
      dependencies: {
        msgStreamType: 'pulsar',
        pulsar: { inCluster: { chartVersion: 'pulsar-v2' } },
      },
    }),
  ],
  [
    'cluster, external Pulsar',
    aCluster({
      components: IMAGE,
      dependencies: {
        msgStreamType: 'pulsar',
        pulsar: { external: true, endpoint: 'pulsar.example:6650' },
      },
    }),
  ],
  [
    'cluster, in-cluster Kafka',
    aCluster({ components: IMAGE, dependencies: { msgStreamType: 'kafka' } }),
  ],
  [
    'cluster, external Kafka',
    aCluster({
      components: IMAGE,
      dependencies: {
        msgStreamType: 'kafka',
        kafka: { external: true, brokerList: ['a:9092', 'b:9092'] },
      },
    }),
  ],
  [
    'cluster, embedded Woodpecker',
    aCluster({
      components: { ...IMAGE, dataNode: { replicas: 2 } },
      dependencies: { msgStreamType: 'woodpecker' },
    }),
  ],
  [
    'standalone, RocksMQ',
    aStandalone({ components: IMAGE, dependencies: { msgStreamType: 'rocksmq' } }),
  ],
  [
    'standalone, Woodpecker',
    aStandalone({ components: IMAGE, dependencies: { msgStreamType: 'woodpecker' } }),
  ],
  [
    'standalone, Kafka, external etcd and S3',
    aStandalone({
      components: IMAGE,
      dependencies: {
        msgStreamType: 'kafka',
        etcd: { external: true, endpoints: ['etcd-0:2379', 'etcd-1:2379'] },
        storage: { external: true, type: 'S3', endpoint: 's3.example:443' },
      },
      config: { minio: { bucketName: 'b', useSSL: true } },
    }),
  ],
]

function essentials(r: MilvusResource | undefined) {
  const d = r?.spec.dependencies
  return {
    mode: r?.spec.mode,
    image: r?.spec.components?.image,
    store: r ? effectiveMsgStreamType(r) : undefined,
    pulsar: {
      external: d?.pulsar?.external === true,
      endpoint: d?.pulsar?.endpoint,
      chart: d?.pulsar?.external ? undefined : (d?.pulsar?.inCluster?.chartVersion ?? 'pulsar-v3'),
    },
    kafka: { external: d?.kafka?.external === true, brokerList: d?.kafka?.brokerList },
    etcd: { external: d?.etcd?.external === true, endpoints: d?.etcd?.endpoints },
    storage: { external: d?.storage?.external === true, endpoint: d?.storage?.endpoint },
    bucket: r?.spec.config?.minio,
    queryNodes: r?.spec.components?.queryNode?.replicas,
    dataNodes: r?.spec.components?.dataNode?.replicas,
  }
}

describe('resource -> Helm values -> resource', () => {
  it.each(CASES)('%s', (_, resource) => {
    const values = toHelmValues({ resource }).yaml
    const back = importHelmValues(values, { name: resource.metadata.name ?? 'my-release' })
    expect(back.notes.filter((n) => n.kind === 'error' || n.kind === 'unknown-key')).toEqual([])
    const want = essentials(resource)
    const got = essentials(back.resource)
    // The exporter writes the store a resource leaves to the default; compare what is deployed.
    expect({ ...got, pulsar: got.store === 'pulsar' ? got.pulsar : undefined }).toEqual({
      ...want,
      pulsar: want.store === 'pulsar' ? want.pulsar : undefined,
    })
  })
})
