import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { chartImageRegistryInRepository, registryHost } from './chartImageRegistryInRepository'

const rule = chartImageRegistryInRepository
type Values = Record<string, unknown>
const etcd = (values: Values) => aCluster({ dependencies: { etcd: { inCluster: { values } } } })
const kafka = (values: Values) =>
  aCluster({ dependencies: { msgStreamType: 'kafka', kafka: { inCluster: { values } } } })

describe('chart-image-registry-in-repository', () => {
  it.each([
    [
      'etcd image',
      etcd({ image: { repository: 'quay.io/coreos/etcd' } }),
      'quay.io',
      'coreos/etcd',
    ],
    [
      'a registry with a port',
      etcd({ image: { repository: 'registry.local:5000/bitnami/etcd' } }),
      'registry.local:5000',
      'bitnami/etcd',
    ],
    [
      'the zookeeper subchart of kafka',
      kafka({ zookeeper: { image: { repository: 'docker.io/bitnami/zookeeper' } } }),
      'docker.io',
      'bitnami/zookeeper',
    ],
  ])('warns about a host in the %s and splits it', (_n, doc, host, rest) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.fix?.patches).toEqual([
      { op: 'set', path: [...(f?.path.slice(0, -1) ?? []), 'registry'], value: host },
      { op: 'set', path: [...(f?.path.slice(0, -1) ?? []), 'repository'], value: rest },
    ])
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })

  itDoesNotFire(rule, [
    ['a plain repository', etcd({ image: { repository: 'milvusdb/etcd' } })],
    [
      'charts that take the host in the repository (pulsar)',
      aCluster({
        dependencies: {
          pulsar: {
            inCluster: {
              values: { images: { broker: { repository: 'quay.io/apachepulsar/pulsar' } } },
            },
          },
        },
      }),
    ],
    [
      'minio',
      aCluster({
        dependencies: {
          storage: { inCluster: { values: { image: { repository: 'quay.io/minio/minio' } } } },
        },
      }),
    ],
    ['no values', aCluster()],
  ])

  it.each([
    ['milvusdb/etcd', undefined],
    ['localhost/x', 'localhost'],
    ['gcr.io/a/b', 'gcr.io'],
    ['etcd', undefined],
  ])('reads the registry of %s', (repo, host) => {
    expect(registryHost(repo)).toBe(host)
  })
})
