import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SpecPath } from '../model/types'
import { PRESETS } from '../presets'
import { HAS_SHARED, listSamples, readSample, SKIP_REASON } from '../test/sharedReference'
import { damaged, valuePaths, yamlStream } from './fastParse.arbitraries'
import { fastParseStats } from './fastStream'
import { parseYaml, parseYamlSlow } from './parseYaml'
import type { ParsedStream } from './types'

/** Thousands of runs on a shared 2-core machine: generous, since speed is not what these test. */
const PROPERTY_TIMEOUT = 180_000

const ABSENT: SpecPath[] = [['nope'], ['spec', 'nope', 'deeper'], [0, 'x'], ['a', 'b', 'c', 'd']]

/** Everything a consumer can read from a parse: values, problems, document and path ranges. */
function observe(s: ParsedStream): unknown {
  return {
    errors: s.errors,
    documents: s.documents.map((d) => ({
      index: d.index,
      value: d.value,
      errors: d.errors,
      warnings: d.warnings,
      range: d.range,
      paths: [...valuePaths(d.value), ...ABSENT].map((p) => [p, d.rangeOf(p), d.keyRangeOf(p)]),
    })),
  }
}

function expectSame(text: string): ParsedStream {
  const fast = parseYaml(text)
  expect(observe(fast), JSON.stringify(text)).toEqual(observe(parseYamlSlow(text)))
  return fast
}

describe('fast parser: equivalence with the yaml library', () => {
  it(
    'reads every generated subset document the same way (seed 20261128, 3000 runs)',
    () => {
      let fastRuns = 0
      fc.assert(
        fc.property(yamlStream, (text) => {
          const slow = parseYamlSlow(text)
          expect(
            slow.documents.flatMap((d) => d.errors.filter((e) => e.code !== 'yaml-duplicate-key')),
          ).toEqual([])
          if (expectSame(text).parser === 'fast') fastRuns++
        }),
        { seed: 20261128, numRuns: 3000 },
      )
      // The generator stays inside the subset; the few fallbacks are comment layouts around a
      // document's final empty value or between nested collections, which the fast path leaves alone.
      expect(fastRuns).toBeGreaterThan(2500)
    },
    PROPERTY_TIMEOUT,
  )

  it(
    'gives the same answer or falls back on damaged text (seed 77, 3000 runs)',
    () => {
      const before = fastParseStats()
      fc.assert(
        fc.property(damaged, (text) => {
          const fast = expectSame(text)
          if (fast.parser === 'fast')
            expect(parseYamlSlow(text).documents.every((d) => d.warnings.length === 0)).toBe(true)
        }),
        { seed: 77, numRuns: 3000 },
      )
      // Both paths must actually run in this property, or it proves little.
      expect(fastParseStats().fast).toBeGreaterThan(before.fast + 300)
      expect(fastParseStats().fallback).toBeGreaterThan(before.fallback + 300)
    },
    PROPERTY_TIMEOUT,
  )

  it('reads every preset on the fast path, identically', () => {
    for (const p of PRESETS) expect(expectSame(p.yaml).parser, p.id).toBe('fast')
  })
})

describe.skipIf(!HAS_SHARED)(
  `fast parser on the operator samples (${HAS_SHARED ? 'reference present' : SKIP_REASON})`,
  () => {
    it('reads every sample as the library does, most on the fast path', () => {
      const parsers = listSamples().map((name) => expectSame(readSample(name)).parser)
      expect(parsers.filter((p) => p === 'fast').length).toBeGreaterThan(parsers.length / 2)
    })
  },
)

describe('fast parser: what it leaves to the library', () => {
  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a complex key', '? [a, b]\n: 1\n'],
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a syntax error', 'a: 1\n  b: 2\n'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['a prototype key', '__proto__: {x: 1}\n'],
    ['nested flow', 'a: [[1], {b: 2}]\n'],
    ['a comment after a block scalar header', 'a: | # c\n  x\n'],
  ])('falls back on %s, with the same result', (_name, text) => {
    expect(expectSame(text).parser).toBe('yaml')
  })

  it('falls back when a limit is hit, so the library reports it', () => {
    const deep =
      'a:\n' + Array.from({ length: 8 }, (_, i) => ' '.repeat(2 * i + 2) + 'k:').join('\n') + ' 1\n'
    const s = parseYaml(deep, { maxDepth: 4 })
    expect(s.parser).toBe('yaml')
    expect(s.documents[0]?.errors[0]?.code).toBe('yaml-limit')
    expect(parseYaml('a: 1\n---\nb: 2\n---\nc: 3\n', { maxDocuments: 2 }).parser).toBe('yaml')
  })
})

describe('fast parser: paths in large maps', () => {
  // Maps of more than 16 pairs are indexed on their first lookup; the answers must stay those of
  // the library path, including a key written twice whose later value lacks the deeper path.
  const many = (from: number): string =>
    Array.from({ length: 20 }, (_, i) => `k${from + i}:\n  v: ${i}`).join('\n')
  const text = `${many(0)}\ndup:\n  deep: 1\n${many(20)}\ndup:\n  other: 2\n${many(40)}\n`
  it.each([
    [['dup', 'deep']],
    [['dup', 'other']],
    [['dup']],
    [['k7', 'v']],
    [['k55']],
    [['k55', 'nope']],
    [['nope', 'v']],
  ] as SpecPath[][])('%j is placed as the library places it', (path) => {
    const fast = parseYaml(text)
    const slow = parseYamlSlow(text)
    expect(fast.parser).toBe('fast')
    const [f, l] = [fast.documents[0], slow.documents[0]]
    expect(f?.rangeOf(path)).toEqual(l?.rangeOf(path))
    expect(f?.keyRangeOf(path)).toEqual(l?.keyRangeOf(path))
  })
})

describe('fast parser: per-document cache', () => {
  it('re-parses only the document an edit touched, with positions of the others shifted', () => {
    const doc = (n: number): string =>
      `kind: ConfigMap\nmetadata:\n  name: cm-${n}\ndata:\n  key: value-${n}\n`
    const docs = [doc(1), doc(2), doc(3)]
    parseYaml(docs.join('---\n'))
    const before = fastParseStats().parsedDocuments
    docs[0] =
      'kind: ConfigMap\n# a new comment line moves the other documents down\nmetadata:\n  name: cm-1b\n'
    const text = docs.join('---\n')
    const s = expectSame(text)
    expect(fastParseStats().parsedDocuments - before).toBe(1)
    expect(s.documents[2]?.rangeOf(['data', 'key'])?.range.start.line).toBe(
      text.split('\n').indexOf('  key: value-3') + 1,
    )
  })
})
