/**
 * The fast parser's block layer: one document's lines -> tree of maps, sequences and scalars, for
 * the block-YAML subset real manifests use. Whatever it is not sure about throws BAIL, and the
 * caller falls back to the `yaml` library (which also gives the precise error). Pure.
 */
import { readFlow } from './fastFlow'
import {
  bail,
  blockScalarValue,
  readBlockHeader,
  readDoubleQuoted,
  readSingleQuoted,
  resolvePlain,
  type BodyLine,
} from './fastScalar'
import {
  LINE_BLANK,
  LINE_COMMENT,
  LINE_CONTENT,
  trimEnd,
  type FMap,
  type FNode,
  type FPair,
  type FScalar,
  type FSeq,
  type Lines,
} from './fastTree'
import { reuseAt, type PriorParse } from './fastReuse'

interface Ctx {
  readonly L: Lines
  readonly text: string
  /** Next line to read. */
  line: number
  depth: number
  readonly maxDepth: number
  readonly duplicates: FScalar[]
  /** A parse of a nearby text whose untouched collections are taken over (fastReuse.ts). */
  readonly prior: PriorParse | undefined
}

export interface BlockResult {
  /** Null for a document with no content. */
  readonly root: FNode | null
  /** Keys written again in the same map, in document order. */
  readonly duplicates: readonly FScalar[]
}

const SPACE = 32

/**
 * Parses the lines of one document (its text must start at a line start). With `prior`, the
 * block collections the edit did not touch come from that parse instead (same result).
 */
export function parseBlockDocument(L: Lines, maxDepth: number, prior?: PriorParse): BlockResult {
  const c: Ctx = { L, text: L.text, line: 0, depth: 0, maxDepth, duplicates: [], prior }
  const first = nextContent(c, 0)
  if (first >= L.count) return { root: null, duplicates: [] }
  const root = nodeAt(c, first, (L.starts[first] as number) + (L.indent[first] as number), -1)
  if (nextContent(c, c.line) < L.count) bail()
  c.duplicates.sort((a, b) => a.start - b.start)
  return { root, duplicates: c.duplicates }
}

function nextContent(c: Ctx, from: number): number {
  const { kind, count } = c.L
  let j = from
  while (j < count && kind[j] !== LINE_CONTENT) j++
  return j
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === SPACE) i++
  return i
}

function isDash(text: string, off: number, lineEnd: number): boolean {
  return text.charCodeAt(off) === 45 && (off + 1 === lineEnd || text.charCodeAt(off + 1) === SPACE)
}

function enter(c: Ctx): void {
  if (++c.depth > c.maxDepth) bail()
}

/** The node whose first character is at `off` on line `ln` (its column is its indentation). */
function nodeAt(c: Ctx, ln: number, off: number, parentCol: number): FNode {
  if (c.prior) {
    const reused = reuseAt(c.prior, c.L, ln, off, c.depth)
    if (reused) {
      c.line = reused.nextLine
      for (const k of reused.duplicates) c.duplicates.push(k)
      return reused.node
    }
  }
  const col = off - (c.L.starts[ln] as number)
  const lineEnd = c.L.ends[ln] as number
  if (isDash(c.text, off, lineEnd)) return blockSeq(c, ln, col)
  const key = keyAt(c, ln, off)
  if (key) return blockMap(c, ln, col, key)
  return inline(c, ln, off, parentCol)
}

interface Key {
  readonly node: FScalar
  /** Offset just after the `:`. */
  readonly after: number
}

const KEY_STOP = new Set('-?:,[]{}#&*!|>\'"%@`')

/** A `key:` starting at `off`, or undefined when the line holds a value instead. */
function keyAt(c: Ctx, ln: number, off: number): Key | undefined {
  const { text } = c
  const lineEnd = c.L.ends[ln] as number
  const ch = text[off] as string
  if (ch === '"' || ch === "'") {
    const q =
      ch === '"' ? readDoubleQuoted(text, off, lineEnd) : readSingleQuoted(text, off, lineEnd)
    if (
      text.charCodeAt(q.end) !== 58 ||
      (q.end + 1 < lineEnd && text.charCodeAt(q.end + 1) !== SPACE)
    )
      return undefined
    const style = ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'
    return { node: { t: 's', start: off, end: q.end, v: q.value, style }, after: q.end + 1 }
  }
  if (KEY_STOP.has(ch)) return undefined
  for (let i = off; i < lineEnd; i++) {
    const code = text.charCodeAt(i)
    if (code === 35 && text.charCodeAt(i - 1) === SPACE) return undefined
    if (code !== 58 || (i + 1 < lineEnd && text.charCodeAt(i + 1) !== SPACE)) continue
    if (text.charCodeAt(i - 1) === SPACE || i - off > 1024) bail()
    return {
      node: { t: 's', start: off, end: i, v: resolvePlain(text.slice(off, i)), style: 'PLAIN' },
      after: i + 1,
    }
  }
  return undefined
}

/**
 * True when an earlier key in the map is the same scalar (same type and text form), as the
 * library path's duplicate check compares them. Only asked when the JS key is already taken.
 */
export function isDuplicate(pairs: readonly FPair[], key: FScalar): boolean {
  const id = `${typeof key.v}:${String(key.v)}`
  return pairs.some((p) => `${typeof p.key.v}:${String(p.key.v)}` === id)
}

/** The JS object key for a scalar key, as the `yaml` library's toJS writes it. */
function jsKey(v: unknown): string {
  const k = v === null ? '' : String(v)
  if (k === '__proto__' || k === '<<') bail()
  return k
}

function blockMap(c: Ctx, line: number, col: number, firstKey: Key): FMap {
  enter(c)
  const { text, L } = c
  const pairs: FPair[] = []
  const v: Record<string, unknown> = {}
  let key = firstKey
  let ln = line
  for (;;) {
    const lineEnd = L.ends[ln] as number
    const pos = skipSpaces(text, key.after, lineEnd)
    let value: FNode
    if (pos === lineEnd || text.charCodeAt(pos) === 35) {
      c.line = ln + 1
      value = below(c, col, true, pos, pos < lineEnd)
    } else {
      value = inline(c, ln, pos, col)
    }
    const k = jsKey(key.node.v)
    if (Object.prototype.hasOwnProperty.call(v, k) && isDuplicate(pairs, key.node))
      c.duplicates.push(key.node)
    pairs.push({ key: key.node, value })
    v[k] = value.v
    const j = nextContent(c, c.line)
    if (j >= L.count || (L.indent[j] as number) < col) break
    if ((L.indent[j] as number) > col) bail()
    const off = (L.starts[j] as number) + col
    const next = isDash(text, off, L.ends[j] as number) ? undefined : keyAt(c, j, off)
    if (!next) bail()
    key = next
    ln = j
  }
  c.depth--
  const start = firstKey.node.start
  return {
    t: 'm',
    start,
    end: collectionEnd(c, start, col, (pairs[pairs.length - 1] as FPair).value),
    pairs,
    flow: false,
    v,
    next: c.line,
  }
}

function blockSeq(c: Ctx, line: number, col: number): FSeq {
  enter(c)
  const { text, L } = c
  const items: FNode[] = []
  const start = (L.starts[line] as number) + col
  let ln = line
  for (;;) {
    const lineEnd = L.ends[ln] as number
    const pos = skipSpaces(text, (L.starts[ln] as number) + col + 1, lineEnd)
    let item: FNode
    if (pos === lineEnd || text.charCodeAt(pos) === 35) {
      c.line = ln + 1
      item = below(c, col, false, pos, pos < lineEnd)
    } else {
      item = nodeAt(c, ln, pos, col)
    }
    items.push(item)
    const j = nextContent(c, c.line)
    if (j >= L.count || (L.indent[j] as number) < col) break
    if ((L.indent[j] as number) > col) bail()
    if (!isDash(text, (L.starts[j] as number) + col, L.ends[j] as number)) break
    ln = j
  }
  c.depth--
  const last = items[items.length - 1] as FNode
  return {
    t: 'q',
    start,
    end: collectionEnd(c, start, col, last),
    items,
    flow: false,
    v: items.map((i) => i.v),
    next: c.line,
  }
}

/**
 * A value written on the lines after its key or dash, or else an empty (null) value at `emptyAt`
 * (after the indicator and its spaces). Like the library, an empty value's extent `reach`es over
 * its line comment and every comment line after it, which moves the end of the collections that
 * end with it.
 */
function below(
  c: Ctx,
  parentCol: number,
  seqAtSameCol: boolean,
  emptyAt: number,
  lineComment: boolean,
): FNode {
  const { L } = c
  const j = nextContent(c, c.line)
  if (j < L.count) {
    const ind = L.indent[j] as number
    const off = (L.starts[j] as number) + ind
    if (
      ind > parentCol ||
      (seqAtSameCol && ind === parentCol && isDash(c.text, off, L.ends[j] as number))
    ) {
      return nodeAt(c, j, off, parentCol)
    }
  }
  let reach = lineComment ? (L.ends[c.line - 1] as number) : emptyAt
  for (let n = c.line; n < j; n++) if (L.kind[n] === LINE_COMMENT) reach = L.ends[n] as number
  return {
    t: 's',
    start: emptyAt,
    end: emptyAt,
    v: null,
    style: 'PLAIN',
    ...(reach > emptyAt ? { reach } : {}),
  }
}

/**
 * End of the comment lines after a collection's last entry that the library counts as part of it,
 * or -1. Only two layouts are answered: every comment in the run at most as indented as the
 * collection (none belong to it), or every one deeper than it and not shallower than a nested
 * block collection it ends with (all belong to it). Mixed runs attach in ways not modelled: bail.
 */
function trailingComments(c: Ctx, col: number, last: FNode): number {
  const { L } = c
  const nestedCol = last.t !== 's' && !last.flow ? columnOf(c, last.start) : -1
  let inner = -1
  let outer = false
  for (let n = c.line; n < L.count && L.kind[n] !== LINE_CONTENT; n++) {
    if (L.kind[n] !== LINE_COMMENT) continue
    const ind = L.indent[n] as number
    if (ind <= col) outer = true
    else if (ind >= nestedCol) inner = L.ends[n] as number
    else bail()
    if (outer && inner >= 0) bail()
  }
  return inner
}

function columnOf(c: Ctx, off: number): number {
  return off - c.text.lastIndexOf('\n', off - 1) - 1
}

/** End of a collection whose last entry is `last`: comment lines indented deeper belong to it. */
function collectionEnd(c: Ctx, start: number, col: number, last: FNode): number {
  return trimEnd(c.text, start, Math.max(last.reach ?? last.end, trailingComments(c, col, last)))
}

/** Only blanks or a ` # comment` may follow a value on its line; returns the comment's end, if any. */
function restOfLine(text: string, from: number, lineEnd: number): { reach?: number } {
  const i = skipSpaces(text, from, lineEnd)
  if (i === lineEnd) return {}
  if (text.charCodeAt(i) !== 35 || i === from) bail()
  return { reach: lineEnd }
}

const PLAIN_STOP = new Set('&*!%@`?:,[]{}#|>')

/** A value that starts on the current line: scalar, single-line flow, or block scalar. */
function inline(c: Ctx, ln: number, pos: number, parentCol: number): FNode {
  const { text, L } = c
  const lineEnd = L.ends[ln] as number
  const ch = text[pos] as string
  c.line = ln + 1
  if (ch === '"' || ch === "'") {
    const q =
      ch === '"' ? readDoubleQuoted(text, pos, lineEnd) : readSingleQuoted(text, pos, lineEnd)
    const style = ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'
    return {
      t: 's',
      start: pos,
      end: q.end,
      v: q.value,
      style,
      ...restOfLine(text, q.end, lineEnd),
    }
  }
  if (ch === '[' || ch === '{') {
    if (c.depth + 1 > c.maxDepth) bail()
    const node = readFlow(text, pos, lineEnd, c.duplicates)
    return { ...node, ...restOfLine(text, node.end, lineEnd) }
  }
  if (ch === '|' || ch === '>') return blockScalar(c, ln, pos, parentCol)
  if (PLAIN_STOP.has(ch) || isDash(text, pos, lineEnd)) bail()
  let stop = lineEnd
  for (let i = pos + 1; i < lineEnd; i++) {
    const code = text.charCodeAt(i)
    if (code === 58 && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) bail()
    if (code === 35 && text.charCodeAt(i - 1) === SPACE) {
      stop = i
      break
    }
  }
  const end = trimEnd(text, pos, stop)
  const node: FScalar = {
    t: 's',
    start: pos,
    end,
    v: resolvePlain(text.slice(pos, end)),
    style: 'PLAIN',
  }
  return stop < lineEnd ? { ...node, reach: lineEnd } : node
}

/** `[indent, content]` per line, split as the `yaml` library splits a block scalar body. */
function bodyLines(source: string): BodyLine[] {
  if (!source) return []
  const split = source.split(/\n( *)/)
  const first = split[0] as string
  const lead = /^( *)/.exec(first)?.[1] ?? ''
  const lines: BodyLine[] = [[lead.length, first.slice(lead.length)]]
  for (let i = 1; i < split.length; i += 2)
    lines.push([(split[i] as string).length, split[i + 1] as string])
  return lines
}

function blockScalar(c: Ctx, ln: number, pos: number, parentCol: number): FScalar {
  if (parentCol < 0) bail()
  const { text, L } = c
  const header = readBlockHeader(text, pos, L.ends[ln] as number)
  let j = ln + 1
  let lastText = -1
  for (; j < L.count; j++) {
    if (L.kind[j] !== LINE_BLANK && (L.indent[j] as number) <= parentCol) break
    if (L.kind[j] !== LINE_BLANK) lastText = j
  }
  c.line = j
  // The body as the library's lexer cuts it: from the next line start to the first line not in it.
  const bodyStart = ln + 1 < L.count ? (L.starts[ln + 1] as number) : text.length
  const bodyEnd = j < L.count ? (L.starts[j] as number) : text.length
  const value = blockScalarValue(header, bodyLines(text.slice(bodyStart, bodyEnd)), parentCol)
  const end =
    lastText >= 0
      ? trimEnd(text, pos, L.ends[lastText] as number)
      : trimEnd(text, pos, L.ends[ln] as number)
  return {
    t: 's',
    start: pos,
    end,
    v: value,
    style: header.folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL',
  }
}
