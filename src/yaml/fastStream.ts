/**
 * The fast path of parseYaml: splits the stream into documents at `---`/`...` lines, parses each
 * document with the line-based parser, and answers with the same values, positions and problems as
 * the `yaml` library path. Documents are cached by their exact text, so in a multi-document stream
 * an edit re-parses only the document it touched. Returns undefined when any part of the text is
 * outside the subset: the caller then uses the library. Pure (module-level cache only).
 */
import { LineCounter } from 'yaml'
import type { SpecPath } from '../model/types'
import { parseBlockDocument, type BlockResult } from './fastBlock'
import { differingSpan, type PriorParse, type TextEdit } from './fastReuse'
import { BAIL } from './fastScalar'
import {
  LINE_COMMENT,
  LINE_CONTENT,
  rescanLines,
  scanLines,
  type FMap,
  type FNode,
  type FPair,
  type Lines,
} from './fastTree'
import type { PathEntry } from './pathIndex'
import { duplicateProblem, toRange } from './ranges'
import type { ParsedDocument, ParsedStream, Range, YamlLimits } from './types'
import { createTextCache } from './textCache'

/** One document's place in the stream. Offsets are absolute. */
interface Segment {
  /** Offset of the document's `---` line, or -1 when the document has none. */
  readonly marker: number
  /** Where its content lines start and stop (the next marker line, or the text end). */
  readonly from: number
  readonly to: number
  /** End of the document's range when it is closed by a `...` line (after that line). */
  readonly closedAt?: number
}

function markerAt(text: string, L: Lines, n: number): '---' | '...' | undefined {
  if (L.indent[n] !== 0 || L.kind[n] !== LINE_CONTENT) return undefined
  const s = L.starts[n] as number
  const e = L.ends[n] as number
  const c = text.charCodeAt(s)
  if (c === 37) throw BAIL // a `%` directive
  if (c !== 45 && c !== 46) return undefined
  const head = text.slice(s, s + 3)
  if (head !== '---' && head !== '...') return undefined
  for (let i = s + 3; i < e; i++) if (text.charCodeAt(i) !== 32) throw BAIL
  return head
}

/** Splits the stream into documents; undefined when there is none (only comments or nothing). */
function splitStream(text: string, L: Lines): Segment[] {
  const segments: Segment[] = []
  let open: { marker: number; from: number } | undefined = { marker: -1, from: 0 }
  // Comments before the first `---` do not make a document of their own.
  let openHasContent = false
  for (let n = 0; n < L.count; n++) {
    const m = markerAt(text, L, n)
    const start = L.starts[n] as number
    if (m === '---') {
      if (open && (open.marker >= 0 || openHasContent)) segments.push({ ...open, to: start })
      open = { marker: start, from: n + 1 < L.count ? (L.starts[n + 1] as number) : text.length }
      openHasContent = false
    } else if (m === '...') {
      if (!open || (open.marker < 0 && !openHasContent)) throw BAIL
      const closedAt = n + 1 < L.count ? (L.starts[n + 1] as number) : text.length
      segments.push({ ...open, to: start, closedAt })
      open = undefined
    } else if (L.kind[n] === LINE_CONTENT) {
      if (!open) throw BAIL // content after `...` without a new `---`
      openHasContent = true
    }
  }
  if (open && (open.marker >= 0 || openHasContent || segments.length === 0))
    segments.push({ ...open, to: text.length })
  return segments
}

/**
 * Module state: parsed block documents by exact text (up to 32 of them, 4 MiB of text), for one
 * depth limit at a time, and how often each parser path ran. Trees are only read after they are
 * built. fastParseStats() reads the counters.
 */
const parsedSegments = createTextCache<BlockResult>(32, 4 * 1024 * 1024)
let cachedDepth = -1
const runs = { fast: 0, fallback: 0, reused: 0 }
/** The last document parsed afresh: the next one is most likely an edit of it. */
let lastParsed: { readonly lines: Lines; readonly result: BlockResult } | undefined

/** Below this size a document is parsed whole: finding what an edit left alone costs as much. */
const REUSE_FROM_CHARS = 2048

/**
 * The lines of `text`, and where it differs from `before`'s text when it is a small edit of it
 * (under half its length): then only the edited lines are scanned.
 */
function linesAfter(
  before: Lines | undefined,
  text: string,
): { lines: Lines | undefined; edit?: TextEdit } {
  if (!before || text.length < REUSE_FROM_CHARS) return { lines: scanLines(text) }
  const edit = differingSpan(before.text, text)
  if (Math.max(edit.oldTo, edit.newTo) - edit.from > text.length / 2)
    return { lines: scanLines(text) }
  return { lines: rescanLines(before, text, edit), edit }
}

/** The last stream read: its line table is the start for the next one's. */
let lastStream: Lines | undefined

/** The lines of a whole stream, rescanned from the last stream's where only a little changed. */
function streamLines(text: string): Lines | undefined {
  const { lines } = linesAfter(lastStream, text)
  if (lines) lastStream = lines
  return lines
}

function parseSegment(text: string, maxDepth: number): BlockResult {
  if (cachedDepth !== maxDepth) {
    parsedSegments.clear()
    lastParsed = undefined
    cachedDepth = maxDepth
  }
  const hit = parsedSegments.get(text)
  if (hit) return hit
  const before = lastParsed
  const { lines, edit } = linesAfter(before?.lines, text)
  if (!lines) throw BAIL
  const prior: PriorParse | undefined =
    edit && before
      ? {
          lines: before.lines,
          root: before.result.root,
          duplicates: before.result.duplicates,
          ...edit,
        }
      : undefined
  if (prior) runs.reused++
  const result = parseBlockDocument(lines, maxDepth, prior)
  parsedSegments.set(text, result)
  lastParsed = { lines, result }
  return result
}

/**
 * Forgets every parse and line table kept for the next text, so the next parse starts from nothing
 * (the benchmark's "from scratch" rows; answers are the same either way).
 */
export function forgetParses(): void {
  parsedSegments.clear()
  lastParsed = undefined
  lastStream = undefined
}

export interface FastParseStats {
  /** Streams the fast parser read, and streams it handed to the yaml library. */
  readonly fast: number
  readonly fallback: number
  /** Documents parsed, and documents answered from the cache. */
  readonly parsedDocuments: number
  readonly cachedDocuments: number
  /** Of the documents parsed, those that took over untouched collections of the one before. */
  readonly reused: number
}

/** A snapshot of how often each path ran (for tests and the benchmark). */
export function fastParseStats(): FastParseStats {
  const { hits, misses } = parsedSegments.stats()
  return { ...runs, parsedDocuments: misses, cachedDocuments: hits }
}

type Span = readonly [number, number]

/** Where a map holds a key (by its string form): pair indices, the last written first. */
type KeyPositions = (map: FMap, key: string) => readonly number[]

const NOWHERE: readonly number[] = []
/** Maps with more pairs than this are indexed on their first lookup. */
const INDEXED_MAP = 16

/**
 * Key positions of large maps, each map indexed on its first lookup and kept with the map node: an
 * index depends only on the map's keys, and a map an edit left alone is the same node in the next
 * parse (fastReuse.ts), so placing a hundred findings in a large map costs a hundred lookups, once
 * per map rather than once per document.
 */
const KEY_INDEX = new WeakMap<FMap, Map<string, number[]>>()

const keyPositions: KeyPositions = (map, key) => {
  let index = KEY_INDEX.get(map)
  if (!index) {
    index = new Map()
    for (let j = map.pairs.length - 1; j >= 0; j--) {
      const name = String((map.pairs[j] as FPair).key.v)
      const list = index.get(name)
      if (list) list.push(j)
      else index.set(name, [j])
    }
    KEY_INDEX.set(map, index)
  }
  return index.get(key) ?? NOWHERE
}

/**
 * The entry the library path's index (pathIndex.ts) holds for `path`, found by walking the tree
 * instead of indexing every path: where a key is written twice the index keeps the later one, so
 * candidates are tried from the last. Map keys and list indices match by their string form.
 */
function lookupEntry(
  node: FNode,
  path: SpecPath,
  i: number,
  base: number,
  positions: KeyPositions,
  keySpan?: Span,
): PathEntry | undefined {
  if (i === path.length) {
    let span: Span = [node.start + base, node.end + base]
    if (span[0] === span[1] && keySpan) span = keySpan
    return keySpan ? { value: span, key: keySpan } : { value: span }
  }
  const seg = String(path[i])
  if (node.t === 'm') {
    // A small map is scanned from its last pair; a large one is indexed once per document.
    const order = node.pairs.length > INDEXED_MAP ? positions(node, seg) : undefined
    const count = order ? order.length : node.pairs.length
    for (let n = 0; n < count; n++) {
      const p = node.pairs[order ? (order[n] as number) : count - 1 - n] as FPair
      if (!order && String(p.key.v) !== seg) continue
      const keyAt: Span = [p.key.start + base, p.key.end + base]
      const found = lookupEntry(p.value, path, i + 1, base, positions, keyAt)
      if (found) return found
    }
    return undefined
  }
  if (node.t === 'q') {
    const n = Number(seg)
    const item = Number.isInteger(n) && String(n) === seg ? node.items[n] : undefined
    return item ? lookupEntry(item, path, i + 1, base, positions) : undefined
  }
  return undefined
}

/** The last node in document order (the deepest last item or value). */
function lastLeaf(node: FNode): FNode {
  let n = node
  for (;;) {
    if (n.t === 'm' && !n.flow && n.pairs.length > 0)
      n = (n.pairs[n.pairs.length - 1] as { value: FNode }).value
    else if (n.t === 'q' && !n.flow && n.items.length > 0) n = n.items[n.items.length - 1] as FNode
    else return n
  }
}

function hasComment(L: Lines, text: string, seg: Segment): boolean {
  for (let n = 0; n < L.count; n++) {
    const s = L.starts[n] as number
    if (s >= seg.from && s < seg.to && L.kind[n] === LINE_COMMENT) return true
  }
  return text.length < 0
}

function documentRange(
  text: string,
  L: Lines,
  seg: Segment,
  parsed: BlockResult,
): readonly [number, number] {
  if (!parsed.root) {
    if (seg.marker < 0) return [0, text.length]
    // An empty document ends after `---`, unless a comment or `...` follows.
    return [seg.marker, seg.closedAt ?? (hasComment(L, text, seg) ? seg.to : seg.marker + 3)]
  }
  const last = lastLeaf(parsed.root)
  if (last.t === 's' && last.start === last.end && seg.closedAt === undefined) {
    // A document that ends in an empty value ends with it (the line break after it is left out).
    const start = seg.marker >= 0 ? seg.marker : lineStartOf(L, parsed.root.start + seg.from)
    // Whether the library counts the line breaks after it depends on comments elsewhere in the
    // document in ways not modelled here; only the comment-free case is answered.
    if (last.reach !== undefined || hasComment(L, text, seg)) throw BAIL
    return [start, last.end + seg.from]
  }
  // Without `---`, the document starts at its first content line (leading comments are not in it).
  const start = seg.marker >= 0 ? seg.marker : lineStartOf(L, parsed.root.start + seg.from)
  return [start, seg.closedAt ?? seg.to]
}

function lineStartOf(L: Lines, off: number): number {
  let lo = 0
  let hi = L.count - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((L.starts[mid] as number) <= off) lo = mid
    else hi = mid - 1
  }
  return L.starts[lo] as number
}

function buildDocument(
  text: string,
  L: Lines,
  lc: LineCounter,
  seg: Segment,
  index: number,
  maxDepth: number,
): ParsedDocument {
  const parsed = parseSegment(text.slice(seg.from, seg.to), maxDepth)
  const [ds, de] = documentRange(text, L, seg, parsed)
  const range = toRange(lc, ds, de)
  const base = seg.from
  // An empty document after `---` holds an empty value right after the marker.
  const at = seg.marker + 3 - base
  const root: FNode | null =
    parsed.root ??
    (seg.marker >= 0 ? { t: 's', start: at, end: at, v: null, style: 'PLAIN' } : null)
  const entry = (path: SpecPath): PathEntry | undefined =>
    root ? lookupEntry(root, path, 0, base, keyPositions) : undefined
  const rangeOf = (path: SpecPath): { range: Range; exact: boolean } => {
    for (let n = path.length; n >= 0; n--) {
      const e = entry(n === path.length ? path : path.slice(0, n))
      if (!e) continue
      const span = n === path.length ? e.value : (e.key ?? e.value)
      return { range: toRange(lc, span[0], span[1]), exact: n === path.length }
    }
    return { range, exact: false }
  }
  const keyRangeOf = (path: SpecPath): Range | undefined => {
    const key = entry(path)?.key
    return key ? toRange(lc, key[0], key[1]) : undefined
  }
  const errors = parsed.duplicates.map((d) =>
    duplicateProblem(lc, String(d.v), d.start + base, d.end + base),
  )
  return { index, value: root ? root.v : null, errors, warnings: [], range, rangeOf, keyRangeOf }
}

/** One document's tree for the edit fast path; offsets in the tree are relative to `base`. */
export interface FastDocument {
  readonly root: FNode | null
  readonly base: number
}

/** The trees of every document in `text`, or undefined when any is outside the subset. */
export function fastDocuments(
  text: string,
  limits: YamlLimits,
): readonly FastDocument[] | undefined {
  if (text.length > limits.maxChars) return undefined
  const L = streamLines(text)
  if (!L) return undefined
  try {
    const segments = splitStream(text, L)
    if (segments.length > limits.maxDocuments) return undefined
    return segments.map((seg) => ({
      root: parseSegment(text.slice(seg.from, seg.to), limits.maxDepth).root,
      base: seg.from,
    }))
  } catch (err) {
    if (err === BAIL) return undefined
    throw err
  }
}

/** The fast parse of a whole stream, or undefined when the library must read it. */
export function parseFast(text: string, limits: YamlLimits): ParsedStream | undefined {
  if (text.length > limits.maxChars) return undefined
  const L = streamLines(text)
  if (!L) return fallback()
  try {
    const segments = splitStream(text, L)
    if (segments.length > limits.maxDocuments) return fallback()
    const lc = new LineCounter()
    for (let n = 0; n < L.count; n++) lc.addNewLine(L.starts[n] as number)
    const documents = segments.map((seg, i) => buildDocument(text, L, lc, seg, i, limits.maxDepth))
    runs.fast++
    return { documents, errors: [], parser: 'fast' }
  } catch (err) {
    if (err === BAIL) return fallback()
    throw err
  }
}

function fallback(): undefined {
  runs.fallback++
  return undefined
}
