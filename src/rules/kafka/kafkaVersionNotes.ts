/**
 * Version notes for Kafka: the docs support Kafka 2.x/3.x brokers only (nothing enforces it);
 * SASL health checks need operator v0.8.5+ and kafka.secretRef needs v1.3.8+ (see https://github.com/milvus-io/milvus/blob/master/internal/util/dependency/factory.go).
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { hasKafkaSecretRef, isSaslProtocol, KAFKA_CONFIG } from '../lib/kafka'
import { DEPS } from '../lib/mq'
import { SRC_DOCS_MQ } from '../lib/sources'

export const kafkaVersionNotes = defineRule({
  id: 'kafka-version-notes',
  severity: 'info',
  title: { en: 'Kafka version requirements', ko: 'Kafka 버전 요구 사항' },
  explanation: {
    en: 'The Milvus docs support Kafka brokers of the 2.x and 3.x lines only; nothing checks this at deploy time. SASL support in the operator arrived in v0.8.5 and spec.dependencies.kafka.secretRef in v1.3.8; an older operator drops the field.',
    ko: 'Milvus 문서는 2.x와 3.x 계열 Kafka 브로커만 지원한다고 밝히며, 배포 시에는 이를 확인하지 않습니다. 오퍼레이터의 SASL 지원은 v0.8.5, spec.dependencies.kafka.secretRef는 v1.3.8부터이며, 더 오래된 오퍼레이터는 이 필드를 버립니다.',
  },
  source: SRC_DOCS_MQ,
  check(ctx, report) {
    const r = ctx.resource
    if (effectiveMsgStreamType(r) !== 'kafka') return
    const kafka = r.spec.dependencies?.kafka
    if (kafka?.external === true) {
      report([...DEPS, 'kafka', 'external'], {
        en: "Milvus supports external Kafka brokers of version 2.x or 3.x only; check your brokers' version before connecting.",
        ko: 'Milvus는 2.x 또는 3.x 버전의 외부 Kafka 브로커만 지원합니다. 연결하기 전에 브로커 버전을 확인하세요.',
      })
    }
    if (hasKafkaSecretRef(r)) {
      report([...DEPS, 'kafka', 'secretRef'], {
        en: 'kafka.secretRef needs milvus-operator v1.3.8 or later; upgrade the operator first, or an older one silently drops the field.',
        ko: 'kafka.secretRef에는 milvus-operator v1.3.8 이상이 필요합니다. 먼저 오퍼레이터를 업그레이드하세요. 이전 버전은 이 필드를 조용히 버립니다.',
      })
    } else if (isSaslProtocol(r)) {
      report([...KAFKA_CONFIG, 'securityProtocol'], {
        en: 'Kafka SASL needs milvus-operator v0.8.5 or later; make sure the installed operator is at least that version.',
        ko: 'Kafka SASL에는 milvus-operator v0.8.5 이상이 필요합니다. 설치된 오퍼레이터가 그 이상인지 확인하세요.',
      })
    }
  },
})
