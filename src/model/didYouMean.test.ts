import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHART_IDS, chartIndex } from './chartCatalogue'
import { plainDidYouMean } from '../test/plainDidYouMean'
import { createSuggester, didYouMean, editDistance, renameReason } from './didYouMean'
import { childKeys } from './lookup'
import { milvusConfigIndex } from './configCatalogue'

const keysAt = (path: string[]): readonly string[] => {
  const keys = childKeys(path)
  return Array.isArray(keys) ? keys : []
}

describe('renameReason', () => {
  it('explains streamNode -> streamingNode and nothing for other pairs', () => {
    expect(renameReason('streamNode', 'streamingNode')?.en).toContain('streaming node')
    expect(renameReason('streamNode', 'streamingMode')).toBeUndefined()
  })
})

describe('didYouMean', () => {
  it.each([
    ['endpoints', ['spec', 'dependencies', 'pulsar'], 'endpoint'],
    ['component', ['spec'], 'components'],
    ['dependency', ['spec'], 'dependencies'],
    ['msgstreamtype', ['spec', 'dependencies'], 'msgStreamType'],
    ['brokerlist', ['spec', 'dependencies', 'kafka'], 'brokerList'],
    ['extrenal', ['spec', 'dependencies', 'kafka'], 'external'],
    ['incluster', ['spec', 'dependencies', 'etcd'], 'inCluster'],
    ['replica', ['spec', 'components', 'proxy'], 'replicas'],
    ['imagUpdateMode', ['spec', 'components'], 'imageUpdateMode'],
  ])('%s under %j -> %s', (key, path, expected) => {
    expect(didYouMean(key, keysAt(path))).toBe(expected)
  })

  it.each([
    ['securityPolicy', ['securityProtocol', 'saslMechanisms', 'saslUsername'], 'securityProtocol'],
    ['resoureces', ['replicaCount', 'resources'], 'resources'],
    ['limit', ['limits', 'requests'], 'limits'],
    ['Cluster', ['cluster', 'standalone'], 'cluster'],
    // Equally far by edits; the shared suffix "node" decides.
    ['streamNode', ['streamingMode', 'streamingNode'], 'streamingNode'],
    ['queryNod', ['queryCoord', 'queryNode'], 'queryNode'],
  ])('%s in %j -> %s', (key, candidates, expected) => {
    expect(didYouMean(key, candidates)).toBe(expected)
  })

  it.each([
    ['endpoints', ['foo', 'bar']],
    ['zzzzzzzz', ['mode', 'components']],
    ['mode', ['mode', 'components']],
    ['x'.repeat(5000), ['x']],
  ])('gives nothing for %s', (key, candidates) => {
    expect(didYouMean(key, candidates)).toBeUndefined()
  })
})

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['a', '', 1],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['replcias', 'replicas', 1],
    ['abc', 'abc', 0],
  ] as const)('%s/%s -> %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
  })
})

/** Every key list the rules suggest from: each catalogue section of milvus.yaml and of every chart. */
function catalogueLists(): (readonly string[])[] {
  const lists: (readonly string[])[] = []
  for (const index of [milvusConfigIndex(), ...CHART_IDS.map((id) => chartIndex(id))]) {
    const parents = new Set(['', ...index.entries().map((e) => e.path)])
    for (const parent of parents) {
      const kids = index.children(parent).filter((k) => k !== '*')
      if (kids.length > 0) lists.push(kids)
    }
  }
  return lists
}

/** Typos of `name`: a swap, a dropped, doubled or changed letter, a case change, a suffix. */
const typoOf = (name: string) =>
  fc
    .tuple(fc.nat({ max: 63 }), fc.constantFrom('a', 'e', 'X', 's', '1', '-'), fc.nat({ max: 6 }))
    .map(([at, ch, how]) => {
      const i = name.length === 0 ? 0 : at % name.length
      switch (how) {
        case 0:
          return name.slice(0, i) + (name[i + 1] ?? '') + (name[i] ?? '') + name.slice(i + 2)
        case 1:
          return name.slice(0, i) + name.slice(i + 1)
        case 2:
          return name.slice(0, i) + ch + name.slice(i)
        case 3:
          return name.slice(0, i) + ch + name.slice(i + 1)
        case 4:
          return name.toUpperCase()
        case 5:
          return `${name}${at}`
        default:
          return name.slice(0, i) + ch + ch + name.slice(i + 2)
      }
    })

describe('createSuggester', () => {
  const lists = catalogueLists()

  it('has the catalogue sections to check against', () => {
    expect(lists.length).toBeGreaterThan(100)
  })

  it('suggests what the plain search suggests for typos of catalogue keys (seed 16)', () => {
    const listAndKey = fc
      .constantFrom(...lists)
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.oneof(fc.constantFrom(...list).chain(typoOf), fc.string({ maxLength: 24 })),
        ),
      )
    fc.assert(
      fc.property(listAndKey, ([list, key]) => {
        expect(createSuggester(list).suggest(key)).toBe(plainDidYouMean(key, list))
      }),
      { seed: 16, numRuns: 3000 },
    )
  })

  it('agrees with the plain search on short words of a small alphabet, where ties abound (seed 17)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A'), maxLength: 9 })
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.array(word, { maxLength: 20 }),
        (list, keys) => {
          const suggester = createSuggester(list)
          for (const key of keys) expect(suggester.suggest(key)).toBe(plainDidYouMean(key, list))
        },
      ),
      { seed: 17, numRuns: 2000 },
    )
  })

  it('answers one list many times with the same answers as a fresh one each time', () => {
    const list = lists.reduce((a, b) => (b.length > a.length ? b : a))
    const suggester = createSuggester(list)
    const keys = list.flatMap((k) => [`${k}s`, k.slice(1), k.toUpperCase(), `x${k}`])
    for (const key of keys) expect(suggester.suggest(key)).toBe(didYouMean(key, list))
    expect(suggester.has(list[0] ?? '')).toBe(true)
  })
})
