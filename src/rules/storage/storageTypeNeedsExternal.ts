/**
 * `storage.type` S3 or Azure describes a cloud service, but the operator deploys an in-cluster MinIO
 * whenever `storage.external` is not true (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L511), so Milvus never reaches the cloud.
 */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { SRC_WEBHOOK_DEFAULTS } from '../lib/sources'

export const storageTypeNeedsExternal = defineRule({
  id: 'storage-type-needs-external',
  severity: 'warning',
  title: {
    en: 'Cloud storage type on an in-cluster MinIO',
    ko: '클러스터 내부 MinIO에 지정한 클라우드 스토리지 유형',
  },
  explanation: {
    en: 'The operator looks only at storage.external to decide whether to deploy MinIO. With type S3 or Azure but external unset, it still installs MinIO in the cluster and points Milvus at it, ignoring the cloud service you meant.',
    ko: '오퍼레이터는 storage.external만 보고 MinIO 배포 여부를 정합니다. type이 S3나 Azure여도 external이 없으면 클러스터에 MinIO를 설치하고 Milvus를 거기에 연결하므로, 의도한 클라우드 서비스는 무시됩니다.',
  },
  source: SRC_WEBHOOK_DEFAULTS,
  check(ctx, report) {
    const storage = ctx.resource.spec.dependencies?.storage
    if (storage === undefined || storage.external === true) return
    if (storage.type !== 'S3' && storage.type !== 'Azure') return
    const path = ['spec', 'dependencies', 'storage', 'external']
    report(
      ['spec', 'dependencies', 'storage', 'type'],
      {
        en: `Storage type ${storage.type} without external: true still deploys an in-cluster MinIO; set storage.external to true and give the ${storage.type} endpoint.`,
        ko: `external: true 없이 스토리지 유형을 ${storage.type}(으)로 두면 여전히 클러스터 내부 MinIO가 배포됩니다. storage.external을 true로 하고 ${storage.type} 엔드포인트를 지정하세요.`,
      },
      {
        fix: setFix(
          { en: 'Mark storage as external', ko: '스토리지를 external로 표시' },
          path,
          true,
        ),
      },
    )
  },
})
