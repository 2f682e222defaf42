import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { embeddedStoreWithoutPersistence } from './embeddedStoreWithoutPersistence'
import { findingsOf, itDoesNotFire, itsFixClears } from '../../test/ruleKit'

const rule = embeddedStoreWithoutPersistence

describe('embedded-store-without-persistence', () => {
  it.each([
    [
      'rocksmq without a persistence block',
      aStandalone({ dependencies: { msgStreamType: 'rocksmq' } }),
      'rocksmq',
    ],
    [
      'natsmq with persistence disabled',
      aStandalone({
        components: { image: 'milvusdb/milvus:v2.5.4' },
        dependencies: { msgStreamType: 'natsmq', natsmq: { persistence: { enabled: false } } },
      }),
      'natsmq',
    ],
    [
      'the 2.5 default (rocksmq)',
      aStandalone({ components: { image: 'milvusdb/milvus:v2.5.16' } }),
      'rocksmq',
    ],
    [
      'woodpecker on local storage',
      aStandalone({ config: { woodpecker: { storage: { type: 'local' } } } }),
      'woodpecker',
    ],
  ])('warns for %s', (_n, doc, store) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.path).toEqual(['spec', 'dependencies', store, 'persistence', 'enabled'])
  })

  itDoesNotFire(rule, [
    [
      'rocksmq with persistence',
      aStandalone({
        dependencies: { msgStreamType: 'rocksmq', rocksmq: { persistence: { enabled: true } } },
      }),
    ],
    ['woodpecker on object storage (the default)', aStandalone()],
    ['pulsar', aCluster()],
    [
      'external woodpecker on local storage',
      aCluster({
        dependencies: { msgStreamType: 'woodpecker', woodpecker: { external: true } },
        config: { woodpecker: { storage: { type: 'local' } } },
      }),
    ],
  ])

  itsFixClears(rule, aStandalone({ dependencies: { msgStreamType: 'rocksmq' } }))
})
