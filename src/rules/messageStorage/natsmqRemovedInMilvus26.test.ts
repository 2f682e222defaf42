import { describe, expect, it } from 'vitest'
import { aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { natsmqRemovedInMilvus26 } from './natsmqRemovedInMilvus26'

const rule = natsmqRemovedInMilvus26
const nats = (components: Record<string, unknown> = {}) =>
  aStandalone({ components, dependencies: { msgStreamType: 'natsmq' } })

describe('natsmq-removed-in-milvus-2-6', () => {
  it.each([
    ['the default image (none pinned)', nats()],
    ['a pinned 2.6 image', nats({ image: 'milvusdb/milvus:v2.6.3' })],
    [
      'components.version 2.6 over a 2.5 tag',
      nats({ image: 'milvusdb/milvus:v2.5.4', version: '2.6.0' }),
    ],
    ['a master build', nats({ image: 'milvusdb/milvus:master-20250101' })],
  ])('fires for natsmq on %s', (_n, doc) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('error')
    expect(f?.message.en).toMatch(/no NATS support/)
  })

  itDoesNotFire(rule, [
    ['natsmq on 2.5', nats({ image: 'milvusdb/milvus:v2.5.16' })],
    ['rocksmq on 2.6', aStandalone({ dependencies: { msgStreamType: 'rocksmq' } })],
    ['msgStreamType absent', aStandalone()],
    ['an unreadable tag', nats({ image: 'milvusdb/milvus:latest' })],
  ])

  it('pins a 2.5 image of the same repository, and the version when one is written', () => {
    const [f] = findingsOf(rule, nats({ image: 'registry.local/milvus:v2.6.1', version: 'v2.6.1' }))
    expect(f?.fix?.patches).toEqual([
      { op: 'set', path: ['spec', 'components', 'image'], value: 'registry.local/milvus:v2.5.16' },
      { op: 'set', path: ['spec', 'components', 'version'], value: '2.5.16' },
    ])
  })

  it.each([
    ['default image', nats()],
    ['pinned version', nats({ version: '2.6.2' })],
  ])('its fix clears the finding (%s)', (_n, doc) => {
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })
})

describe('natsmq-removed-in-milvus-2-6 and the pod image', () => {
  it('is quiet when the standalone pod runs 2.5 although the global default is 2.6', () => {
    expect(findingsOf(rule, nats({ standalone: { image: 'milvusdb/milvus:v2.5.16' } }))).toEqual([])
  })

  it('fires when the standalone pod runs 2.6 and pins that image', () => {
    const [f] = findingsOf(
      rule,
      nats({ image: 'milvusdb/milvus:v2.5.16', standalone: { image: 'milvusdb/milvus:v2.6.2' } }),
    )
    expect(f?.fix?.patches).toEqual([
      {
        op: 'set',
        path: ['spec', 'components', 'standalone', 'image'],
        value: 'milvusdb/milvus:v2.5.16',
      },
    ])
  })
})
