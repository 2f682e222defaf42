/**
 * Webhook check 2 can only fire when defaulting was skipped: the defaulter first forces
 * enableRollingUpdate to false for standalone RocksMQ/NATS (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L388, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L86, https://milvus.io/docs/message_storage_operator.md).
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { isCluster, storeLabel } from '../lib/mq'
import { SRC_WEBHOOK } from '../lib/sources'

const PATH = ['spec', 'components', 'enableRollingUpdate'] as const

export const rollingUpdateTurnedOff = defineRule({
  id: 'rolling-update-turned-off',
  severity: 'warning',
  title: { en: 'Rolling update will be turned off', ko: '롤링 업데이트가 꺼집니다' },
  explanation: {
    en: 'A standalone Milvus on RocksMQ or NATS keeps its message log inside the pod, so two pods cannot run side by side. The operator silently sets enableRollingUpdate to false; if defaulting is skipped, its webhook rejects the resource with "enableRollingUpdate is not supported for msgStream rocksmq or natsmq. Set it to false or set spec.msgStreamType to kafka/pulsar".',
    ko: 'RocksMQ나 NATS를 쓰는 스탠드얼론 Milvus는 메시지 로그를 파드 안에 두므로 두 파드를 동시에 실행할 수 없습니다. 오퍼레이터는 enableRollingUpdate를 조용히 false로 바꾸며, 기본값 설정이 건너뛰어지면 웹훅이 "enableRollingUpdate is not supported for msgStream rocksmq or natsmq. Set it to false or set spec.msgStreamType to kafka/pulsar" 오류로 거부합니다.',
  },
  source: SRC_WEBHOOK,
  check(ctx, report) {
    const r = ctx.resource
    if (r.spec.components?.enableRollingUpdate !== true || isCluster(r)) return
    const stream = effectiveMsgStreamType(r)
    if (stream !== 'rocksmq' && stream !== 'natsmq') return
    report(
      PATH,
      {
        en: `The operator turns enableRollingUpdate off for a standalone ${storeLabel(stream)} instance, so updates restart the pod; set it to false, or use woodpecker, pulsar or kafka for rolling updates.`,
        ko: `오퍼레이터는 standalone ${storeLabel(stream)} 인스턴스에서 enableRollingUpdate를 끄므로 업데이트 때 파드가 재시작됩니다. false로 설정하거나, 롤링 업데이트가 필요하면 woodpecker, pulsar, kafka를 사용하세요.`,
      },
      {
        fix: setFix(
          { en: 'Set enableRollingUpdate: false', ko: 'enableRollingUpdate: false 설정' },
          PATH,
          false,
        ),
      },
    )
  },
})
