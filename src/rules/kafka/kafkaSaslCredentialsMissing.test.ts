import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { kafkaSaslCredentialsMissing } from './kafkaSaslCredentialsMissing'
import { findingsOf, itDoesNotFire } from '../../test/ruleKit'

const rule = kafkaSaslCredentialsMissing
const kafka = (cfg: Record<string, unknown>, secretRef?: string) =>
  aCluster({
    dependencies: {
      msgStreamType: 'kafka',
      kafka: { external: true, brokerList: ['k:9092'], ...(secretRef ? { secretRef } : {}) },
    },
    config: { kafka: cfg },
  })

describe('kafka-sasl-credentials-missing', () => {
  it.each([
    [
      'SASL_SSL with nothing',
      kafka({ securityProtocol: 'SASL_SSL' }),
      ['spec', 'dependencies', 'kafka', 'secretRef'],
    ],
    [
      'SASL_PLAINTEXT with empty strings',
      kafka({ securityProtocol: 'SASL_PLAINTEXT', saslUsername: '', saslPassword: '' }),
      ['spec', 'dependencies', 'kafka', 'secretRef'],
    ],
    [
      'a user without password',
      kafka({ securityProtocol: 'SASL_SSL', saslUsername: 'milvus' }),
      ['spec', 'config', 'kafka', 'saslPassword'],
    ],
  ])('fires for %s', (_n, doc, path) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('error')
    expect(f?.path).toEqual(path)
  })

  itDoesNotFire(rule, [
    [
      'literal credentials',
      kafka({ securityProtocol: 'SASL_SSL', saslUsername: 'u', saslPassword: 'p' }),
    ],
    ['a secretRef', kafka({ securityProtocol: 'SASL_SSL' }, 'kafka-sasl')],
    ['PLAINTEXT', kafka({ securityProtocol: 'PLAINTEXT' })],
    ['securityProtocol absent', kafka({})],
  ])
})
