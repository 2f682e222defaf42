import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { defaultStoreChoice } from './defaultStoreChoice'
import { findingsOf, itsFixClears } from '../../test/ruleKit'

const rule = defaultStoreChoice

describe('default-store-choice', () => {
  it.each([
    ['standalone on the default image', aStandalone(), 'woodpecker'],
    [
      'standalone on 2.5',
      aStandalone({ components: { image: 'milvusdb/milvus:v2.5.16' } }),
      'rocksmq',
    ],
    ['cluster on 2.6', aCluster(), 'pulsar'],
    ['cluster on 2.5', aCluster({ components: { image: 'milvusdb/milvus:v2.5.16' } }), 'pulsar'],
    ['an empty msgStreamType', aStandalone({ dependencies: { msgStreamType: '' } }), 'woodpecker'],
  ])('says what the operator picks for %s', (_n, doc, picked) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('info')
    expect(f?.fix?.patches).toEqual([
      { op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: picked },
    ])
  })

  it('offers no fix when another store has settings (that store was probably meant)', () => {
    const [f] = findingsOf(
      rule,
      aStandalone({ dependencies: { pulsar: { external: true, endpoint: 'p:6650' } } }),
    )
    expect(f?.message.en).toMatch(/woodpecker/)
    expect(f?.fix).toBeUndefined()
  })

  it('is quiet when msgStreamType is written', () => {
    expect(findingsOf(rule, aStandalone({ dependencies: { msgStreamType: 'rocksmq' } }))).toEqual(
      [],
    )
  })

  itsFixClears(rule, aCluster())
})
