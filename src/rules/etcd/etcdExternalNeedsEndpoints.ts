/**
 * External etcd needs its endpoints: the operator's validating webhook rejects the resource
 * otherwise (validateExternal, see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L284). The message keeps the webhook's own text.
 */
import { defineRule } from '../defineRule'
import { externalAddresses, shouldBeConfigured } from '../lib/external'
import { deleteFix } from '../lib/fix'
import { DEPS } from '../lib/mq'
import { SRC_WEBHOOK_VALIDATE } from '../lib/sources'

export const etcdExternalNeedsEndpoints = defineRule({
  id: 'etcd-external-needs-endpoints',
  severity: 'error',
  title: { en: 'External etcd without endpoints', ko: '엔드포인트가 없는 외부 etcd' },
  explanation: {
    en: 'With etcd.external set to true the operator does not deploy etcd and has no address to give Milvus, so its webhook rejects the resource until endpoints lists at least one host:port.',
    ko: 'etcd.external이 true이면 오퍼레이터는 etcd를 배포하지 않고 Milvus에 넘길 주소도 없으므로, endpoints에 host:port가 하나 이상 들어갈 때까지 웹훅이 리소스를 거부합니다.',
  },
  source: SRC_WEBHOOK_VALIDATE,
  check(ctx, report) {
    if (externalAddresses(ctx.resource, 'etcd')?.length !== 0) return
    const path = [...DEPS, 'etcd', 'endpoints']
    const webhookText = shouldBeConfigured(path)
    report(
      path,
      {
        en: `${webhookText}: list your etcd members as host:2379, or turn external off to let the operator deploy etcd.`,
        ko: `${webhookText}: etcd 멤버를 host:2379 형식으로 나열하거나, external을 끄고 오퍼레이터가 etcd를 배포하게 하세요.`,
      },
      {
        fix: deleteFix({ en: 'Use an in-cluster etcd instead', ko: '클러스터 내부 etcd 사용' }, [
          ...DEPS,
          'etcd',
          'external',
        ]),
      },
    )
  },
})
