import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { chartConfigDataStrings } from './chartConfigDataStrings'

const rule = chartConfigDataStrings
const pulsar = (values: Record<string, unknown>, chartVersion?: string) =>
  aCluster({
    dependencies: { pulsar: { inCluster: { values, ...(chartVersion ? { chartVersion } : {}) } } },
  })

describe('chart-config-data-strings', () => {
  it.each([
    ['a number', pulsar({ broker: { configData: { maxMessageSize: 10485760 } } }), '10485760'],
    [
      'a boolean (pulsar-v2)',
      pulsar({ bookkeeper: { configData: { autoRecoveryDaemonEnabled: false } } }, 'pulsar-v2'),
      'false',
    ],
  ])('fails on %s and quotes it', (_n, doc, text) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('error')
    expect(f?.fix?.patches).toEqual([{ op: 'set', path: f?.path, value: text }])
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })

  itDoesNotFire(rule, [
    [
      'strings',
      pulsar({ broker: { configData: { maxMessageSize: '10485760', PULSAR_MEM: '-Xms1g' } } }),
    ],
    ['numbers outside configData', pulsar({ broker: { replicaCount: 2 } })],
    ['a configData key under an unknown component', pulsar({ brokr: { configData: { a: 1 } } })],
    ['no values', aCluster()],
  ])
})
