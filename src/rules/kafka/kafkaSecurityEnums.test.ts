import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { kafkaSecurityEnums } from './kafkaSecurityEnums'
import { findingsOf, itDoesNotFire, itsFixClears } from '../../test/ruleKit'

const rule = kafkaSecurityEnums
const kafka = (cfg: Record<string, unknown>) =>
  aCluster({ dependencies: { msgStreamType: 'kafka' }, config: { kafka: cfg } })

describe('kafka-security-enums', () => {
  it.each([
    [
      'a lower-case protocol',
      { securityProtocol: 'sasl_ssl' },
      'securityProtocol',
      'SASL_SSL',
      'unspported security protocol: sasl_ssl',
    ],
    [
      'a dash instead of underscore',
      { securityProtocol: 'SASL-PLAINTEXT' },
      'securityProtocol',
      'SASL_PLAINTEXT',
      'unspported security protocol',
    ],
    [
      'a misspelt mechanism',
      { saslMechanisms: 'SCRAM-SHA256' },
      'saslMechanisms',
      'SCRAM-SHA-256',
      'unspported SASL mechanism: SCRAM-SHA256',
    ],
  ])('rejects %s and suggests the right spelling', (_n, cfg, key, guess, text) => {
    const [f] = findingsOf(rule, kafka(cfg))
    expect(f?.severity).toBe('error')
    expect(f?.path).toEqual(['spec', 'config', 'kafka', key])
    expect(f?.message.en).toContain(text)
    expect(f?.fix?.patches).toEqual([
      { op: 'set', path: ['spec', 'config', 'kafka', key], value: guess },
    ])
  })

  it('rejects a value with no close match without a fix', () => {
    const [f] = findingsOf(rule, kafka({ securityProtocol: 'KERBEROS' }))
    expect(f?.fix).toBeUndefined()
  })

  itDoesNotFire(rule, [
    ['valid values', kafka({ securityProtocol: 'SASL_SSL', saslMechanisms: 'SCRAM-SHA-512' })],
    ['empty values', kafka({ securityProtocol: '', saslMechanisms: '' })],
    [
      'a kafka section under pulsar (another rule)',
      aCluster({ config: { kafka: { securityProtocol: 'bogus' } } }),
    ],
    ['no kafka config', aCluster({ dependencies: { msgStreamType: 'kafka' } })],
  ])

  itsFixClears(rule, kafka({ securityProtocol: 'ssl' }))
})
