/**
 * Google Cloud Storage is used through its S3-compatible API (`type: S3`, endpoint
 * `storage.googleapis.com:443`) together with `spec.config.minio.cloudProvider: gcp`
 * (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L88, sample milvus_gcs.yaml). With IAM, Milvus picks the credential flow by provider.
 */
import { defineRule } from '../defineRule'
import { externalAddresses } from '../lib/external'
import { setFix } from '../lib/fix'
import { configPath, isGcsEndpoint, isOn, readConfig } from '../lib/read'
import { SRC_MILVUS_STORAGE } from '../lib/sources'

export const storageGcsNeedsGcpProvider = defineRule({
  id: 'storage-gcs-needs-gcp-provider',
  severity: 'warning',
  title: { en: 'GCS without cloudProvider gcp', ko: 'cloudProvider gcp 없는 GCS' },
  explanation: {
    en: 'Milvus reaches Google Cloud Storage through its S3-compatible API, but it needs spec.config.minio.cloudProvider: gcp to sign requests and address buckets the way GCS expects. With useIAM it is required: the provider decides how Milvus obtains credentials from the workload identity.',
    ko: 'Milvus는 S3 호환 API로 Google Cloud Storage에 접근하지만, GCS 방식대로 요청에 서명하고 버킷 주소를 만들려면 spec.config.minio.cloudProvider: gcp가 필요합니다. useIAM을 쓸 때는 필수입니다. 워크로드 아이덴티티에서 자격 증명을 얻는 방식이 provider에 따라 정해지기 때문입니다.',
  },
  source: SRC_MILVUS_STORAGE,
  check(ctx, report) {
    const r = ctx.resource
    const [endpoint] = externalAddresses(r, 'storage') ?? []
    if (endpoint === undefined || !isGcsEndpoint(endpoint)) return
    const provider = readConfig(r, 'minio', 'cloudProvider')
    if (provider === 'gcp') return
    const path = configPath('minio', 'cloudProvider')
    const iam = isOn(readConfig(r, 'minio', 'useIAM'))
    const now = typeof provider === 'string' && provider !== '' ? provider : 'aws (the default)'
    report(
      path,
      {
        en: `The endpoint is Google Cloud Storage but minio.cloudProvider is ${now}; set spec.config.minio.cloudProvider to gcp.`,
        ko: `엔드포인트가 Google Cloud Storage인데 minio.cloudProvider가 ${now === 'aws (the default)' ? 'aws(기본값)' : now}입니다. spec.config.minio.cloudProvider를 gcp로 설정하세요.`,
      },
      {
        ...(iam ? { severity: 'error' as const } : {}),
        fix: setFix(
          { en: 'Set cloudProvider to gcp', ko: 'cloudProvider를 gcp로 설정' },
          path,
          'gcp',
        ),
      },
    )
  },
})
