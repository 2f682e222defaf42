import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { HAS_SHARED, readReference } from '../../test/sharedReference'
import { aStandalone } from '../../test/builders'
import { configUnknownKey } from './configUnknownKey'
import { findingsOf, remainingAfterFixes } from '../../test/ruleKit'

const rule = configUnknownKey

describe('config-unknown-key', () => {
  it.each([
    ['kafka.securityPolicy', { kafka: { securityPolicy: 'SASL_SSL' } }, ['spec', 'config', 'kafka', 'securityPolicy'], 'securityProtocol'],
    ['pulsar.adress', { pulsar: { adress: 'x' } }, ['spec', 'config', 'pulsar', 'adress'], 'address'],
    ['natsmq.server.maxPayloads', { natsmq: { server: { maxPayloads: 1 } } }, ['spec', 'config', 'natsmq', 'server', 'maxPayloads'], 'maxPayload'],
  ])('warns about %s with a did-you-mean', (_n, config, path, guess) => {
    const [f] = findingsOf(rule, aStandalone({ config }))
    expect(f?.severity).toBe('warning')
    expect(f?.path).toEqual(path)
    expect(f?.message.en).toContain(`did you mean ${guess}`)
  })

  it('lists the known keys when nothing is close', () => {
    const [f] = findingsOf(rule, aStandalone({ config: { mq: { zzz: 1 } } }))
    expect(f?.message.en).toMatch(/known keys here: type/)
    expect(f?.fix).toBeUndefined()
  })

  it.each([
    ['known keys', aStandalone({ config: { kafka: { securityProtocol: 'SSL', ssl: { enabled: true } } } })],
    ['sections outside message storage', aStandalone({ config: { log: { level: 'debug' }, proxy: { anything: 1 } } })],
    ['free-form librdkafka settings', aStandalone({ config: { kafka: { consumer: { 'fetch.max.bytes': 1 } } } })],
    ['no config', aStandalone()],
  ])('does not fire for %s', (_n, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })

  it('its fix clears the finding', () => {
    expect(remainingAfterFixes(rule, aStandalone({ config: { kafka: { securityPolicy: 'SSL' } } }))).toEqual([[]])
  })
})

describe.skipIf(!HAS_SHARED)('config-unknown-key on the real milvus.yaml', () => {
  it('finds nothing in the message-storage sections Milvus itself ships', () => {
    const yaml = parse(readReference('milvus.yaml')) as Record<string, unknown>
    const config = Object.fromEntries(['mq', 'kafka', 'pulsar', 'rocksmq', 'natsmq', 'woodpecker'].filter((k) => k in yaml).map((k) => [k, yaml[k]]))
    expect(Object.keys(config).length).toBeGreaterThan(3)
    expect(findingsOf(rule, aStandalone({ config })).map((f) => f.path.slice(2).join('.'))).toEqual([])
  })
})
