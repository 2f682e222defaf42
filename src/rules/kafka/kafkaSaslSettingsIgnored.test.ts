import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { kafkaSaslSettingsIgnored } from './kafkaSaslSettingsIgnored'
import { findingsOf, itDoesNotFire, itsFixClears } from '../../test/ruleKit'

const rule = kafkaSaslSettingsIgnored
const kafka = (cfg: Record<string, unknown>) =>
  aCluster({ dependencies: { msgStreamType: 'kafka' }, config: { kafka: cfg } })

describe('kafka-sasl-settings-ignored', () => {
  it.each([
    [
      'PLAINTEXT with the docs placeholders',
      kafka({
        securityProtocol: 'PLAINTEXT',
        saslMechanisms: 'PLAIN',
        saslUsername: '',
        saslPassword: '',
      }),
      3,
    ],
    ['SSL with a user', kafka({ securityProtocol: 'SSL', saslUsername: 'u' }), 1],
    ['no protocol with a mechanism', kafka({ saslMechanisms: 'PLAIN' }), 1],
  ])('warns for %s and removes them all at once', (_n, doc, count) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.fix?.patches).toHaveLength(count)
  })

  itDoesNotFire(rule, [
    [
      'SASL_SSL with settings',
      kafka({
        securityProtocol: 'SASL_SSL',
        saslMechanisms: 'PLAIN',
        saslUsername: 'u',
        saslPassword: 'p',
      }),
    ],
    ['PLAINTEXT alone', kafka({ securityProtocol: 'PLAINTEXT' })],
    ['kafka not selected', aCluster({ config: { kafka: { saslMechanisms: 'PLAIN' } } })],
    ['no kafka config', aCluster({ dependencies: { msgStreamType: 'kafka' } })],
  ])

  itsFixClears(
    rule,
    kafka({ securityProtocol: 'PLAINTEXT', saslMechanisms: 'PLAIN', saslPassword: '' }),
  )
})
