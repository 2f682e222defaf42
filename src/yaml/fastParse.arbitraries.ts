/**
 * Test-only fast-check generators of YAML text inside the fast parser's subset: block maps and
 * sequences (compact `- key: v` items, lists at their key's indentation), plain and quoted
 * scalars of every core-schema kind, block scalars with their indicators, one-line flow
 * collections, comments, blank lines, empty values and `---`/`...` markers. Imported by tests only.
 */
import fc from 'fast-check'
import type { SpecPath } from '../model/types'

const PLAIN = [
  'foo',
  'hello world',
  '42',
  '-7',
  '+3',
  '0',
  '007',
  '-0',
  '3.14',
  '-0.5',
  '1e3',
  '-2E-2',
  '.5',
  '1.',
  '0x1F',
  '0o17',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  'null',
  'Null',
  'NULL',
  '~',
  'true',
  'False',
  'TRUE',
  'yes',
  'on',
  '2026-01-01',
  'a:b',
  'a#b',
  'http://x.y/z?q=1&r=2',
  'milvusdb/milvus:v2.6.11',
  '8Gi',
  '100m',
  'a,b',
  'x]',
  'v-1',
  '-x',
  'mixed Case words',
  '99999999999999999999',
  '0x',
  '1_000',
  '12:30',
  'é ünï',
  '50%',
  'a b  c',
]
const DOUBLE = [
  '"a b"',
  '"esc \\" \\n \\t \\\\ \\/ \\u00e9 \\x41 \\U0001F600 \\0 \\_"',
  '""',
  '"# not a comment"',
  '"a: b"',
  '"true"',
  '"12"',
  '"it\'s"',
]
const SINGLE = ["'it''s'", "''", "'a: b # c'", "'null'", "'0x10'", '\'"dq"\'']
const KEYS = [
  'a',
  'b',
  'name',
  'spec',
  'mode',
  'milvus.io/x',
  'k-1',
  'x_y',
  '1',
  '2.5',
  '0x10',
  'true',
  'null',
  '~',
  '"quoted key"',
  "'sq key'",
  'key with space',
  'url://x',
  'a:b',
  'ä',
  '"a"',
  '""',
]
const FLOWS = [
  '[]',
  '{}',
  '[a, b]',
  '[1, "two", 3.0, null]',
  '{x: 1, y: two}',
  '[ a , b , ]',
  '{a: 1, a: 2}',
  '[\'s\', "d"]',
  '{ "k": v }',
  '[true]',
]
const HEADERS = ['|', '>', '|-', '>+', '|+', '>-', '|2', '>1-', '|1+']
const BODY = [
  'text',
  'more words',
  '',
  '',
  '  indented',
  '# hash in block',
  'x: y',
  'trailing  ',
  '   ',
]
const COMMENTS = ['# c', '#', '# a: b', '#  - item']

export type GNode =
  | { readonly k: 'map'; readonly entries: readonly (readonly [string, GNode, Deco])[] }
  | { readonly k: 'seq'; readonly items: readonly (readonly [GNode, Deco])[] }
  | { readonly k: 'scalar'; readonly text: string }
  | { readonly k: 'block'; readonly header: string; readonly lines: readonly string[] }
  | { readonly k: 'empty' }

/** Formatting around one entry: comment lines before it, a line comment, blank lines, extra indent. */
export interface Deco {
  readonly before: readonly [number, string][]
  readonly trailing?: string
  readonly blank: number
  readonly extra: number
  readonly compact: boolean
}

const deco: fc.Arbitrary<Deco> = fc
  .record({
    before: fc.array(fc.tuple(fc.nat(6), fc.constantFrom(...COMMENTS)), { maxLength: 2 }),
    trailing: fc.option(fc.constantFrom(...COMMENTS), { nil: undefined, freq: 4 }),
    blank: fc.nat(2).map((n) => (n === 2 ? 1 : 0)),
    extra: fc.nat(3).map((n) => (n === 3 ? 1 : 0)),
    compact: fc.boolean(),
  })
  .map((d) =>
    d.trailing === undefined
      ? { before: d.before, blank: d.blank, extra: d.extra, compact: d.compact }
      : (d as Deco),
  )

const scalar: fc.Arbitrary<GNode> = fc
  .oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PLAIN) },
    { weight: 2, arbitrary: fc.constantFrom(...DOUBLE) },
    { weight: 1, arbitrary: fc.constantFrom(...SINGLE) },
    { weight: 1, arbitrary: fc.constantFrom(...FLOWS) },
  )
  .map((text) => ({ k: 'scalar', text }))

const block: fc.Arbitrary<GNode> = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    lines: fc.array(fc.constantFrom(...BODY), { minLength: 0, maxLength: 5 }),
  })
  .map(({ header, lines }) => ({ k: 'block', header, lines }))

const leaf: fc.Arbitrary<GNode> = fc.oneof(
  { weight: 8, arbitrary: scalar },
  { weight: 1, arbitrary: block },
  { weight: 1, arbitrary: fc.constant<GNode>({ k: 'empty' }) },
)

const { node } = fc.letrec<{ node: GNode; map: GNode; seq: GNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('map'), tie('seq')),
  map: fc
    .array(fc.tuple(fc.constantFrom(...KEYS), tie('node'), deco), { minLength: 1, maxLength: 5 })
    .map((entries) => ({ k: 'map' as const, entries })),
  seq: fc
    .array(fc.tuple(tie('node'), deco), { minLength: 1, maxLength: 4 })
    .map((items) => ({ k: 'seq' as const, items })),
}))

function pad(n: number): string {
  return ' '.repeat(n)
}

/** Blank and comment lines before an entry at `col` (comments at its column or at column 0). */
function decoLines(d: Deco, col: number): string[] {
  return [
    ...Array.from({ length: d.blank }, () => ''),
    ...d.before.map(([n, c]) => pad(n % 2 === 0 ? col : 0) + c),
  ]
}

/** Lines of a block scalar body; `parentCol` is the column of the collection holding it. */
function blockLines(n: Extract<GNode, { k: 'block' }>, parentCol: number): string[] {
  const explicit = Number(/\d/.exec(n.header)?.[0] ?? 0)
  const at = parentCol + (explicit || 2)
  let seenText = false
  return n.lines.map((l) => {
    if (l.trim() === '') return seenText || explicit ? (l === '' ? '' : pad(at) + l) : ''
    // Without an indicator the first text line sets the indentation: it may not start with spaces.
    const text = !seenText && !explicit ? l.trimStart() : l
    seenText = true
    return pad(at) + text
  })
}

/** The text after `key:` or `-` on the same line, and the lines below it. */
function valueLines(
  v: GNode,
  col: number,
  d: Deco,
  inSeq: boolean,
): { inline: string; below: string[] } {
  const tail = d.trailing ? ' ' + d.trailing : ''
  if (v.k === 'scalar') return { inline: ' ' + v.text + tail, below: [] }
  if (v.k === 'empty') return { inline: tail, below: [] }
  if (v.k === 'block') return { inline: ' ' + v.header, below: blockLines(v, col) }
  const childCol = v.k === 'seq' && !inSeq && d.extra === 0 && d.compact ? col : col + 2 + d.extra
  return { inline: tail, below: render(v, childCol) }
}

/** Renders a collection (or scalar) whose first line starts at column `col`. */
export function render(n: GNode, col: number): string[] {
  if (n.k === 'map') {
    return n.entries.flatMap(([key, v, d]) => {
      const { inline, below } = valueLines(v, col, d, false)
      return [...decoLines(d, col), pad(col) + key + ':' + inline, ...below]
    })
  }
  if (n.k === 'seq') {
    return n.items.flatMap(([v, d]) => {
      const inner =
        d.compact && (v.k === 'map' || v.k === 'seq') && !d.trailing ? render(v, col + 2) : []
      const first = inner[0]?.slice(col + 2) ?? ''
      const head = inner[0] ?? ''
      if (
        head.startsWith(pad(col + 2)) &&
        first !== '' &&
        !first.startsWith('#') &&
        !first.startsWith(' ')
      ) {
        // Compact form: `- key: v` / `- - x`, the rest aligned under the first entry.
        return [...decoLines(d, col), pad(col) + '- ' + first, ...inner.slice(1)]
      }
      const { inline, below } = valueLines(v, col, d, true)
      return [...decoLines(d, col), pad(col) + '-' + inline, ...below]
    })
  }
  if (n.k === 'scalar') return [pad(col) + n.text]
  return [pad(col) + '-']
}

/** One document: a map or sequence at the root (sometimes indented), or a lone scalar. */
export const documentText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: node.filter((n) => n.k === 'map') },
      { weight: 2, arbitrary: node.filter((n) => n.k === 'seq') },
      { weight: 1, arbitrary: scalar },
    ),
    fc.nat(5).map((n) => (n === 5 ? 2 : 0)),
  )
  .map(([n, col]) => render(n, col).join('\n'))

/** A stream of one or more documents with markers, comments and blank lines between them. */
export const yamlStream: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(documentText, fc.nat(9)), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([docs, leading, finalNewline]) => {
    const parts: string[] = []
    docs.forEach(([text, style], i) => {
      if (i > 0 || (leading && style % 2 === 0))
        parts.push(style === 4 ? '---' : style === 6 ? '# between\n---' : '---')
      if (style === 8 && i > 0) parts.push('')
      parts.push(style === 7 ? '' : text)
      if (style === 3) parts.push('...')
    })
    const text = parts.join('\n')
    return finalNewline ? text + '\n' : text
  })

/** Character-level damage: the result is often outside the subset or not YAML at all. */
export const damaged: fc.Arbitrary<string> = fc
  .tuple(
    yamlStream,
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(3),
        fc.constantFrom(
          ':',
          ' ',
          '-',
          '"',
          "'",
          '#',
          '\n',
          '[',
          '{',
          '&a ',
          '*a',
          '!t ',
          '|',
          '>',
          '? ',
          '%',
          '\t',
          '  ',
          '...',
          '---',
          ',',
          '\\',
        ),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([text, edits]) => {
    let t = text
    for (const [at, del, ins] of edits) {
      const i = t.length === 0 ? 0 : at % (t.length + 1)
      t = t.slice(0, i) + ins + t.slice(Math.min(t.length, i + del))
    }
    return t
  })

/** Every path to a value in `v` (the root first), for comparing ranges path by path. */
export function valuePaths(v: unknown, p: SpecPath = [], out: SpecPath[] = []): SpecPath[] {
  out.push(p)
  if (Array.isArray(v)) v.forEach((x: unknown, i) => valuePaths(x, [...p, i], out))
  else if (typeof v === 'object' && v !== null)
    for (const [k, x] of Object.entries(v)) valuePaths(x, [...p, k], out)
  return out
}
