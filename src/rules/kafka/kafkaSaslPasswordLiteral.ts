/**
 * A literal saslPassword lives in the manifest, its ConfigMap and every copy of both. The
 * operator (>= 1.3.8) can read it from a Secret instead (`dependencies.kafka.secretRef`), and the
 * Secret wins over the literal when both exist (see https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml).
 */
import { defineRule } from '../defineRule'
import { hasKafkaSecretRef, isFilled, KAFKA_CONFIG } from '../lib/kafka'
import { configSection, DEPS } from '../lib/mq'
import { SRC_KAFKA_CHECK } from '../lib/sources'

export const kafkaSaslPasswordLiteral = defineRule({
  id: 'kafka-sasl-password-literal',
  severity: 'warning',
  title: { en: 'Kafka password written in the manifest', ko: '매니페스트에 적힌 Kafka 비밀번호' },
  explanation: {
    en: 'spec.config ends up in a ConfigMap that anyone who can read the namespace can read, and in every copy of this manifest. A Secret named by spec.dependencies.kafka.secretRef (operator v1.3.8+) keeps the password out of both; when set it overrides the literal.',
    ko: 'spec.config는 네임스페이스를 읽을 수 있는 누구나 볼 수 있는 ConfigMap과 이 매니페스트의 모든 사본에 남습니다. spec.dependencies.kafka.secretRef가 가리키는 Secret(오퍼레이터 v1.3.8 이상)을 쓰면 비밀번호가 어디에도 남지 않으며, 설정 시 리터럴보다 우선합니다.',
  },
  source: SRC_KAFKA_CHECK,
  check(ctx, report) {
    const r = ctx.resource
    const password = configSection(r, 'kafka')?.saslPassword
    if (!isFilled(password)) return
    const name = r.metadata.name ?? 'milvus'
    const secret = `${name}-kafka-sasl`
    if (hasKafkaSecretRef(r)) {
      report(
        [...KAFKA_CONFIG, 'saslPassword'],
        {
          en: 'kafka.saslPassword is overridden by the Secret in kafka.secretRef and only leaks the password; remove it.',
          ko: 'kafka.saslPassword는 kafka.secretRef의 Secret에 가려져 쓰이지 않고 비밀번호만 노출합니다. 삭제하세요.',
        },
        {
          fix: {
            title: { en: 'Remove the literal password', ko: '리터럴 비밀번호 삭제' },
            patches: [{ op: 'delete', path: [...KAFKA_CONFIG, 'saslPassword'] }],
          },
        },
      )
      return
    }
    report(
      [...KAFKA_CONFIG, 'saslPassword'],
      {
        en: `kafka.saslPassword is stored in plain text in the manifest and its ConfigMap; move the credentials to a Secret (keys username, password) and set spec.dependencies.kafka.secretRef: ${secret}.`,
        ko: `kafka.saslPassword가 매니페스트와 ConfigMap에 평문으로 저장됩니다. 자격 증명을 Secret(키 username, password)으로 옮기고 spec.dependencies.kafka.secretRef: ${secret}를 설정하세요.`,
      },
      {
        fix: {
          title: { en: `Use Secret ${secret}`, ko: `Secret ${secret} 사용` },
          patches: [
            { op: 'delete', path: [...KAFKA_CONFIG, 'saslPassword'] },
            { op: 'delete', path: [...KAFKA_CONFIG, 'saslUsername'] },
            { op: 'set', path: [...DEPS, 'kafka', 'secretRef'], value: secret },
          ],
        },
      },
    )
  },
})
