/**
 * A SASL protocol needs a user name and password: literal saslUsername/saslPassword, or
 * `dependencies.kafka.secretRef` whose Secret the operator injects as env (operator >= 1.3.8).
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { KAFKA_CONFIG, kafkaProtocol, missingSaslCredentials } from '../lib/kafka'
import { DEPS } from '../lib/mq'
import { SRC_KAFKA_CHECK } from '../lib/sources'

export const kafkaSaslCredentialsMissing = defineRule({
  id: 'kafka-sasl-credentials-missing',
  severity: 'error',
  title: { en: 'SASL without credentials', ko: '자격 증명 없는 SASL' },
  explanation: {
    en: "With SASL_PLAINTEXT or SASL_SSL the brokers ask for a user name and password. Without them the operator's health check and Milvus both fail to authenticate. Put them in a Secret named by spec.dependencies.kafka.secretRef (keys username and password), or as saslUsername/saslPassword.",
    ko: 'SASL_PLAINTEXT나 SASL_SSL을 쓰면 브로커가 사용자 이름과 비밀번호를 요구합니다. 없으면 오퍼레이터 상태 점검과 Milvus 모두 인증에 실패합니다. spec.dependencies.kafka.secretRef가 가리키는 Secret(키 username, password)이나 saslUsername/saslPassword에 넣으세요.',
  },
  source: SRC_KAFKA_CHECK,
  check(ctx, report) {
    const r = ctx.resource
    if (effectiveMsgStreamType(r) !== 'kafka') return
    const missing = missingSaslCredentials(r)
    if (missing.length === 0) return
    const protocol = kafkaProtocol(r)
    report(
      missing.length === 2 ? [...DEPS, 'kafka', 'secretRef'] : [...KAFKA_CONFIG, missing[0] ?? ''],
      {
        en: `${protocol} needs credentials but ${missing.join(' and ')} ${missing.length === 2 ? 'are' : 'is'} empty and no kafka.secretRef is set; create a Secret with username and password and name it in spec.dependencies.kafka.secretRef.`,
        ko: `${protocol}에는 자격 증명이 필요하지만 ${missing.join(', ')} 값이 비어 있고 kafka.secretRef도 없습니다. username과 password를 담은 Secret을 만들고 spec.dependencies.kafka.secretRef에 그 이름을 지정하세요.`,
      },
    )
  },
})
