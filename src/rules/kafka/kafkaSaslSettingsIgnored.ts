/** SASL settings are read only with SASL_PLAINTEXT or SASL_SSL; under PLAINTEXT or SSL they do nothing. */
import { defineRule } from '../defineRule'
import { deleteFix } from '../lib/fix'
import { isSaslProtocol, KAFKA_CONFIG, kafkaProtocol, SASL_KEYS } from '../lib/kafka'
import { selectedStoreConfig } from '../lib/mq'
import { SRC_KAFKA_CHECK } from '../lib/sources'

export const kafkaSaslSettingsIgnored = defineRule({
  id: 'kafka-sasl-settings-ignored',
  severity: 'warning',
  title: { en: 'SASL settings without SASL', ko: 'SASL이 아닌데 있는 SASL 설정' },
  explanation: {
    en: 'saslMechanisms, saslUsername and saslPassword are used only when securityProtocol is SASL_PLAINTEXT or SASL_SSL. With PLAINTEXT, SSL or no protocol they are ignored, which usually means the protocol is not what was intended.',
    ko: 'saslMechanisms, saslUsername, saslPassword는 securityProtocol이 SASL_PLAINTEXT나 SASL_SSL일 때만 쓰입니다. PLAINTEXT, SSL 또는 프로토콜이 없으면 무시되며, 대개 의도한 프로토콜이 아니라는 뜻입니다.',
  },
  source: SRC_KAFKA_CHECK,
  check(ctx, report) {
    const r = ctx.resource
    if (isSaslProtocol(r)) return
    const kafka = selectedStoreConfig(r, 'kafka')
    if (!kafka) return
    const present = SASL_KEYS.filter((k) => k in kafka)
    if (present.length === 0) return
    const written = kafkaProtocol(r)
    const protocol = written || 'no securityProtocol'
    const protocolKo = written ? written : 'securityProtocol 미설정 상태'
    const paths = present.map((k) => [...KAFKA_CONFIG, k])
    report(
      paths[0] ?? [...KAFKA_CONFIG],
      {
        en: `${present.join(', ')} ${present.length > 1 ? 'are' : 'is'} ignored with ${protocol}; set securityProtocol to SASL_PLAINTEXT or SASL_SSL if the brokers need a login, or remove ${present.length > 1 ? 'them' : 'it'}.`,
        ko: `${protocolKo}에서는 ${present.join(', ')} 설정이 무시됩니다. 브로커에 로그인이 필요하면 securityProtocol을 SASL_PLAINTEXT나 SASL_SSL로 설정하고, 아니면 삭제하세요.`,
      },
      { fix: deleteFix({ en: 'Remove the SASL settings', ko: 'SASL 설정 삭제' }, ...paths) },
    )
  },
})
