import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { pulsarQuorumInvalid } from './pulsarQuorumInvalid'

const rule = pulsarQuorumInvalid
const pulsar = (values: Record<string, unknown>, chartVersion?: string) =>
  aCluster({
    dependencies: {
      msgStreamType: 'pulsar',
      pulsar: { inCluster: { values, ...(chartVersion ? { chartVersion } : {}) } },
    },
  })
const quorum = (e: string, w: string, a: string) => ({
  managedLedgerDefaultEnsembleSize: e,
  managedLedgerDefaultWriteQuorum: w,
  managedLedgerDefaultAckQuorum: a,
})

describe('pulsar-quorum-invalid', () => {
  it.each([
    [
      'one bookie with the v3 default quorum 2/2/2',
      pulsar({ bookkeeper: { replicaCount: 1 } }),
      ['managedLedgerDefaultEnsembleSize'],
    ],
    [
      'an ensemble above 3 bookies',
      pulsar({ broker: { configData: quorum('4', '2', '2') } }),
      ['managedLedgerDefaultEnsembleSize'],
    ],
    [
      'write quorum above ensemble',
      pulsar({ broker: { configData: quorum('2', '3', '2') } }),
      ['managedLedgerDefaultWriteQuorum'],
    ],
    [
      'ack quorum above write quorum',
      pulsar({ broker: { configData: quorum('3', '2', '3') } }),
      ['managedLedgerDefaultAckQuorum'],
    ],
  ])('fires for %s', (_n, doc, keys) => {
    const found = findingsOf(rule, doc)
    expect(found.map((f) => f.path.at(-1))).toEqual(keys)
    expect(found.every((f) => f.severity === 'error')).toBe(true)
  })

  itDoesNotFire(rule, [
    ['the chart defaults', pulsar({})],
    [
      'the docs example (1 bookie, 1/1/1)',
      pulsar({ bookkeeper: { replicaCount: 1 }, broker: { configData: quorum('1', '1', '1') } }),
    ],
    [
      'pulsar-v2 with one bookie and no quorum written',
      pulsar({ bookkeeper: { replicaCount: 1 } }, 'pulsar-v2'),
    ],
    [
      'external pulsar',
      aCluster({
        dependencies: {
          pulsar: {
            external: true,
            endpoint: 'p:6650',
            inCluster: { values: { bookkeeper: { replicaCount: 1 } } },
          },
        },
      }),
    ],
    [
      'pulsar not selected',
      aCluster({
        dependencies: {
          msgStreamType: 'kafka',
          pulsar: { inCluster: { values: { bookkeeper: { replicaCount: 1 } } } },
        },
      }),
    ],
  ])

  it('fits every quorum to the bookies in one fix', () => {
    const doc = pulsar({ bookkeeper: { replicaCount: 1 } })
    const [f] = findingsOf(rule, doc)
    expect(f?.fix?.patches).toHaveLength(3)
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })

  it('its order fix clears the finding', () => {
    expect(
      remainingAfterFixes(rule, pulsar({ broker: { configData: quorum('2', '3', '2') } })),
    ).toEqual([[]])
  })
})
