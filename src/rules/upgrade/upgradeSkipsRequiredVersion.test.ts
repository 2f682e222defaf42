import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { findingsOf, remainingAfterFixes } from '../../test/ruleKit'
import { upgradeSkipsRequiredVersion } from './upgradeSkipsRequiredVersion'

const rule = upgradeSkipsRequiredVersion
const standalone = (image?: string) =>
  aStandalone({
    dependencies: { msgStreamType: 'rocksmq' },
    ...(image ? { components: { image } } : {}),
  })
const cluster = (image: string, mixCoord = false) =>
  aCluster({
    dependencies: { msgStreamType: 'pulsar' },
    components: { image, ...(mixCoord ? { mixCoord: { replicas: 1 } } : {}) },
  })

describe('upgrade-skips-required-version', () => {
  it.each([
    ['2.4 -> 2.6', standalone('milvusdb/milvus:v2.4.9'), standalone('milvusdb/milvus:v2.6.11')],
    ['2.5.4 -> 2.6', standalone('milvusdb/milvus:v2.5.4'), standalone('milvusdb/milvus:v2.6.0')],
    // No image written: the operator's default image is 2.6.
    ['2.5.4 -> the default image', standalone('milvusdb/milvus:v2.5.4'), standalone()],
  ])(
    'fires on the image line for %s, and its fix (the 2.5.16 step) clears it',
    (_n, base, next) => {
      const found = findingsOf(rule, next, base)
      expect(found.map((f) => [f.path.join('.'), f.severity])).toEqual([
        ['spec.components.image', 'error'],
      ])
      expect(found[0]?.message.en).toContain('skips the required 2.5.16')
      expect(found[0]?.message.ko).toMatch(/건너뜁니다/)
      expect(remainingAfterFixes(rule, next, base)).toEqual([[]])
    },
  )

  it('fires for a cluster on 2.5.16 without mixCoord, and not once mixCoord runs', () => {
    const base = cluster('milvusdb/milvus:v2.5.16')
    const found = findingsOf(rule, cluster('milvusdb/milvus:v2.6.11'), base)
    expect(found.map((f) => f.message.en)).toEqual([expect.stringContaining('has no mixCoord')])
    expect(
      findingsOf(
        rule,
        cluster('milvusdb/milvus:v2.6.11'),
        cluster('milvusdb/milvus:v2.5.16', true),
      ),
    ).toEqual([])
  })

  it.each([
    ['no baseline', standalone('milvusdb/milvus:v2.6.11'), undefined],
    [
      '2.5.16 -> 2.6 standalone',
      standalone('milvusdb/milvus:v2.6.11'),
      standalone('milvusdb/milvus:v2.5.16'),
    ],
    [
      '2.5.4 -> 2.5.16',
      standalone('milvusdb/milvus:v2.5.16'),
      standalone('milvusdb/milvus:v2.5.4'),
    ],
    [
      '2.6.3 -> 2.6.11',
      standalone('milvusdb/milvus:v2.6.11'),
      standalone('milvusdb/milvus:v2.6.3'),
    ],
    ['a downgrade', standalone('milvusdb/milvus:v2.5.4'), standalone('milvusdb/milvus:v2.6.11')],
    [
      'an unreadable tag',
      standalone('milvusdb/milvus:latest'),
      standalone('milvusdb/milvus:v2.4.9'),
    ],
  ])('does not fire for %s', (_n, next, base) => {
    expect(findingsOf(rule, next, base)).toEqual([])
  })
})

describe('upgrade-skips-required-version on a written version', () => {
  it('points at spec.components.version, which wins over the image tag, and its fix sets both', () => {
    const base = aStandalone({ components: { image: 'milvusdb/milvus:v2.5.4', version: '2.5.4' } })
    const next = aStandalone({
      components: { image: 'milvusdb/milvus:v2.6.11', version: '2.6.11' },
    })
    expect(findingsOf(rule, next, base).map((f) => f.path.join('.'))).toEqual([
      'spec.components.version',
    ])
    expect(remainingAfterFixes(rule, next, base)).toEqual([[]])
  })
})
