import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { kafkaVersionNotes } from './kafkaVersionNotes'
import { findingsOf, itDoesNotFire } from '../../test/ruleKit'

const rule = kafkaVersionNotes

describe('kafka-version-notes', () => {
  it.each([
    [
      'external brokers',
      aCluster({
        dependencies: { msgStreamType: 'kafka', kafka: { external: true, brokerList: ['k:9092'] } },
      }),
      ['external'],
    ],
    [
      'a secretRef',
      aCluster({ dependencies: { msgStreamType: 'kafka', kafka: { secretRef: 's' } } }),
      ['secretRef'],
    ],
    [
      'SASL without secretRef',
      aCluster({
        dependencies: { msgStreamType: 'kafka' },
        config: { kafka: { securityProtocol: 'SASL_SSL' } },
      }),
      ['securityProtocol'],
    ],
  ])('gives info for %s', (_n, doc, last) => {
    const found = findingsOf(rule, doc)
    expect(found.map((f) => f.path.at(-1))).toEqual(last)
    expect(found.every((f) => f.severity === 'info')).toBe(true)
  })

  itDoesNotFire(rule, [
    ['in-cluster kafka without SASL', aCluster({ dependencies: { msgStreamType: 'kafka' } })],
    ['pulsar', aCluster({ dependencies: { kafka: { external: true } } })],
    ['no dependencies', aCluster()],
  ])
})
