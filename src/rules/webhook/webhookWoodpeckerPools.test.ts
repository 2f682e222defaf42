import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { findingsOf, itDoesNotFire } from '../../test/ruleKit'
import { webhookWoodpeckerPools } from './webhookWoodpeckerPools'

const rule = webhookWoodpeckerPools
const ext = (pools?: unknown) =>
  aCluster({
    dependencies: {
      msgStreamType: 'woodpecker',
      woodpecker: {
        external: true,
        ...(pools !== undefined ? { quorumBufferPools: pools as never } : {}),
      },
    },
  })

describe('webhook-woodpecker-pools', () => {
  it.each([
    ['no pools', ext(), ['spec.dependencies.woodpecker.quorumBufferPools should be configured']],
    [
      'an empty list',
      ext([]),
      ['spec.dependencies.woodpecker.quorumBufferPools should be configured'],
    ],
    [
      'a pool without name or seeds',
      ext([{ name: 'a', seeds: ['s:18080'] }, {}]),
      [
        'spec.dependencies.woodpecker.quorumBufferPools[1].name should be configured',
        'spec.dependencies.woodpecker.quorumBufferPools[1].seeds should be configured',
      ],
    ],
    [
      'a pool with empty seeds',
      ext([{ name: 'a', seeds: [] }]),
      ['spec.dependencies.woodpecker.quorumBufferPools[0].seeds should be configured'],
    ],
  ])('rejects %s with the operator text', (_n, doc, texts) => {
    const found = findingsOf(rule, doc)
    expect(found).toHaveLength(texts.length)
    texts.forEach((t, i) => expect(found[i]?.message.en).toContain(t))
  })

  itDoesNotFire(rule, [
    ['a complete pool', ext([{ name: 'default', seeds: ['wp-0:18080'] }])],
    ['embedded woodpecker', aCluster({ dependencies: { msgStreamType: 'woodpecker' } })],
    [
      'external woodpecker that is not selected',
      aCluster({ dependencies: { msgStreamType: 'pulsar', woodpecker: { external: true } } }),
    ],
  ])
})
