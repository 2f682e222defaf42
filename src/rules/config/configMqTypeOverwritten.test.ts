import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { configMqTypeOverwritten } from './configMqTypeOverwritten'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'

const rule = configMqTypeOverwritten

describe('config-mq-type-overwritten', () => {
  it.each([
    [
      'kafka under pulsar',
      aCluster({ dependencies: { msgStreamType: 'pulsar' }, config: { mq: { type: 'kafka' } } }),
    ],
    ['rocksmq under the default woodpecker', aStandalone({ config: { mq: { type: 'rocksmq' } } })],
    [
      'default under kafka',
      aCluster({ dependencies: { msgStreamType: 'kafka' }, config: { mq: { type: 'default' } } }),
    ],
  ])('warns for %s', (_n, doc) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.fix?.patches).toEqual([{ op: 'delete', path: ['spec', 'config', 'mq', 'type'] }])
  })

  itDoesNotFire(rule, [
    [
      'the same store',
      aCluster({ dependencies: { msgStreamType: 'kafka' }, config: { mq: { type: 'kafka' } } }),
    ],
    [
      'custom (the user owns mq.type)',
      aCluster({ dependencies: { msgStreamType: 'custom' }, config: { mq: { type: 'kafka' } } }),
    ],
    ['mq.type absent', aCluster({ config: { mq: { pursuitLag: 5 } } })],
  ])

  it('its fix clears the finding', () => {
    expect(remainingAfterFixes(rule, aStandalone({ config: { mq: { type: 'pulsar' } } }))).toEqual([
      [],
    ])
  })
})
