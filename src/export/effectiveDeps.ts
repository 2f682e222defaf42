/**
 * Dependency defaults of the operator's webhook (https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L511): in-cluster etcd, storage, Pulsar, Kafka
 * and TEI, including the endpoints and secret names it overwrites. Pure helper of effectiveResource.ts.
 */
import { effectiveMode, effectiveMsgStreamType, type MilvusResource, t } from '../model'
import type { ChangeRecorder } from './effectiveRecorder'

const D = ['spec', 'dependencies'] as const

const RETAIN = t(
  'Deleting the Milvus resource keeps this release (deletionPolicy Retain).',
  'Milvus 리소스를 삭제해도 이 릴리스는 남습니다(deletionPolicy Retain).',
)

/** Applies etcd, storage, message-store and TEI defaults. */
export function applyDependencyDefaults(rec: ChangeRecorder, r: MilvusResource): void {
  const name = r.metadata.name ?? ''
  const ns =
    typeof rec.get(['metadata', 'namespace']) === 'string'
      ? String(rec.get(['metadata', 'namespace']))
      : 'default'
  applyEtcd(rec, r, name, ns)
  applyStorage(rec, r, name, ns)
  applyStore(rec, r, name, ns)
  if (r.spec.dependencies?.tei?.enabled === true) {
    rec.set(
      [...D, 'tei', 'inCluster', 'deletionPolicy'],
      'Delete',
      t('The TEI release is deleted with the resource.', 'TEI 릴리스는 리소스와 함께 삭제됩니다.'),
    )
  }
}

function applyEtcd(rec: ChangeRecorder, r: MilvusResource, name: string, ns: string): void {
  const etcd = r.spec.dependencies?.etcd
  if (etcd?.external === true) return
  const e = [...D, 'etcd'] as const
  rec.set(
    [...e, 'inCluster', 'chartVersion'],
    'etcd-v8',
    t('New resources get the etcd v8 chart.', '새 리소스는 etcd v8 차트를 씁니다.'),
  )
  const replicas = effectiveMode(r) === 'cluster' ? 3 : 1
  rec.set(
    [...e, 'inCluster', 'values', 'replicaCount'],
    replicas,
    t(
      `etcd runs ${replicas} replica(s) in this mode.`,
      `이 모드에서 etcd는 복제본 ${replicas}개로 실행됩니다.`,
    ),
  )
  rec.set([...e, 'inCluster', 'deletionPolicy'], 'Retain', RETAIN)
  const count = Number(rec.get([...e, 'inCluster', 'values', 'replicaCount']))
  const endpoints = Array.from(
    { length: Number.isSafeInteger(count) && count > 0 && count < 100 ? count : 1 },
    (_, i) => `${name}-etcd-${i}.${name}-etcd-headless.${ns}:2379`,
  )
  const current = etcd?.endpoints
  if (!Array.isArray(current) || current.length === 0) {
    rec.set(
      [...e, 'endpoints'],
      endpoints,
      t(
        'The operator fills in the endpoints of the etcd pods it deploys.',
        '오퍼레이터가 배포하는 etcd 파드의 엔드포인트를 채웁니다.',
      ),
      true,
    )
  }
}

function applyStorage(rec: ChangeRecorder, r: MilvusResource, name: string, ns: string): void {
  const s = [...D, 'storage'] as const
  rec.set(
    [...s, 'type'],
    'MinIO',
    t('The storage type defaults to MinIO.', '스토리지 종류 기본값은 MinIO입니다.'),
  )
  if (r.spec.dependencies?.storage?.external === true) return
  rec.set(
    [...s, 'endpoint'],
    `${name}-minio.${ns}:9000`,
    t(
      'In-cluster MinIO: the operator overwrites the endpoint with its own service.',
      '클러스터 내부 MinIO이므로 오퍼레이터가 endpoint를 자체 서비스 주소로 덮어씁니다.',
    ),
    true,
  )
  rec.set(
    [...s, 'secretRef'],
    `${name}-minio`,
    t(
      'In-cluster MinIO: the operator overwrites secretRef with the Secret it creates.',
      '클러스터 내부 MinIO이므로 오퍼레이터가 secretRef를 자신이 만든 Secret으로 덮어씁니다.',
    ),
    true,
  )
  if (effectiveMode(r) === 'standalone') {
    rec.set(
      [...s, 'inCluster', 'values', 'mode'],
      'standalone',
      t(
        'A standalone Milvus gets a single-node MinIO.',
        '스탠드얼론 Milvus에는 노드 하나로 된 MinIO가 배포됩니다.',
      ),
    )
  }
  rec.set([...s, 'inCluster', 'deletionPolicy'], 'Retain', RETAIN)
}

function applyStore(rec: ChangeRecorder, r: MilvusResource, name: string, ns: string): void {
  const store = effectiveMsgStreamType(r)
  const deps = r.spec.dependencies
  if (store === 'kafka' && deps?.kafka?.external !== true) {
    rec.set(
      [...D, 'kafka', 'brokerList'],
      [`${name}-kafka.${ns}:9092`],
      t(
        'In-cluster Kafka: the operator overwrites brokerList with the service of the Kafka it deploys.',
        '클러스터 내부 Kafka이므로 오퍼레이터가 brokerList를 배포한 Kafka 서비스 주소로 덮어씁니다.',
      ),
      true,
    )
    rec.set([...D, 'kafka', 'inCluster', 'deletionPolicy'], 'Retain', RETAIN)
  }
  if (store === 'pulsar' && deps?.pulsar?.external !== true) {
    rec.set(
      [...D, 'pulsar', 'endpoint'],
      `${name}-pulsar-proxy.${ns}:6650`,
      t(
        'In-cluster Pulsar: the operator overwrites the endpoint with its Pulsar proxy service.',
        '클러스터 내부 Pulsar이므로 오퍼레이터가 endpoint를 Pulsar 프록시 서비스 주소로 덮어씁니다.',
      ),
      true,
    )
    rec.set(
      [...D, 'pulsar', 'inCluster', 'chartVersion'],
      'pulsar-v3',
      t(
        'New resources get the Pulsar 3 chart (an existing resource without this field keeps pulsar-v2).',
        '새 리소스는 Pulsar 3 차트를 씁니다(이 필드가 없는 기존 리소스는 pulsar-v2 유지).',
      ),
    )
    rec.set([...D, 'pulsar', 'inCluster', 'deletionPolicy'], 'Retain', RETAIN)
  }
}
