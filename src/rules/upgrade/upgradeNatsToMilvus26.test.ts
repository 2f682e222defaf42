import { describe, expect, it } from 'vitest'
import { aStandalone } from '../../test/builders'
import { findingsOf, remainingAfterFixes } from '../../test/ruleKit'
import { upgradeNatsToMilvus26 } from './upgradeNatsToMilvus26'

const rule = upgradeNatsToMilvus26
const on = (store: 'natsmq' | 'rocksmq' | 'woodpecker', image?: string) =>
  aStandalone({
    dependencies: { msgStreamType: store },
    ...(image ? { components: { image } } : {}),
  })
const NATS_25 = on('natsmq', 'milvusdb/milvus:v2.5.16')

describe('upgrade-nats-to-milvus-2-6', () => {
  it.each([
    ['NATS still selected', on('natsmq', 'milvusdb/milvus:v2.6.11')],
    ['the store switched in the same edit', on('woodpecker', 'milvusdb/milvus:v2.6.11')],
    ['no image written (the default 2.6)', on('rocksmq')],
  ])('fires on the image line when %s, and "stay on 2.5" clears it', (_n, next) => {
    const found = findingsOf(rule, next, NATS_25)
    expect(found.map((f) => [f.path.join('.'), f.severity])).toEqual([
      ['spec.components.image', 'error'],
    ])
    expect(found[0]?.message.en).toContain('stay on v2.5.16')
    expect(found[0]?.message.ko).toMatch(/NATS/)
    expect(remainingAfterFixes(rule, next, NATS_25)).toEqual([[]])
  })

  it.each([
    ['no baseline', on('natsmq', 'milvusdb/milvus:v2.6.11'), undefined],
    [
      'a 2.5 patch release on NATS',
      on('natsmq', 'milvusdb/milvus:v2.5.16'),
      on('natsmq', 'milvusdb/milvus:v2.5.4'),
    ],
    [
      'a baseline on RocksMQ',
      on('rocksmq', 'milvusdb/milvus:v2.6.11'),
      on('rocksmq', 'milvusdb/milvus:v2.5.16'),
    ],
  ])('does not fire for %s', (_n, next, base) => {
    expect(findingsOf(rule, next, base)).toEqual([])
  })
})
