/**
 * A `Milvus` resource as it reads back from a cluster: the operator's default cluster sample
 * (config/samples/milvus_cluster_default.yaml) after the webhook's defaulting, with the chart
 * defaults it merges under `spec.dependencies.<dep>.inCluster.values` (etcd 8.12.0, minio 8.0.17,
 * pulsar 3.3.0: milvus-operator v1.3.8 Makefile, MILVUS_HELM_VERSION milvus-5.0.26) and the whole
 * `milvus.yaml` under `spec.config`. Built from ../shared/reference; undefined when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse, stringify } from 'yaml'

const REFERENCE = resolve(import.meta.dirname, '../../shared/reference')

function read(path: string): unknown {
  return parse(readFileSync(join(REFERENCE, path), 'utf8'))
}

export function makeClusterReadBack(): string | undefined {
  if (!existsSync(join(REFERENCE, 'milvus.yaml'))) return undefined
  const name = 'bench-milvus'
  const ns = 'default'
  const etcd = { ...(read('charts/etcd-8.12.0/values.yaml') as object), replicaCount: 3 }
  const resource = {
    apiVersion: 'milvus.io/v1beta1',
    kind: 'Milvus',
    metadata: {
      name,
      namespace: ns,
      labels: { app: 'milvus', 'milvus.io/operator-version': '1.3.8' },
      annotations: { 'milvus.io/dependency-values-merged': 'true' },
    },
    spec: {
      mode: 'cluster',
      dependencies: {
        msgStreamType: 'pulsar',
        etcd: {
          endpoints: [0, 1, 2].map((i) => `${name}-etcd-${i}.${name}-etcd-headless.${ns}:2379`),
          inCluster: { chartVersion: 'etcd-v8', deletionPolicy: 'Retain', values: etcd },
        },
        storage: {
          type: 'MinIO',
          endpoint: `${name}-minio.${ns}:9000`,
          secretRef: `${name}-minio`,
          inCluster: { deletionPolicy: 'Retain', values: read('charts/minio-8.0.17/values.yaml') },
        },
        pulsar: {
          endpoint: `${name}-pulsar-proxy.${ns}:6650`,
          inCluster: {
            chartVersion: 'pulsar-v3',
            deletionPolicy: 'Retain',
            values: read('charts/pulsar-3.3.0/values.yaml'),
          },
        },
      },
      components: { image: 'milvusdb/milvus:v2.6.11' },
      config: read('milvus.yaml'),
    },
  }
  return stringify(resource, { lineWidth: 0 })
}
