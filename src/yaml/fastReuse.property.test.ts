import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../presets'
import { setAtPath } from './edit'
import { parseBlockDocument, type BlockResult } from './fastBlock'
import { documentText, valuePaths } from './fastParse.arbitraries'
import { differingSpan, type PriorParse } from './fastReuse'
import { fastParseStats } from './fastStream'
import { rescanLines, scanLines, type FNode, type Lines } from './fastTree'
import { parseYaml, parseYamlSlow } from './parseYaml'

const DEPTH = 200

type Outcome = { ok: true; lines: Lines; result: BlockResult } | { ok: false }

function parse(text: string, prior?: PriorParse): Outcome {
  const lines = scanLines(text)
  if (!lines) return { ok: false }
  try {
    return { ok: true, lines, result: parseBlockDocument(lines, DEPTH, prior) }
  } catch {
    return { ok: false }
  }
}

function priorOf(before: Outcome & { ok: true }, text: string): PriorParse {
  return {
    lines: before.lines,
    root: before.result.root,
    duplicates: before.result.duplicates,
    ...differingSpan(before.lines.text, text),
  }
}

/** Every collection's JS value, to tell whether a parse took over objects of an earlier one. */
function collectionValues(n: FNode | null, out = new Set<unknown>()): Set<unknown> {
  if (!n || n.t === 's') return out
  out.add(n.v)
  if (n.t === 'm') for (const p of n.pairs) collectionValues(p.value, out)
  else for (const i of n.items) collectionValues(i, out)
  return out
}

const edit = fc.tuple(
  fc.nat(),
  fc.nat(12),
  fc.constantFrom(
    '',
    '1',
    'x',
    ' ',
    ':',
    '- ',
    '#',
    '\n',
    '\n  ',
    '\nk: v',
    '\n  k: v',
    '\n- a',
    '  ',
    '"',
    '[',
    '|',
    '\n\n',
    '\t',
    '\r\n',
    '\uFEFF',
  ),
)

function applyEdit(text: string, [at, del, ins]: [number, number, string]): string {
  const i = text.length === 0 ? 0 : at % (text.length + 1)
  return text.slice(0, i) + ins + text.slice(Math.min(text.length, i + del))
}

/** The character loop `differingSpan` replaces. */
function naiveSpan(a: string, b: string): { from: number; oldTo: number; newTo: number } {
  const max = Math.min(a.length, b.length)
  let from = 0
  while (from < max && a[from] === b[from]) from++
  let oldTo = a.length
  let newTo = b.length
  while (oldTo > from && newTo > from && a[oldTo - 1] === b[newTo - 1]) {
    oldTo--
    newTo--
  }
  return { from, oldTo, newTo }
}

describe('re-reading a document after an edit', () => {
  it('finds where two texts differ as a character loop does (seed 3, 3000 runs)', () => {
    const chars = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n') })
    fc.assert(
      fc.property(chars, fc.array(edit, { maxLength: 2 }), chars, (a, edits, other) => {
        const b = edits.length === 0 ? other : edits.reduce(applyEdit, a)
        expect(differingSpan(a, b)).toEqual(naiveSpan(a, b))
        expect(differingSpan(b, a)).toEqual(naiveSpan(b, a))
      }),
      { seed: 3, numRuns: 3000 },
    )
    expect(differingSpan('abcab', 'ab')).toEqual({ from: 2, oldTo: 5, newTo: 2 })
  })

  it('rescans the lines an edit touched to the same line table as a full scan (seed 5, 3000 runs)', () => {
    const text = fc.oneof(
      documentText,
      fc.string({ unit: fc.constantFrom('a', ' ', '\n', '#', '-', ':', '\t', '\r') }),
    )
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 3 }), (start, edits) => {
        let lines = scanLines(start)
        for (const e of edits) {
          if (!lines) return
          const next = applyEdit(lines.text, e)
          const rescanned = rescanLines(lines, next, differingSpan(lines.text, next))
          const fresh = scanLines(next)
          expect(rescanned, JSON.stringify(next)).toEqual(fresh)
          lines = fresh
        }
      }),
      { seed: 5, numRuns: 3000 },
    )
  })

  it('gives exactly a fresh parse, or fails where it fails (seed 16, 3000 runs of 3 edits)', () => {
    let tookOver = 0
    fc.assert(
      fc.property(documentText, fc.array(edit, { minLength: 1, maxLength: 3 }), (start, edits) => {
        let before = parse(start)
        let text = start
        for (const e of edits) {
          if (!before.ok) return
          text = applyEdit(text, e)
          const fresh = parse(text)
          const reused = parse(text, priorOf(before, text))
          expect(reused.ok, JSON.stringify(text)).toBe(fresh.ok)
          if (!fresh.ok || !reused.ok) return
          expect(reused.result, JSON.stringify(text)).toEqual(fresh.result)
          const earlier = collectionValues(before.result.root)
          if ([...collectionValues(reused.result.root)].some((v) => earlier.has(v))) tookOver++
          before = reused
        }
      }),
      { seed: 16, numRuns: 3000 },
    )
    // Not a vacuous comparison: many edits left collections to take over.
    expect(tookOver).toBeGreaterThan(500)
  })

  // The path the studio takes: form edits of a large resource read through parseYaml, which
  // takes over from the document it read before. Same answers as the yaml library.
  it('reads a sequence of form edits of a large resource as the yaml library does', () => {
    const base = PRESETS.find((p) => p.id === 'docs-pulsar-internal')?.yaml ?? ''
    // 120 more keys at the top of its first values block, indented as that block is.
    let text = base.replace(/^( *)values:\n/m, (line, pad: string) => {
      const keys = Array.from(
        { length: 120 },
        (_, i) => `${pad}  key${i}:\n${pad}    a: ${i}\n${pad}    b: [x, y]`,
      )
      return `${line}${keys.join('\n')}\n`
    })
    expect(text.length).toBeGreaterThan(4096)
    const edits: [readonly (string | number)[], unknown][] = [
      [['metadata', 'name'], 'renamed'],
      [['spec', 'components', 'proxy', 'replicas'], 3],
      [['spec', 'components', 'proxy', 'replicas'], 12],
      [['spec', 'mode'], 'cluster'],
      [['metadata', 'labels', 'team'], 'search'],
      [['spec', 'components', 'image'], 'milvusdb/milvus:v2.6.11'],
    ]
    const before = fastParseStats().reused
    for (const [path, value] of edits) {
      text = setAtPath(text, path, value)
      const fast = parseYaml(text)
      const slow = parseYamlSlow(text)
      const doc = fast.documents[0]
      expect(fast.parser).toBe('fast')
      expect(doc?.value).toEqual(slow.documents[0]?.value)
      for (const p of valuePaths(doc?.value))
        expect(doc?.rangeOf(p)).toEqual(slow.documents[0]?.rangeOf(p))
    }
    expect(fastParseStats().reused - before).toBeGreaterThanOrEqual(edits.length - 1)
  })
})
