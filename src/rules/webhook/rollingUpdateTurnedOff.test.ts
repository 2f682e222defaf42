import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire, itsFixClears } from '../../test/ruleKit'
import { rollingUpdateTurnedOff } from './rollingUpdateTurnedOff'

const rule = rollingUpdateTurnedOff
const on = { enableRollingUpdate: true }

describe('rolling-update-turned-off', () => {
  it.each([
    ['rocksmq', aStandalone({ components: on, dependencies: { msgStreamType: 'rocksmq' } })],
    ['natsmq', aStandalone({ components: on, dependencies: { msgStreamType: 'natsmq' } })],
    [
      'the 2.5 default (rocksmq)',
      aStandalone({ components: { ...on, image: 'milvusdb/milvus:v2.5.16' } }),
    ],
  ])('warns that the operator turns it off for standalone %s', (_n, doc) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.path).toEqual(['spec', 'components', 'enableRollingUpdate'])
  })

  itDoesNotFire(rule, [
    ['woodpecker standalone (the 2.6 default)', aStandalone({ components: on })],
    [
      'rocksmq in cluster mode (another rule)',
      aCluster({ components: on, dependencies: { msgStreamType: 'rocksmq' } }),
    ],
    [
      'the flag false',
      aStandalone({
        components: { enableRollingUpdate: false },
        dependencies: { msgStreamType: 'rocksmq' },
      }),
    ],
    ['the flag absent', aStandalone({ dependencies: { msgStreamType: 'rocksmq' } })],
  ])

  itsFixClears(rule, aStandalone({ components: on, dependencies: { msgStreamType: 'rocksmq' } }))
})
