import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import kafka from '../test/fixtures/clusterKafka.yaml?raw'
import { HAS_SHARED, listSamples, readSample, SKIP_REASON } from '../test/sharedReference'
import type { SpecPath } from '../model/types'
import { deleteAtPath, setAtPath } from './edit'
import { changedLines, commentLines } from './editOracle'
import { parseYaml } from './parseYaml'
import { serializeYaml } from './serializeYaml'
import type { ParsedDocument } from './types'
import { getInValue } from './valuePath'

const AWKWARD = [
  'on',
  'off',
  'yes',
  'no',
  'y',
  'N',
  'null',
  '~',
  'true',
  'True',
  '1',
  '0x1f',
  '0o17',
  '012',
  '1_000',
  '.5',
  '2.6',
  '1e3',
  'a:b',
  'a: b',
  '# x',
  'x #y',
  '',
  ' ',
  ' lead',
  'trail ',
  '- a',
  '? q',
  '*a',
  '&b',
  '!t',
  '%p',
  '@x',
  '`b',
  '{}',
  '[]',
  '---',
  '...',
  'multi\nline',
  'tab\tin',
  '"',
  "'",
  '\\',
  '한국어 키',
  'メッセージ',
  '😀',
  '\u0000',
  '\uD800',
]
const key = fc
  .oneof(
    fc.constantFrom(...AWKWARD),
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary', maxLength: 6 }),
  )
  .filter((k) => k !== '__proto__')
const scalar = fc.oneof(
  key,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
)
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('tree'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('tree'), { maxKeys: 5, noNullPrototype: true }),
}))
const resource = fc.dictionary(key, tree, { maxKeys: 6, noNullPrototype: true })

describe('serializeYaml then parseYaml', () => {
  it('gives back every generated value (seed 42, 3000 runs)', () => {
    fc.assert(
      fc.property(resource, (v) => {
        const [doc] = parseYaml(serializeYaml(v)).documents
        expect(doc?.errors).toEqual([])
        expect(doc?.value).toEqual(v)
      }),
      { seed: 42, numRuns: 3000 },
    )
  }, 60_000)
})

// ---- the edit oracle: which lines of the old text an edit may touch ----

interface Span {
  readonly lo: number
  readonly hi: number
}
const EVERYTHING: Span = { lo: 0, hi: Number.MAX_SAFE_INTEGER }

function spanOf(doc: ParsedDocument, path: SpecPath): Span {
  if (path.length === 0) return EVERYTHING
  const value = doc.rangeOf(path)?.range
  const keyStart = doc.keyRangeOf(path)?.start.line
  return { lo: (keyStart ?? value?.start.line ?? 1) - 1, hi: (value?.end.line ?? 1) - 1 }
}

/** The outermost flow collection on the path is rewritten as a whole. */
function flowAncestor(text: string, doc: ParsedDocument, path: SpecPath): SpecPath | undefined {
  for (let n = 1; n <= path.length; n++) {
    const at = doc.rangeOf(path.slice(0, n))
    if (!at?.exact) return undefined
    const c = text[at.range.start.offset]
    if (c === '{' || c === '[') return path.slice(0, n)
  }
  return undefined
}

function allPaths(v: unknown, prefix: SpecPath = [], out: SpecPath[] = []): SpecPath[] {
  if (Array.isArray(v))
    v.forEach((x: unknown, i) => {
      out.push([...prefix, i])
      allPaths(x, [...prefix, i], out)
    })
  else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      out.push([...prefix, k])
      allPaths(x, [...prefix, k], out)
    }
  }
  return out
}

const editArb = fc.record({
  kind: fc.constantFrom('set', 'set', 'delete', 'insertItem', 'addKey'),
  pick: fc.nat(),
  value: fc.oneof(scalar, tree),
  key,
})
type EditSeed = typeof editArb extends fc.Arbitrary<infer T> ? T : never

interface Planned {
  readonly path: SpecPath
  readonly op: 'set' | 'delete'
  readonly span: Span
}

function plan(text: string, seed: EditSeed): Planned {
  const doc = parseYaml(text).documents[0] as ParsedDocument
  const paths = allPaths(doc.value)
  const lists = [...paths].filter((p) => Array.isArray(getInValue(doc.value, p)))
  const maps = [[], ...paths].filter((p) => {
    const v = getInValue(doc.value, p)
    return typeof v === 'object' && v !== null && !Array.isArray(v)
  })
  let path: SpecPath
  let parentSpan: SpecPath | undefined
  if (seed.kind === 'insertItem' && lists.length > 0) {
    const list = lists[seed.pick % lists.length] as SpecPath
    path = [...list, (getInValue(doc.value, list) as unknown[]).length]
    parentSpan = list
  } else if (seed.kind === 'addKey' || paths.length === 0) {
    const map = maps[seed.pick % maps.length] as SpecPath
    path = [...map, seed.key]
    parentSpan = map
  } else {
    path = paths[seed.pick % paths.length] as SpecPath
    if (seed.kind === 'delete') {
      const parent = path.slice(0, -1)
      const siblings = getInValue(doc.value, parent) as object
      if (Object.keys(siblings).length === 1) parentSpan = parent
    }
  }
  const op = seed.kind === 'delete' && paths.length > 0 ? 'delete' : 'set'
  // A deleted node's own style does not matter; only a flow parent is rewritten whole.
  const flow = flowAncestor(text, doc, op === 'delete' ? path.slice(0, -1) : path)
  const spanPath = flow ?? parentSpan ?? path
  const span = spanOf(doc, spanPath)
  // Deleting the first entry of a compact item (`- - x` or `- a: 1`) pulls the next one up.
  const start = doc.keyRangeOf(spanPath)?.start ?? doc.rangeOf(spanPath)?.range.start
  const lead = start ? text.slice(start.offset - start.col + 1, start.offset) : ''
  const compact = op === 'delete' && lead.includes('-')
  return { path, op, span: compact ? { lo: span.lo, hi: span.hi + 1 } : span }
}

/** Checks the changed lines lie inside the span; returns the comment lines the edit may drop. */
function checkLocal(before: string, after: string, span: Span): string[] {
  if (before === after) return []
  const a = before.split('\n')
  const { start: p, end, removed, added } = changedLines(before, after)
  const context = JSON.stringify({ span, firstChanged: p, endChanged: end, removed, added })
  expect(p, context).toBeGreaterThanOrEqual(span.lo)
  expect(end, context).toBeLessThanOrEqual(span.hi + 1)
  return commentLines(a.slice(span.lo, span.hi + 1))
}

function applyPlanned(text: string, planned: Planned, value: unknown): string {
  const out =
    planned.op === 'delete'
      ? deleteAtPath(text, planned.path)
      : setAtPath(text, planned.path, value)
  const [doc] = parseYaml(out).documents
  expect(doc?.errors).toEqual([])
  if (planned.op === 'set') expect(getInValue(doc?.value, planned.path)).toEqual(value)
  return out
}

function expectComments(after: string, expected: readonly string[]): void {
  const have = new Map<string, number>()
  for (const c of commentLines(after.split('\n'))) have.set(c, (have.get(c) ?? 0) + 1)
  for (const c of expected) {
    const n = have.get(c) ?? 0
    expect(n, `comment kept: ${c}`).toBeGreaterThan(0)
    have.set(c, n - 1)
  }
}

function without(list: readonly string[], drop: readonly string[]): string[] {
  const out = [...list]
  for (const d of drop) {
    const i = out.indexOf(d)
    if (i >= 0) out.splice(i, 1)
  }
  return out
}

describe('setAtPath and deleteAtPath on a commented document', () => {
  it.each([
    ['LF', kafka],
    ['CRLF', kafka.replace(/\n/g, '\r\n')],
  ])(
    'change no line outside the edited node and keep every other comment (%s, seed 42, 1000 runs)',
    (_eol, text) => {
      fc.assert(
        fc.property(editArb, (seed) => {
          const planned = plan(text, seed)
          const after = applyPlanned(text, planned, seed.value)
          const droppable = checkLocal(text, after, planned.span)
          expectComments(after, without(commentLines(text.split('\n')), droppable))
        }),
        { seed: 42, numRuns: 1000 },
      )
    },
    60_000,
  )

  it('never drop a comment outside the edited nodes over random edit sequences (seed 42, 300 runs)', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 10 }), (seeds) => {
        let text = kafka
        let expected = commentLines(kafka.split('\n'))
        for (const seed of seeds) {
          const planned = plan(text, seed)
          const after = applyPlanned(text, planned, seed.value)
          expected = without(expected, checkLocal(text, after, planned.span))
          expectComments(after, expected)
          text = after
        }
      }),
      { seed: 42, numRuns: 300 },
    )
  }, 60_000)
})

describe.skipIf(!HAS_SHARED)(
  `edits on the operator samples (${HAS_SHARED ? 'reference present' : SKIP_REASON})`,
  () => {
    it('keep every line outside the edited node (seed 42, 600 runs over all samples)', () => {
      const samples = listSamples()
        .map(readSample)
        .filter((t) => parseYaml(t).documents.length === 1)
      expect(samples.length).toBeGreaterThan(10)
      fc.assert(
        fc.property(fc.nat(), editArb, (which, seed) => {
          const text = samples[which % samples.length] as string
          const planned = plan(text, seed)
          const after = applyPlanned(text, planned, seed.value)
          const droppable = checkLocal(text, after, planned.span)
          expectComments(after, without(commentLines(text.split('\n')), droppable))
        }),
        { seed: 42, numRuns: 600 },
      )
    }, 60_000)
  },
)
