import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire, itsFixClears } from '../../test/ruleKit'
import { woodpeckerNeedsMilvus26 } from './woodpeckerNeedsMilvus26'

const rule = woodpeckerNeedsMilvus26
const wp25 = {
  components: { image: 'milvusdb/milvus:v2.5.16' },
  dependencies: { msgStreamType: 'woodpecker' as const },
}

describe('woodpecker-needs-milvus-2-6', () => {
  it.each([
    ['standalone 2.5', aStandalone(wp25), 'rocksmq'],
    ['cluster 2.5', aCluster(wp25), 'pulsar'],
    [
      'version 2.4 over a 2.6 tag',
      aStandalone({
        components: { image: 'milvusdb/milvus:v2.6.0', version: '2.4.0' },
        dependencies: { msgStreamType: 'woodpecker' },
      }),
      'rocksmq',
    ],
  ])('fires for %s and suggests %s', (_n, doc, target) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('error')
    expect(f?.fix?.patches[0]).toMatchObject({ op: 'set', value: target })
  })

  itDoesNotFire(rule, [
    [
      'woodpecker on 2.6.0',
      aCluster({
        components: { image: 'milvusdb/milvus:v2.6.0' },
        dependencies: { msgStreamType: 'woodpecker' },
      }),
    ],
    [
      'woodpecker on the default image',
      aStandalone({ dependencies: { msgStreamType: 'woodpecker' } }),
    ],
    [
      'a dev build tag',
      aCluster({
        components: { image: 'harbor/milvus:feature-x' },
        dependencies: { msgStreamType: 'woodpecker' },
      }),
    ],
    [
      'msgStreamType absent on 2.5',
      aStandalone({ components: { image: 'milvusdb/milvus:v2.5.16' } }),
    ],
  ])

  itsFixClears(rule, aStandalone(wp25))
})

describe('woodpecker-needs-milvus-2-6 and the pod image', () => {
  it('catches the default woodpecker on a standalone pod pinned to 2.5 (the operator decides by the global image)', () => {
    const [f] = findingsOf(
      rule,
      aStandalone({ components: { standalone: { image: 'milvusdb/milvus:v2.5.16' } } }),
    )
    expect(f?.severity).toBe('error')
  })
})
