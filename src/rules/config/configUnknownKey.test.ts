import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { HAS_SHARED, readReference } from '../../test/sharedReference'
import { aStandalone } from '../../test/builders'
import { findingsOf, remainingAfterFixes } from '../../test/ruleKit'
import { configUnknownKey } from './configUnknownKey'

const rule = configUnknownKey

describe('config-unknown-key', () => {
  it.each([
    [
      'common.security.authorizationEnable',
      { common: { security: { authorizationEnable: true } } },
      'authorizationEnabled',
    ],
    [
      'kafka.securityPolicy (a section milvus.yaml comments out)',
      { kafka: { securityPolicy: 'SASL_SSL' } },
      'securityProtocol',
    ],
    ['pulsar.adress', { pulsar: { adress: 'x' } }, 'address'],
    [
      'natsmq.server.maxPayloads (a section only the studio documents)',
      { natsmq: { server: { maxPayloads: 1 } } },
      'maxPayload',
    ],
    ['proxy.maxNameLenght', { proxy: { maxNameLenght: 300 } }, 'maxNameLength'],
  ])('warns about %s with a did-you-mean and a rename', (_n, config, guess) => {
    const [f] = findingsOf(rule, aStandalone({ config }))
    expect(f?.severity).toBe('warning')
    expect(f?.message.en).toContain(`did you mean ${guess}`)
    expect(f?.fix?.patches.at(-1)?.path.at(-1)).toBe(guess)
  })

  it('lists the keys of the section when nothing is close', () => {
    const [f] = findingsOf(rule, aStandalone({ config: { mq: { zzz: 1 } } }))
    expect(f?.path).toEqual(['spec', 'config', 'mq', 'zzz'])
    expect(f?.message.en).toMatch(/keys here: type/)
    expect(f?.fix).toBeUndefined()
  })

  it('moves a top-level section written one level too deep', () => {
    const doc = aStandalone({ config: { common: { tls: { serverPemPath: '/certs/server.pem' } } } })
    const [f] = findingsOf(rule, doc)
    expect(f?.message.en).toMatch(/tls is a top-level section/)
    expect(f?.fix?.patches).toContainEqual({
      op: 'set',
      path: ['spec', 'config', 'tls'],
      value: { serverPemPath: '/certs/server.pem' },
    })
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })

  it.each([
    [
      'known keys in every section',
      aStandalone({
        config: {
          log: { level: 'debug' },
          proxy: { maxTaskNum: 1024 },
          common: { security: { authorizationEnabled: true } },
        },
      }),
    ],
    [
      'the commented-out kafka section',
      aStandalone({ config: { kafka: { securityProtocol: 'SSL', ssl: { enabled: true } } } }),
    ],
    [
      'free-form librdkafka settings',
      aStandalone({ config: { kafka: { consumer: { 'fetch.max.bytes': 1 } } } }),
    ],
    ['user-named credentials', aStandalone({ config: { credential: { mykey: { apikey: 'x' } } } })],
    [
      'keys the operator writes',
      aStandalone({
        config: {
          rootCoord: { enableActiveStandby: true },
          dataCoord: { enableActiveStandby: true },
        },
      }),
    ],
    ['an empty config', aStandalone({ config: {} })],
    ['no config', aStandalone()],
  ])('does not fire for %s', (_n, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })

  it('its rename fix clears the finding', () => {
    expect(
      remainingAfterFixes(
        rule,
        aStandalone({ config: { common: { security: { authorizationEnable: true } } } }),
      ),
    ).toEqual([[]])
  })
})

describe.skipIf(!HAS_SHARED)('config-unknown-key on the real milvus.yaml', () => {
  it('finds nothing in the whole file Milvus ships', () => {
    const config = parse(readReference('milvus.yaml')) as Record<string, unknown>
    expect(findingsOf(rule, aStandalone({ config })).map((f) => f.path.slice(2).join('.'))).toEqual(
      [],
    )
  })
})

describe('configUnknownKey on a config with thousands of unknown keys', () => {
  it('lists the first 100 one by one and counts the rest in one finding on spec.config', () => {
    const config = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`notASetting${i}`, i]))
    const findings = findingsOf(rule, aStandalone({ config }))
    expect(findings.filter((f) => f.path.length > 2)).toHaveLength(100)
    const summary = findings.filter((f) => f.path.length === 2)
    expect(summary).toHaveLength(1)
    expect(summary[0]?.message.en).toMatch(/^150 more keys/)
  })
})
