/**
 * For an in-cluster Kafka or Pulsar the defaulter overwrites brokerList / endpoint with the
 * address of the release it deploys; a written value is lost without a word (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L511, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90).
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix } from '../lib/fix'
import { DEPS } from '../lib/mq'
import { SRC_DEFAULTS } from '../lib/sources'

function hasValue(value: unknown): boolean {
  return (
    value !== undefined &&
    value !== null &&
    value !== '' &&
    !(Array.isArray(value) && value.length === 0)
  )
}

export const inClusterEndpointOverwritten = defineRule({
  id: 'in-cluster-endpoint-overwritten',
  severity: 'warning',
  title: {
    en: 'Address of an in-cluster store is overwritten',
    ko: '클러스터 내부 저장소 주소가 덮어써집니다',
  },
  explanation: {
    en: 'When Kafka or Pulsar is not external, the operator deploys it and replaces brokerList or endpoint with the address of that release. To use brokers that already exist, set external: true.',
    ko: 'Kafka나 Pulsar가 외부가 아니면 오퍼레이터가 직접 배포하고 brokerList나 endpoint를 그 릴리스 주소로 바꿉니다. 이미 있는 브로커를 쓰려면 external: true를 설정하세요.',
  },
  source: SRC_DEFAULTS,
  check(ctx, report) {
    const r = ctx.resource
    const stream = effectiveMsgStreamType(r)
    const kafka = r.spec.dependencies?.kafka
    const pulsar = r.spec.dependencies?.pulsar
    const cases = [
      {
        on: stream === 'kafka' && kafka?.external !== true && hasValue(kafka?.brokerList),
        key: 'kafka',
        field: 'brokerList',
      },
      {
        on: stream === 'pulsar' && pulsar?.external !== true && hasValue(pulsar?.endpoint),
        key: 'pulsar',
        field: 'endpoint',
      },
    ]
    for (const c of cases) {
      if (!c.on) continue
      const path = [...DEPS, c.key, c.field]
      report(
        path,
        {
          en: `${c.key}.${c.field} is replaced by the in-cluster ${c.key} address because ${c.key}.external is not true; set external: true to use these brokers, or remove ${c.field}.`,
          ko: `${c.key}.external이 true가 아니므로 ${c.key}.${c.field}는 클러스터 내부 ${c.key} 주소로 대체됩니다. 이 브로커를 쓰려면 external: true를 설정하고, 아니면 ${c.field}를 삭제하세요.`,
        },
        { fix: deleteFix({ en: `Remove ${c.field}`, ko: `${c.field} 삭제` }, path) },
      )
    }
  },
})
