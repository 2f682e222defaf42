import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { kafkaReplicationTooHigh } from './kafkaReplicationTooHigh'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'

const rule = kafkaReplicationTooHigh
const kafka = (values: Record<string, unknown>) =>
  aCluster({ dependencies: { msgStreamType: 'kafka', kafka: { inCluster: { values } } } })

describe('kafka-replication-too-high', () => {
  it.each([
    [
      'one broker with the default factors of 3',
      kafka({ replicaCount: 1 }),
      ['defaultReplicationFactor', 'offsetsTopicReplicationFactor'],
    ],
    [
      'a factor above the default 3 brokers',
      kafka({ defaultReplicationFactor: 4 }),
      ['defaultReplicationFactor'],
    ],
    [
      'a transaction factor above the brokers',
      kafka({
        replicaCount: 2,
        defaultReplicationFactor: 2,
        offsetsTopicReplicationFactor: 2,
        transactionStateLogReplicationFactor: '3',
      }),
      ['transactionStateLogReplicationFactor'],
    ],
  ])('fires for %s', (_n, doc, keys) => {
    const found = findingsOf(rule, doc)
    expect(found.map((f) => f.path.at(-1))).toEqual(keys)
  })

  itDoesNotFire(rule, [
    ['the chart defaults', kafka({})],
    [
      'the low-cost sample (1 broker, factors 1)',
      kafka({ replicaCount: 1, defaultReplicationFactor: 1, offsetsTopicReplicationFactor: 1 }),
    ],
    [
      'external kafka',
      aCluster({
        dependencies: {
          msgStreamType: 'kafka',
          kafka: {
            external: true,
            brokerList: ['k:9092'],
            inCluster: { values: { replicaCount: 1 } },
          },
        },
      }),
    ],
    [
      'kafka not selected',
      aCluster({ dependencies: { kafka: { inCluster: { values: { replicaCount: 1 } } } } }),
    ],
  ])

  it('its fixes clear the findings', () => {
    expect(remainingAfterFixes(rule, kafka({ replicaCount: 1 }))).toEqual([[], []])
  })
})
