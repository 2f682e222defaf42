import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { customWithoutMqType } from './customWithoutMqType'
import { findingsOf, itDoesNotFire } from '../../test/ruleKit'

const rule = customWithoutMqType

describe('custom-without-mq-type', () => {
  it.each([
    [
      'standalone, no config',
      aStandalone({ dependencies: { msgStreamType: 'custom' } }),
      'rocksmq',
    ],
    [
      'cluster, mq.type default',
      aCluster({ dependencies: { msgStreamType: 'custom' }, config: { mq: { type: 'default' } } }),
      'pulsar',
    ],
    [
      'cluster, empty mq.type',
      aCluster({ dependencies: { msgStreamType: 'custom' }, config: { mq: { type: '' } } }),
      'pulsar',
    ],
  ])('fires for %s and names the fallback %s', (_n, doc, fallback) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.path).toEqual(['spec', 'config', 'mq', 'type'])
    expect(f?.message.en).toContain(fallback)
  })

  itDoesNotFire(rule, [
    [
      'custom with mq.type kafka',
      aCluster({ dependencies: { msgStreamType: 'custom' }, config: { mq: { type: 'kafka' } } }),
    ],
    ['pulsar without mq.type', aCluster({ dependencies: { msgStreamType: 'pulsar' } })],
    ['msgStreamType absent', aStandalone()],
  ])
})
