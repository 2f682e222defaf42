import { describe, expect, it } from 'vitest'
import { aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire } from '../../test/ruleKit'
import { natsmqExperimental } from './natsmqExperimental'

const rule = natsmqExperimental
const nats = (image: string) =>
  aStandalone({ components: { image }, dependencies: { msgStreamType: 'natsmq' } })

describe('natsmq-experimental', () => {
  it.each([
    ['2.3.0', 'warning'],
    ['2.5.16', 'warning'],
    ['2.2.14', 'error'],
  ] as const)('reports natsmq on %s as %s', (tag, severity) => {
    const found = findingsOf(rule, nats(`milvusdb/milvus:v${tag}`))
    expect(found.map((f) => f.severity)).toEqual([severity])
  })

  itDoesNotFire(rule, [
    ['natsmq on 2.6 (another rule)', nats('milvusdb/milvus:v2.6.0')],
    [
      'rocksmq on 2.5',
      aStandalone({
        components: { image: 'milvusdb/milvus:v2.5.0' },
        dependencies: { msgStreamType: 'rocksmq' },
      }),
    ],
    ['an unreadable tag', nats('milvusdb/milvus:latest')],
    ['msgStreamType absent', aStandalone({ components: { image: 'milvusdb/milvus:v2.5.0' } })],
  ])
})
