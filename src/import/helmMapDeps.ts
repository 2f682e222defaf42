/** etcd and object storage part of the Helm import; credentials go to a Secret, never the resource. Pure. */
import { HELM_S3_CREDENTIAL_KEYS, HELM_S3_KEYS } from '../model'
import { addSecret, chartValues, putIn, type ImportBuild } from './importBuild'
import { enabled, isRec, note, own, read, t, text, type HelmView } from './helmView'

const D = ['dependencies'] as const
const CONSUMED = ['enabled', 'name', 'nameOverride']

export function mapEtcd(view: HelmView, b: ImportBuild): void {
  if (enabled(view, 'externalEtcd')) {
    const endpoints = read(view, ['externalEtcd', 'endpoints'])
    const list = Array.isArray(endpoints)
      ? endpoints.map(String)
      : typeof endpoints === 'string'
        ? endpoints.split(',')
        : []
    putIn(b.spec, [...D, 'etcd'], {
      external: true,
      endpoints: list.map((e) => e.trim()).filter((e) => e !== ''),
    })
    return
  }
  if (own(view, ['etcd', 'enabled']) === false)
    note(
      view,
      'error',
      'etcd.enabled',
      t(
        'etcd is turned off and externalEtcd is not enabled, so the release has no metadata store; the resource uses an in-cluster etcd.',
        'etcd가 꺼져 있고 externalEtcd도 켜져 있지 않아 릴리스에 메타데이터 저장소가 없습니다. 리소스는 클러스터 내부 etcd를 씁니다.',
      ),
    )
  // The chart runs 3 etcd members in both modes; the operator runs 1 for standalone, so say how many.
  const values = {
    replicaCount: read(view, ['etcd', 'replicaCount']) ?? 3,
    ...chartValues(own(view, ['etcd']), [...CONSUMED, 'replicaCount']),
  }
  putIn(b.spec, [...D, 'etcd'], { inCluster: { values } })
}

export function mapStorage(view: HelmView, b: ImportBuild): void {
  if (enabled(view, 'externalS3')) return mapExternalS3(view, b)
  if (own(view, ['minio', 'enabled']) === false)
    note(
      view,
      'error',
      'minio.enabled',
      t(
        'MinIO is turned off and externalS3 is not enabled, so the release has no object storage; the resource uses an in-cluster MinIO.',
        'MinIO가 꺼져 있고 externalS3도 켜져 있지 않아 릴리스에 오브젝트 스토리지가 없습니다. 리소스는 클러스터 내부 MinIO를 씁니다.',
      ),
    )
  const minio = own(view, ['minio'])
  const values = chartValues(minio, [
    ...CONSUMED,
    'accessKey',
    'secretKey',
    'rootUser',
    'rootPassword',
    'bucketName',
    'rootPath',
  ])
  putIn(b.spec, [...D, 'storage'], { inCluster: values ? { values } : {} })
  for (const key of ['accessKey', 'secretKey', 'rootUser', 'rootPassword']) {
    if (isRec(minio) && typeof minio[key] === 'string')
      note(
        view,
        'unmapped',
        `minio.${key}`,
        t(
          `Credentials are never written into the resource; the operator creates the in-cluster MinIO's Secret itself. To keep these keys, set them in that chart's existingSecret.`,
          '자격 증명은 리소스에 쓰지 않습니다. 클러스터 내부 MinIO의 Secret은 오퍼레이터가 직접 만듭니다. 이 키를 유지하려면 해당 차트의 existingSecret에 넣으세요.',
        ),
      )
  }
  for (const key of ['bucketName', 'rootPath']) {
    const v = own(view, ['minio', key])
    if (typeof v === 'string' && v !== '') putIn(b.config, ['minio', key], v)
  }
}

function mapExternalS3(view: HelmView, b: ImportBuild): void {
  const useSSL = read(view, ['externalS3', 'useSSL']) === true
  const host = text(view, ['externalS3', 'host']) ?? ''
  const port = text(view, ['externalS3', 'port']) ?? (useSSL ? '443' : '80')
  const provider = text(view, ['externalS3', 'cloudProvider'])
  const storage: Record<string, unknown> = {
    external: true,
    type: provider === 'azure' ? 'Azure' : 'S3',
    endpoint: host ? `${host}:${port}` : '',
  }
  if (!host)
    note(
      view,
      'error',
      'externalS3.host',
      t(
        'externalS3 is enabled without a host; set spec.dependencies.storage.endpoint.',
        'externalS3가 켜져 있지만 host가 없습니다. spec.dependencies.storage.endpoint를 지정하세요.',
      ),
    )
  for (const [key, chartKey] of Object.entries(HELM_S3_KEYS)) {
    const v = HELM_S3_CREDENTIAL_KEYS.has(key) ? undefined : own(view, ['externalS3', chartKey])
    if (v !== undefined && v !== '') putIn(b.config, ['minio', key], v)
  }
  if (provider === 'azure') putIn(b.config, ['common', 'storageType'], 'remote')
  const accesskey = text(view, ['externalS3', 'accessKey'])
  const secretkey = text(view, ['externalS3', 'secretKey'])
  if (accesskey || secretkey)
    storage.secretRef = addSecret(b, 'storage', {
      accesskey: accesskey ?? '',
      secretkey: secretkey ?? '',
    })
  else if (read(view, ['externalS3', 'useIAM']) !== true)
    note(
      view,
      'unmapped',
      'externalS3.accessKey',
      t(
        'No access keys and useIAM is off: create a Secret with keys accesskey and secretkey and set spec.dependencies.storage.secretRef.',
        '액세스 키가 없고 useIAM도 꺼져 있습니다. accesskey와 secretkey 키를 가진 Secret을 만들고 spec.dependencies.storage.secretRef를 지정하세요.',
      ),
    )
  putIn(b.spec, [...D, 'storage'], storage)
  if (text(view, ['externalGcs', 'bucketName']))
    note(
      view,
      'unmapped',
      'externalGcs.bucketName',
      t(
        'externalGcs only serves the MinIO GCS gateway, which the operator does not deploy; use externalS3 with cloudProvider gcp.',
        'externalGcs는 MinIO GCS 게이트웨이 전용이며 오퍼레이터는 이를 배포하지 않습니다. cloudProvider gcp와 함께 externalS3를 쓰세요.',
      ),
    )
}
