import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { findingsOf, itDoesNotFire } from '../../test/ruleKit'
import { webhookExternalEndpointRequired } from './webhookExternalEndpointRequired'

const rule = webhookExternalEndpointRequired

describe('webhook-external-endpoint-required', () => {
  it.each([
    [
      'kafka without brokerList',
      aCluster({ dependencies: { msgStreamType: 'kafka', kafka: { external: true } } }),
      'spec.dependencies.kafka.brokerList should be configured',
    ],
    [
      'kafka with an empty brokerList',
      aCluster({
        dependencies: { msgStreamType: 'kafka', kafka: { external: true, brokerList: [] } },
      }),
      'spec.dependencies.kafka.brokerList should be configured',
    ],
    [
      'pulsar without endpoint',
      aCluster({ dependencies: { msgStreamType: 'pulsar', pulsar: { external: true } } }),
      'spec.dependencies.pulsar.endpoint should be configured',
    ],
    [
      'default pulsar (cluster) without endpoint',
      aCluster({ dependencies: { pulsar: { external: true, endpoint: '' } } }),
      'spec.dependencies.pulsar.endpoint should be configured',
    ],
  ])('rejects %s', (_n, doc, text) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('error')
    expect(f?.message.en).toContain(text)
  })

  itDoesNotFire(rule, [
    [
      'kafka with brokers',
      aCluster({
        dependencies: { msgStreamType: 'kafka', kafka: { external: true, brokerList: ['k:9092'] } },
      }),
    ],
    [
      'pulsar with endpoint',
      aCluster({
        dependencies: { msgStreamType: 'pulsar', pulsar: { external: true, endpoint: 'p:6650' } },
      }),
    ],
    [
      'an unselected external pulsar (the webhook skips it)',
      aCluster({
        dependencies: {
          msgStreamType: 'kafka',
          kafka: { external: true, brokerList: ['k:9092'] },
          pulsar: { external: true },
        },
      }),
    ],
    ['in-cluster kafka', aCluster({ dependencies: { msgStreamType: 'kafka' } })],
  ])
})

describe('webhook-external-endpoint-required with values of the wrong type', () => {
  it('leaves a brokerList written as one string to schema-value', () => {
    const doc = aCluster({
      dependencies: {
        msgStreamType: 'kafka',
        kafka: { external: true, brokerList: 'k:9092' as never },
      },
    })
    expect(findingsOf(rule, doc)).toEqual([])
  })
})
