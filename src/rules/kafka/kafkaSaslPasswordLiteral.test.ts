import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { kafkaSaslPasswordLiteral } from './kafkaSaslPasswordLiteral'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'

const rule = kafkaSaslPasswordLiteral
const kafka = (cfg: Record<string, unknown>, secretRef?: string) =>
  aCluster({
    dependencies: {
      msgStreamType: 'kafka',
      kafka: { external: true, ...(secretRef ? { secretRef } : {}) },
    },
    config: { kafka: cfg },
  })

describe('kafka-sasl-password-literal', () => {
  it('suggests moving the credentials to a Secret named after the resource', () => {
    const [f] = findingsOf(
      rule,
      kafka({ securityProtocol: 'SASL_SSL', saslUsername: 'u', saslPassword: 's3cret' }),
    )
    expect(f?.severity).toBe('warning')
    expect(f?.fix?.patches).toContainEqual({
      op: 'set',
      path: ['spec', 'dependencies', 'kafka', 'secretRef'],
      value: 'my-milvus-kafka-sasl',
    })
    expect(JSON.stringify(f?.message)).not.toContain('s3cret')
  })

  it('asks to delete a literal the secretRef already overrides', () => {
    const [f] = findingsOf(rule, kafka({ saslPassword: 'p' }, 'kafka-sasl'))
    expect(f?.fix?.patches).toEqual([
      { op: 'delete', path: ['spec', 'config', 'kafka', 'saslPassword'] },
    ])
  })

  itDoesNotFire(rule, [
    ['an empty password', kafka({ saslPassword: '' })],
    ['a secretRef only', kafka({}, 'kafka-sasl')],
    ['no kafka config', aCluster()],
  ])

  it.each([
    ['move to Secret', kafka({ saslUsername: 'u', saslPassword: 'p' })],
    ['delete literal', kafka({ saslPassword: 'p' }, 'kafka-sasl')],
  ])('its fix clears the finding (%s)', (_n, doc) => {
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })
})
