import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { configSectionForOtherStore } from './configSectionForOtherStore'
import { findingsOf, itDoesNotFire, itsFixClears } from '../../test/ruleKit'

const rule = configSectionForOtherStore

describe('config-section-for-other-store', () => {
  it.each([
    [
      'pulsar settings under kafka',
      aCluster({ dependencies: { msgStreamType: 'kafka' }, config: { pulsar: { tenant: 't' } } }),
      ['pulsar'],
    ],
    [
      'kafka and rocksmq under pulsar',
      aCluster({ config: { kafka: { readTimeout: 5 }, rocksmq: { path: '/x' } } }),
      ['kafka', 'rocksmq'],
    ],
    [
      'natsmq under rocksmq',
      aStandalone({
        dependencies: { msgStreamType: 'rocksmq' },
        config: { natsmq: { server: {} } },
      }),
      ['natsmq'],
    ],
    [
      'woodpecker under pulsar',
      aCluster({ dependencies: { msgStreamType: 'pulsar' }, config: { woodpecker: { meta: {} } } }),
      ['woodpecker'],
    ],
  ])('warns about %s', (_n, doc, sections) => {
    expect(findingsOf(rule, doc).map((f) => f.path.at(-1))).toEqual(sections)
  })

  itDoesNotFire(rule, [
    [
      'the selected store section',
      aCluster({
        dependencies: { msgStreamType: 'kafka' },
        config: { kafka: { securityProtocol: 'SSL' } },
      }),
    ],
    [
      'custom (any section may matter)',
      aCluster({ dependencies: { msgStreamType: 'custom' }, config: { kafka: {}, pulsar: {} } }),
    ],
    [
      'non-store sections',
      aStandalone({ config: { log: { level: 'info' }, mq: { pursuitLag: 3 } } }),
    ],
    ['no config', aStandalone()],
  ])

  itsFixClears(
    rule,
    aCluster({ dependencies: { msgStreamType: 'kafka' }, config: { pulsar: { tenant: 't' } } }),
  )
})
