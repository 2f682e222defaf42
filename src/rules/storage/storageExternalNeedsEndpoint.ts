/**
 * External object storage needs its endpoint: the operator's validating webhook rejects the
 * resource otherwise (validateExternal, see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L284). The message keeps the webhook text.
 */
import { defineRule } from '../defineRule'
import { externalAddresses, shouldBeConfigured } from '../lib/external'
import { deleteFix } from '../lib/fix'
import { DEPS } from '../lib/mq'
import { SRC_WEBHOOK_VALIDATE } from '../lib/sources'

export const storageExternalNeedsEndpoint = defineRule({
  id: 'storage-external-needs-endpoint',
  severity: 'error',
  title: { en: 'External storage without an endpoint', ko: '엔드포인트가 없는 외부 스토리지' },
  explanation: {
    en: 'With storage.external set to true the operator deploys no MinIO and needs the address of your object storage (MinIO, S3, GCS or Azure) to give Milvus; its webhook rejects the resource until storage.endpoint is set.',
    ko: 'storage.external이 true이면 오퍼레이터는 MinIO를 배포하지 않고, Milvus에 넘길 오브젝트 스토리지(MinIO, S3, GCS, Azure) 주소가 필요합니다. storage.endpoint가 설정될 때까지 웹훅이 리소스를 거부합니다.',
  },
  source: SRC_WEBHOOK_VALIDATE,
  check(ctx, report) {
    const r = ctx.resource
    if (externalAddresses(r, 'storage')?.length !== 0) return
    const type = r.spec.dependencies?.storage?.type
    const isMinio = type === undefined || type === '' || type === 'MinIO'
    const path = [...DEPS, 'storage', 'endpoint']
    const webhookText = shouldBeConfigured(path)
    report(
      path,
      {
        en: `${webhookText}: give the host:port of your object storage (for example s3.us-west-2.amazonaws.com:443), or turn external off.`,
        ko: `${webhookText}: 오브젝트 스토리지의 host:port(예: s3.us-west-2.amazonaws.com:443)를 입력하거나 external을 끄세요.`,
      },
      isMinio
        ? {
            fix: deleteFix(
              { en: 'Use an in-cluster MinIO instead', ko: '클러스터 내부 MinIO 사용' },
              [...DEPS, 'storage', 'external'],
            ),
          }
        : {},
    )
  },
})
