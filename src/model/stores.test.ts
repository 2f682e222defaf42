import { describe, expect, it } from 'vitest'
import type { MsgStreamType } from './types'
import { aCluster, aStandalone } from '../test/builders'
import { allowedStores, storeAvailability } from './stores'

const img = (tag: string) => ({ components: { image: `milvusdb/milvus:${tag}` } })

describe('storeAvailability', () => {
  it.each<[string, ReturnType<typeof aStandalone>, MsgStreamType, boolean]>([
    ['rocksmq fits standalone', aStandalone(), 'rocksmq', true],
    ['rocksmq does not fit cluster', aCluster(), 'rocksmq', false],
    ['natsmq fits standalone 2.5', aStandalone(img('v2.5.4')), 'natsmq', true],
    ['natsmq does not fit the default 2.6 image', aStandalone(), 'natsmq', false],
    ['natsmq does not fit 2.2', aStandalone(img('v2.2.16')), 'natsmq', false],
    ['natsmq does not fit cluster 2.5', aCluster(img('v2.5.4')), 'natsmq', false],
    ['woodpecker fits 2.6 cluster', aCluster(), 'woodpecker', true],
    ['woodpecker does not fit 2.5', aStandalone(img('v2.5.4')), 'woodpecker', false],
    [
      'woodpecker fits a master build',
      aStandalone(img('master-20260101-abcdef')),
      'woodpecker',
      true,
    ],
    ['kafka does not fit 2.0', aCluster(img('v2.0.2')), 'kafka', false],
    ['kafka fits 2.1', aCluster(img('v2.1.0')), 'kafka', true],
    ['pulsar fits anywhere', aCluster(img('v2.0.2')), 'pulsar', true],
    ['custom fits anywhere', aStandalone(), 'custom', true],
  ])('%s', (_name, resource, type, ok) => {
    expect(storeAvailability(resource, type).ok).toBe(ok)
  })

  it('names every constraint with whether it is met', () => {
    const a = storeAvailability(aCluster(img('v2.6.1')), 'natsmq')
    expect(a.checks).toEqual([
      { constraint: 'standaloneOnly', met: false },
      { constraint: 'milvus23to25', met: false },
    ])
  })

  it('reports an unknown version as unknown, not as a failure', () => {
    const a = storeAvailability(aStandalone(img('latest')), 'woodpecker')
    expect(a).toEqual({ ok: true, checks: [{ constraint: 'milvus26plus', met: null }] })
  })

  it('lets components.version win over the image tag', () => {
    const r = aStandalone({ components: { image: 'milvusdb/milvus:v2.6.0', version: '2.5.8' } })
    expect(storeAvailability(r, 'natsmq').ok).toBe(true)
    expect(storeAvailability(r, 'woodpecker').ok).toBe(false)
  })
})

describe('allowedStores', () => {
  it('lists what a 2.5 cluster allows', () => {
    const all: MsgStreamType[] = ['rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker', 'custom']
    expect(allowedStores(aCluster(img('v2.5.4')), all)).toEqual(['pulsar', 'kafka', 'custom'])
  })
})
