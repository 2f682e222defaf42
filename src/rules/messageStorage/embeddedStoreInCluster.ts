/**
 * RocksMQ and NATS run inside a single Milvus process, so Milvus refuses them in cluster mode
 * (it panics at start). The operator's webhook accepts the CR anyway (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L86, https://github.com/milvus-io/milvus/blob/master/internal/util/dependency/factory.go).
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { clusterStoreFor, isCluster, MSG_STREAM_PATH, storeLabel } from '../lib/mq'
import { SRC_MQ_FACTORY } from '../lib/sources'

export const embeddedStoreInCluster = defineRule({
  id: 'embedded-store-in-cluster',
  severity: 'error',
  title: { en: 'RocksMQ or NATS in cluster mode', ko: '클러스터 모드의 RocksMQ 또는 NATS' },
  explanation: {
    en: 'RocksMQ and NATS are embedded in one Milvus process and only work in standalone mode. In cluster mode Milvus stops at start with "mq rocksmq is only valid in standalone mode"; the operator webhook does not catch this.',
    ko: 'RocksMQ와 NATS는 하나의 Milvus 프로세스 안에서 동작하므로 스탠드얼론 모드에서만 쓸 수 있습니다. 클러스터 모드에서는 Milvus가 시작할 때 "mq rocksmq is only valid in standalone mode"로 종료되며, 오퍼레이터 웹훅은 이를 막지 않습니다.',
  },
  source: SRC_MQ_FACTORY,
  check(ctx, report) {
    const r = ctx.resource
    const stream = effectiveMsgStreamType(r)
    if ((stream !== 'rocksmq' && stream !== 'natsmq') || !isCluster(r)) return
    const target = clusterStoreFor(r)
    const name = storeLabel(stream)
    report(
      MSG_STREAM_PATH,
      {
        en: `${name} only works in standalone mode, so this cluster will not start; switch msgStreamType to ${target} or set spec.mode to standalone.`,
        ko: `${name}는 스탠드얼론 모드에서만 동작하므로 이 클러스터는 시작되지 않습니다. msgStreamType을 ${target}(으)로 바꾸거나 spec.mode를 standalone으로 설정하세요.`,
      },
      {
        fix: setFix(
          { en: `Switch to ${storeLabel(target)}`, ko: `${storeLabel(target)}(으)로 전환` },
          MSG_STREAM_PATH,
          target,
        ),
      },
    )
  },
})
