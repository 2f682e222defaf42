/**
 * Webhook checks 6 and 7: the selected external Kafka needs brokerList, the selected external
 * Pulsar needs endpoint. Blocks of stores that are not selected are not checked (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L86).
 */
import { effectiveMsgStreamType, getAtPath, type SpecPath } from '../../model'
import { defineRule } from '../defineRule'
import { DEPS } from '../lib/mq'
import { liftedRaw } from '../lib/schemaWalk'
import { SRC_WEBHOOK } from '../lib/sources'

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}

export const webhookExternalEndpointRequired = defineRule({
  id: 'webhook-external-endpoint-required',
  severity: 'error',
  title: { en: 'External store without an address', ko: '주소 없는 외부 저장소' },
  explanation: {
    en: 'For an external Kafka or Pulsar the operator cannot guess where the brokers are; its webhook rejects the resource until brokerList (Kafka) or endpoint (Pulsar) is set.',
    ko: '외부 Kafka나 Pulsar의 경우 오퍼레이터는 브로커 위치를 알 수 없으므로, brokerList(Kafka)나 endpoint(Pulsar)를 설정할 때까지 웹훅이 리소스를 거부합니다.',
  },
  source: SRC_WEBHOOK,
  check(ctx, report) {
    const r = ctx.resource
    const stream = effectiveMsgStreamType(r)
    // Values as written: a brokerList typed as one string is schema-value's finding, not this one.
    const raw = liftedRaw(ctx)
    const written = (path: SpecPath): unknown => getAtPath(raw, path)
    const kafka = r.spec.dependencies?.kafka
    if (
      stream === 'kafka' &&
      kafka?.external === true &&
      isEmpty(written([...DEPS, 'kafka', 'brokerList']))
    ) {
      report([...DEPS, 'kafka', 'brokerList'], {
        en: 'The operator rejects this with "spec.dependencies.kafka.brokerList should be configured"; list your Kafka brokers (host:9092) under brokerList.',
        ko: '오퍼레이터가 "spec.dependencies.kafka.brokerList should be configured" 오류로 거부합니다. brokerList에 Kafka 브로커(host:9092)를 나열하세요.',
      })
    }
    const pulsar = r.spec.dependencies?.pulsar
    if (
      stream === 'pulsar' &&
      pulsar?.external === true &&
      isEmpty(written([...DEPS, 'pulsar', 'endpoint']))
    ) {
      report([...DEPS, 'pulsar', 'endpoint'], {
        en: 'The operator rejects this with "spec.dependencies.pulsar.endpoint should be configured"; set endpoint to your Pulsar address (host:6650, one string).',
        ko: '오퍼레이터가 "spec.dependencies.pulsar.endpoint should be configured" 오류로 거부합니다. endpoint에 Pulsar 주소(host:6650, 문자열 하나)를 설정하세요.',
      })
    }
  },
})
