/**
 * The bitnami Kafka chart creates topics with the configured replication factors; a factor above
 * the broker count makes topic creation fail (and the chart defaults are 3 for both).
 */
import { effectiveMsgStreamType, type SpecPath, isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { KAFKA_BROKERS_DEFAULT, KAFKA_FACTOR_DEFAULTS } from '../lib/chartDefaults'
import { DEPS, toInt } from '../lib/mq'
import { SRC_CHARTS } from '../lib/sources'

const VALUES: SpecPath = [...DEPS, 'kafka', 'inCluster', 'values']

export const kafkaReplicationTooHigh = defineRule({
  id: 'kafka-replication-too-high',
  severity: 'error',
  title: { en: 'Kafka replication above the broker count', ko: '브로커 수보다 큰 Kafka 복제 계수' },
  explanation: {
    en: 'Kafka cannot place more replicas of a partition than there are brokers. The in-cluster chart defaults to 3 brokers and replication factor 3, so lowering replicaCount alone leaves the factors too high and topic creation (including the consumer offsets topic) fails.',
    ko: 'Kafka는 브로커 수보다 많은 파티션 복제본을 둘 수 없습니다. 클러스터 내부 차트의 기본값은 브로커 3개, 복제 계수 3이므로 replicaCount만 낮추면 복제 계수가 너무 커서 토픽(컨슈머 오프셋 토픽 포함) 생성이 실패합니다.',
  },
  source: SRC_CHARTS,
  check(ctx, report) {
    const r = ctx.resource
    const kafka = r.spec.dependencies?.kafka
    if (effectiveMsgStreamType(r) !== 'kafka' || kafka?.external === true) return
    const values = isRecord(kafka?.inCluster?.values) ? kafka.inCluster.values : {}
    const brokers = toInt(values.replicaCount) ?? KAFKA_BROKERS_DEFAULT
    for (const [key, fallback] of Object.entries(KAFKA_FACTOR_DEFAULTS)) {
      const factor = toInt(values[key]) ?? fallback
      if (factor === undefined || factor <= brokers) continue
      const path = [...VALUES, key]
      const shown = key in values ? String(factor) : `${factor} (chart default)`
      const shownKo = key in values ? String(factor) : `${factor}(차트 기본값)`
      report(
        path,
        {
          en: `${key} ${shown} is larger than the ${brokers} Kafka broker(s), so topics cannot be created; set ${key} to ${brokers} or raise replicaCount.`,
          ko: `${key} 값 ${shownKo}이(가) Kafka 브로커 ${brokers}개보다 커서 토픽을 만들 수 없습니다. ${key}를 ${brokers}(으)로 설정하거나 replicaCount를 늘리세요.`,
        },
        {
          fix: setFix(
            { en: `Set ${key} to ${brokers}`, ko: `${key}를 ${brokers}(으)로 설정` },
            path,
            brokers,
          ),
        },
      )
    }
  },
})
