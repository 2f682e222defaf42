/**
 * With msgStreamType `custom` the operator writes no `mq.type`, so Milvus falls back to picking a
 * store by priority (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L77, https://github.com/milvus-io/milvus/blob/master/internal/util/dependency/factory.go): standalone always gets rocksmq, cluster gets pulsar.
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { isCluster } from '../lib/mq'
import { SRC_MQ_FACTORY } from '../lib/sources'
import { readConfig } from '../lib/read'

export const customWithoutMqType = defineRule({
  id: 'custom-without-mq-type',
  severity: 'error',
  title: { en: 'Custom store without mq.type', ko: 'mq.type 없는 custom 저장소' },
  explanation: {
    en: 'For msgStreamType custom the operator leaves the Milvus message settings to you and writes no mq.type. Without one, Milvus picks by priority (rocksmq > pulsar > kafka in standalone, pulsar > kafka in cluster mode), which is rarely the store you configured.',
    ko: 'msgStreamType이 custom이면 오퍼레이터는 Milvus 메시지 설정을 사용자에게 맡기고 mq.type을 쓰지 않습니다. 값이 없으면 Milvus가 우선순위(standalone은 rocksmq > pulsar > kafka, 클러스터는 pulsar > kafka)로 고르므로 설정한 저장소가 선택되지 않는 경우가 많습니다.',
  },
  source: SRC_MQ_FACTORY,
  check(ctx, report) {
    const r = ctx.resource
    if (effectiveMsgStreamType(r) !== 'custom') return
    const type = readConfig(r, 'mq', 'type')
    if (typeof type === 'string' && type !== '' && type !== 'default') return
    const picked = isCluster(r) ? 'pulsar' : 'rocksmq'
    report(['spec', 'config', 'mq', 'type'], {
      en: `msgStreamType custom needs spec.config.mq.type (pulsar, kafka, rocksmq or woodpecker); without it Milvus falls back to ${picked}.`,
      ko: `msgStreamType custom에는 spec.config.mq.type(pulsar, kafka, rocksmq, woodpecker 중 하나)이 필요합니다. 없으면 Milvus가 ${picked}(으)로 대체합니다.`,
    })
  },
})
