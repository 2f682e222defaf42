import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CHART_IDS,
  chartIndex,
  isRecord,
  milvusConfigIndex,
  type KeyIndex,
  type SpecPath,
} from '../../model'
import type { Dict } from './read'
import { keyNodes, resolvedKeys, visitKeys } from './walkKeys'

/** The plain recursive walk the flat list replaces: visit returns whether to descend. */
function recursiveWalk(
  node: Dict,
  path: SpecPath,
  visit: (key: string, value: unknown, path: SpecPath) => boolean,
  depth = 0,
): void {
  if (depth > 12) return
  for (const [key, value] of Object.entries(node)) {
    const here = [...path, key]
    if (visit(key, value, here) && isRecord(value)) recursiveWalk(value, here, visit, depth + 1)
  }
}

const tree: fc.Arbitrary<Dict> = fc.letrec<{ node: Dict; value: unknown }>((tie) => ({
  node: fc.dictionary(fc.constantFrom('a', 'b', 'image', 'values', 'x'), tie('value'), {
    maxKeys: 4,
  }),
  value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), tie('node')),
})).node

describe('keyNodes / visitKeys', () => {
  it('visits what a recursive walk visits, in the same order, with the same skips (seed 77)', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 3 }), (root, mod) => {
        // Skip the subtree of every key whose name length has this remainder.
        const descend = (key: string): boolean => key.length % 4 !== mod
        const expected: string[] = []
        recursiveWalk(root, ['spec', 'config'], (key, _v, here) => {
          expected.push(here.join('.'))
          return descend(key)
        })
        const seen: string[] = []
        visitKeys(keyNodes(root, ['spec', 'config']), (node) => {
          seen.push(node.path.join('.'))
          return descend(node.key)
        })
        expect(seen).toEqual(expected)
      }),
      { seed: 77, numRuns: 300 },
    )
  })

  it('gives each key its parent, its path below the map and the end of its subtree', () => {
    const root = { a: { b: 1, c: { d: 2 } }, e: 3 }
    const nodes = keyNodes(root, ['spec', 'config'])
    expect(nodes.map((n) => [n.rel.join('.'), n.end])).toEqual([
      ['a', 4],
      ['a.b', 2],
      ['a.c', 4],
      ['a.c.d', 4],
      ['e', 5],
    ])
    expect(nodes[3]?.parent).toBe(root.a.c)
    expect(nodes[3]?.path).toEqual(['spec', 'config', 'a', 'c', 'd'])
  })

  it('stops listing 13 levels below the map, as the rules always have', () => {
    let deep: Dict = { leaf: 1 }
    for (let i = 0; i < 20; i++) deep = { k: deep }
    const depths = keyNodes(deep, []).map((n) => n.rel.length)
    expect(Math.max(...depths)).toBe(13)
  })
})

/** A map holding every catalogue path (a `*` row as two names), with unknown keys beside each. */
function catalogueTree(index: KeyIndex): Dict {
  const root: Dict = {}
  for (const { path, type } of index.entries()) {
    for (const concrete of [path.replaceAll('*', 'anyName'), path.replaceAll('*', 'other')]) {
      let at = root
      const segs = concrete.split('.')
      segs.forEach((seg, i) => {
        if (i === segs.length - 1) {
          if (!isRecord(at[seg])) at[seg] = type === 'o' ? { typo: 1 } : { nested: { deeper: 1 } }
          return
        }
        if (!isRecord(at[seg])) at[seg] = {}
        at = at[seg] as Dict
        at.typo = { inner: 1 }
      })
    }
  }
  return root
}

describe('resolvedKeys', () => {
  const indexes: [string, KeyIndex][] = [
    ['milvus.yaml', milvusConfigIndex()],
    ...CHART_IDS.map((id): [string, KeyIndex] => [id, chartIndex(id)]),
  ]
  it.each(indexes)(
    'answers for %s what a resolve from the top answers, for every key',
    (_n, index) => {
      const keys = resolvedKeys(catalogueTree(index), ['values'], index)
      expect(keys.nodes.length).toBeGreaterThan(10)
      keys.nodes.forEach((node, i) => {
        expect(keys.resolve(i), node.rel.join('.')).toEqual(index.resolve(node.rel))
      })
    },
  )
})
