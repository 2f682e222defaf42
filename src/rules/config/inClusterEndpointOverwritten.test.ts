import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { inClusterEndpointOverwritten } from './inClusterEndpointOverwritten'
import { findingsOf, itDoesNotFire, itsFixClears } from '../../test/ruleKit'

const rule = inClusterEndpointOverwritten

describe('in-cluster-endpoint-overwritten', () => {
  it.each([
    [
      'in-cluster kafka with brokerList',
      aCluster({ dependencies: { msgStreamType: 'kafka', kafka: { brokerList: ['k:9092'] } } }),
      'brokerList',
    ],
    [
      'in-cluster pulsar (default) with endpoint',
      aCluster({ dependencies: { pulsar: { endpoint: 'p:6650', external: false } } }),
      'endpoint',
    ],
  ])('warns for %s', (_n, doc, field) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.path.at(-1)).toBe(field)
  })

  itDoesNotFire(rule, [
    [
      'external kafka',
      aCluster({
        dependencies: { msgStreamType: 'kafka', kafka: { external: true, brokerList: ['k:9092'] } },
      }),
    ],
    [
      'an unselected pulsar block',
      aCluster({ dependencies: { msgStreamType: 'kafka', pulsar: { endpoint: 'p:6650' } } }),
    ],
    [
      'an empty brokerList',
      aCluster({ dependencies: { msgStreamType: 'kafka', kafka: { brokerList: [] } } }),
    ],
    ['no dependencies', aCluster()],
  ])

  itsFixClears(rule, aCluster({ dependencies: { pulsar: { endpoint: 'p:6650' } } }))
})
