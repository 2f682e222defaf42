/** etcd, object storage and TEI part of the Helm export. Pure. */
import { HELM_S3_KEYS, effectiveMode, type MilvusResource } from '../model'
import {
  NO_LIFECYCLE,
  fromSecret,
  isRec,
  passthrough,
  put,
  t,
  unmapped,
  type HelmBuild,
  type Rec,
} from './helmBuild'
import { effectiveObjectStorage } from './effectiveStorage'

const D = ['spec', 'dependencies'] as const

export function mapEtcd(b: HelmBuild, r: MilvusResource): void {
  const etcd = r.spec.dependencies?.etcd
  if (etcd?.external === true) {
    put(b, ['etcd', 'enabled'], false)
    put(b, ['externalEtcd', 'enabled'], true)
    put(b, ['externalEtcd', 'endpoints'], Array.isArray(etcd.endpoints) ? etcd.endpoints : [])
    return
  }
  put(b, ['etcd', 'enabled'], true)
  put(b, ['externalEtcd', 'enabled'], false)
  // The operator runs 1 etcd replica for standalone and 3 for cluster; the chart always defaults to 3.
  put(b, ['etcd', 'replicaCount'], effectiveMode(r) === 'cluster' ? 3 : 1)
  passthrough(b, ['etcd'], etcd?.inCluster?.values)
  const ic = etcd?.inCluster
  if (ic?.chartVersion !== undefined)
    unmapped(
      b,
      [...D, 'etcd', 'inCluster', 'chartVersion'],
      t(
        'The chart pins its own etcd chart version.',
        '차트는 자체 etcd 차트 버전을 고정해 씁니다.',
      ),
    )
  if (ic?.deletionPolicy !== undefined)
    unmapped(b, [...D, 'etcd', 'inCluster', 'deletionPolicy'], NO_LIFECYCLE)
  if (ic?.pvcDeletion !== undefined)
    unmapped(b, [...D, 'etcd', 'inCluster', 'pvcDeletion'], NO_LIFECYCLE)
}

export function mapStorage(b: HelmBuild, r: MilvusResource): void {
  const s = r.spec.dependencies?.storage
  if (s?.external !== true) {
    put(b, ['minio', 'enabled'], true)
    put(b, ['externalS3', 'enabled'], false)
    if (effectiveMode(r) === 'standalone') put(b, ['minio', 'mode'], 'standalone')
    passthrough(b, ['minio'], s?.inCluster?.values)
    if (s?.inCluster?.deletionPolicy !== undefined)
      unmapped(b, [...D, 'storage', 'inCluster', 'deletionPolicy'], NO_LIFECYCLE)
    if (s?.inCluster?.pvcDeletion !== undefined)
      unmapped(b, [...D, 'storage', 'inCluster', 'pvcDeletion'], NO_LIFECYCLE)
    return
  }
  const minio: Rec = isRec(r.spec.config?.minio) ? r.spec.config.minio : {}
  const { host, port, useSSL } = effectiveObjectStorage(r)
  put(b, ['minio', 'enabled'], false)
  put(b, ['externalS3', 'enabled'], true)
  put(b, ['externalS3', 'host'], host)
  put(b, ['externalS3', 'port'], port)
  put(b, ['externalS3', 'useSSL'], useSSL)
  for (const [from, to] of Object.entries(HELM_S3_KEYS))
    if (minio[from] !== undefined) put(b, ['externalS3', to], minio[from])
  if (s.type === 'Azure' && minio.cloudProvider === undefined)
    put(b, ['externalS3', 'cloudProvider'], 'azure')
  if (typeof s.secretRef === 'string' && s.secretRef !== '')
    unmapped(
      b,
      [...D, 'storage', 'secretRef'],
      t(
        `The chart takes the keys as values; set externalS3.accessKey/secretKey from Secret "${s.secretRef}" at install time.`,
        `차트는 키를 값으로 받습니다. 설치할 때 Secret "${s.secretRef}"의 값으로 externalS3.accessKey/secretKey를 지정하세요.`,
      ),
      fromSecret(s.secretRef, {
        'externalS3.accessKey': 'accesskey',
        'externalS3.secretKey': 'secretkey',
      }),
    )
  if (s.ssl !== undefined)
    unmapped(
      b,
      [...D, 'storage', 'ssl'],
      t(
        "storage.ssl only drives the operator's health check; the chart has no such check.",
        'storage.ssl은 오퍼레이터 상태 점검에만 쓰이며 차트에는 해당 점검이 없습니다.',
      ),
    )
}

export function mapTei(b: HelmBuild, r: MilvusResource): void {
  const tei = r.spec.dependencies?.tei
  if (tei === undefined) return
  put(b, ['tei', 'enabled'], tei.enabled === true)
  passthrough(b, ['tei'], tei.inCluster?.values)
}
