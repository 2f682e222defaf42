import { describe, expect, it } from 'vitest'
import { pathToString } from './paths'
import { aCluster, aStandalone } from '../test/builders'
import { ignoredBlocks } from './ignoredBlocks'

const show = (r: Parameters<typeof ignoredBlocks>[0]) =>
  ignoredBlocks(r).map((b) => `${pathToString(b.path)}:${b.reason}`)

describe('ignoredBlocks', () => {
  it('flags a pulsar block while kafka is selected', () => {
    const r = aCluster({
      dependencies: {
        msgStreamType: 'kafka',
        kafka: { external: true, brokerList: ['k:9092'] },
        pulsar: { external: true, endpoint: 'p:6650' },
      },
    })
    expect(show(r)).toEqual(['spec.dependencies.pulsar:otherStore'])
  })

  it('uses the effective store when msgStreamType is absent (cluster -> pulsar)', () => {
    const r = aCluster({
      dependencies: { rocksmq: { persistence: { enabled: true } }, pulsar: {} },
    })
    expect(show(r)).toEqual(['spec.dependencies.rocksmq:otherStore'])
  })

  it('reports nothing for a clean resource', () => {
    expect(show(aStandalone())).toEqual([])
  })

  it('flags milvus.yaml sections of other queues and an overwritten mq.type', () => {
    const r = aStandalone({
      dependencies: { msgStreamType: 'rocksmq' },
      config: {
        kafka: { securityProtocol: 'SSL' },
        rocksmq: { lrucacheratio: 0.1 },
        mq: { type: 'pulsar' },
      },
    })
    expect(show(r)).toEqual(['spec.config.kafka:configDropped', 'spec.config.mq.type:overwritten'])
  })

  it('keeps config sections and mq.type for custom', () => {
    const r = aStandalone({
      dependencies: { msgStreamType: 'custom' },
      config: { kafka: {}, mq: { type: 'kafka' } },
    })
    expect(show(r)).toEqual([])
  })

  it('flags in-cluster values of an external store and an overwritten endpoint of an in-cluster one', () => {
    const ext = aCluster({
      dependencies: {
        msgStreamType: 'pulsar',
        pulsar: { external: true, endpoint: 'p:6650', inCluster: { chartVersion: 'pulsar-v3' } },
      },
    })
    expect(show(ext)).toEqual(['spec.dependencies.pulsar.inCluster:external'])
    const inCluster = aCluster({
      dependencies: { msgStreamType: 'kafka', kafka: { brokerList: ['x:9092'] } },
    })
    expect(show(inCluster)).toEqual(['spec.dependencies.kafka.brokerList:overwritten'])
  })

  it('flags embedded persistence of an external woodpecker', () => {
    const r = aStandalone({
      dependencies: {
        msgStreamType: 'woodpecker',
        woodpecker: { external: true, persistence: { enabled: true } },
      },
    })
    expect(show(r)).toEqual(['spec.dependencies.woodpecker.persistence:external'])
  })
})
