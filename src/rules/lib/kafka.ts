/** Readers for the Kafka client settings in spec.config.kafka (see https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml). */
import type { MilvusResource } from '../../model'
import { configSection } from './mq'

export const SASL_PROTOCOLS: readonly string[] = ['SASL_PLAINTEXT', 'SASL_SSL']
export const SASL_KEYS = ['saslMechanisms', 'saslUsername', 'saslPassword'] as const
export const KAFKA_CONFIG = ['spec', 'config', 'kafka'] as const

/** The written securityProtocol ('' when absent or not a string). */
export function kafkaProtocol(r: MilvusResource): string {
  const value = configSection(r, 'kafka')?.securityProtocol
  return typeof value === 'string' ? value : ''
}

export function isSaslProtocol(r: MilvusResource): boolean {
  return SASL_PROTOCOLS.includes(kafkaProtocol(r))
}

/** A non-empty string (a literal credential someone typed). */
export function isFilled(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
}

export function hasKafkaSecretRef(r: MilvusResource): boolean {
  return isFilled(r.spec.dependencies?.kafka?.secretRef)
}

/**
 * The SASL credentials spec.config.kafka leaves empty while a SASL protocol needs them; none when
 * the protocol needs none or `dependencies.kafka.secretRef` supplies them.
 */
export function missingSaslCredentials(r: MilvusResource): ('saslUsername' | 'saslPassword')[] {
  if (!isSaslProtocol(r) || hasKafkaSecretRef(r)) return []
  const kafka = configSection(r, 'kafka') ?? {}
  return (['saslUsername', 'saslPassword'] as const).filter((k) => !isFilled(kafka[k]))
}
