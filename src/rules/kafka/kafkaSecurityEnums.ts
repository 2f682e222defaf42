/**
 * The operator's Kafka health check accepts only the known securityProtocol and saslMechanisms
 * values (or empty) and otherwise fails with "unspported security protocol: %s" /
 * "unspported SASL mechanism: %s" (typo as in the source). Milvus's client rejects them too.
 */
import { didYouMean, KAFKA_SASL_MECHANISMS, KAFKA_SECURITY_PROTOCOLS } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { KAFKA_CONFIG } from '../lib/kafka'
import { selectedStoreConfig } from '../lib/mq'
import { SRC_KAFKA_CHECK } from '../lib/sources'
import type { Report } from '../types'

const CHECKS = [
  {
    key: 'securityProtocol',
    allowed: KAFKA_SECURITY_PROTOCOLS,
    error: 'unspported security protocol',
  },
  { key: 'saslMechanisms', allowed: KAFKA_SASL_MECHANISMS, error: 'unspported SASL mechanism' },
] as const

function suggest(value: string, allowed: readonly string[]): string | undefined {
  const squash = (t: string): string => t.toUpperCase().replace(/[-_\s]/g, '')
  const exact = allowed.find((a) => squash(a) === squash(value))
  return exact ?? didYouMean(value, allowed)
}

function reportOne(
  report: Report,
  key: string,
  value: string,
  allowed: readonly string[],
  error: string,
): void {
  const path = [...KAFKA_CONFIG, key]
  const guess = suggest(value, allowed)
  const list = allowed.join(', ')
  report(
    path,
    {
      en: `kafka.${key} "${value}" is not supported (the operator reports "${error}: ${value}"); use one of ${list}${guess ? ` (did you mean ${guess}?)` : ''}.`,
      ko: `kafka.${key} 값 "${value}"은(는) 지원되지 않습니다(오퍼레이터 오류: "${error}: ${value}"). ${list} 중 하나를 쓰세요${guess ? ` (${guess}을(를) 뜻하셨나요?)` : ''}.`,
    },
    guess ? { fix: setFix({ en: `Use ${guess}`, ko: `${guess} 사용` }, path, guess) } : {},
  )
}

export const kafkaSecurityEnums = defineRule({
  id: 'kafka-security-enums',
  severity: 'error',
  title: { en: 'Unknown Kafka security setting', ko: '알 수 없는 Kafka 보안 설정' },
  explanation: {
    en: "securityProtocol must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL and saslMechanisms PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (upper case). Any other value makes the operator's Kafka health check fail, so Milvus is never marked ready.",
    ko: 'securityProtocol은 PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL 중 하나, saslMechanisms는 PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 중 하나(대문자)여야 합니다. 다른 값이면 오퍼레이터의 Kafka 상태 점검이 실패해 Milvus가 준비 상태가 되지 않습니다.',
  },
  source: SRC_KAFKA_CHECK,
  check(ctx, report) {
    const r = ctx.resource
    const kafka = selectedStoreConfig(r, 'kafka')
    if (!kafka) return
    for (const c of CHECKS) {
      const value = kafka[c.key]
      if (value === undefined || value === null || value === '') continue
      const text = String(value)
      if ((c.allowed as readonly string[]).includes(text)) continue
      reportOne(report, c.key, text, c.allowed, c.error)
    }
  },
})
