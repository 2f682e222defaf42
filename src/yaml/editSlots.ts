/**
 * Text splices for one value slot of a parsed document: a block-map pair, a block-sequence item
 * or the document root. Each function returns new text; untouched bytes stay byte-identical.
 * Pure: works on the `yaml` AST's offsets and never calls `doc.toString()`.
 */
import {
  isCollection,
  isPair,
  isScalar,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import { formatBlock, formatScalar } from './serializeYaml'
import { columnOf, contentEnd, isBlank, lineEndOf, lineStartOf, nextLineStart } from './textPos'

export interface EditContext {
  readonly text: string
  readonly doc: Document.Parsed
  readonly eol: string
}

export type Slot =
  | { readonly kind: 'root' }
  | { readonly kind: 'pair'; readonly pair: Pair<unknown, unknown> }
  | { readonly kind: 'item'; readonly seq: YAMLSeq<unknown>; readonly index: number }

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end)
}

function asNode(v: unknown): Node | undefined {
  return isScalar(v) || isCollection(v) || (typeof v === 'object' && v !== null && 'range' in v)
    ? (v as Node)
    : undefined
}

/** True when the node has written text (`key:` with nothing after it has an empty range). */
export function isPresent(v: unknown): v is Node {
  const r = asNode(v)?.range
  return !!r && r[1] > r[0]
}

function isEmptyCollection(v: unknown): boolean {
  if (Array.isArray(v)) return v.length === 0
  return typeof v === 'object' && v !== null && Object.keys(v).length === 0
}

/** Inline text for scalars and empty collections; undefined when `value` needs block lines. */
function inlineText(value: unknown, old: unknown): string | undefined {
  if (typeof value === 'object' && value !== null) {
    if (!isEmptyCollection(value)) return undefined
    return Array.isArray(value) ? '[]' : '{}'
  }
  return formatScalar(value, isScalar(old) ? old.type : undefined)
}

/** Offset just after the `:` that follows a block-map key. */
export function colonEnd(text: string, pair: Pair<unknown, unknown>): number {
  const key = asNode(pair.key)
  const from = key?.range ? contentEnd(text, key) : 0
  const at = text.indexOf(':', from)
  return at < 0 ? from : at + 1
}

/**
 * Where a value's own text ends. A block collection ends with its last item: the `yaml` library
 * counts the comment lines after it in its range, but those may introduce the next key, so an
 * edit that replaces the collection must leave them in place.
 */
function ownEnd(text: string, node: Node): number {
  if (!isCollection(node) || node.flow || node.items.length === 0) return contentEnd(text, node)
  const last: unknown = node.items[node.items.length - 1]
  if (isPair(last)) return isPresent(last.value) ? ownEnd(text, last.value) : colonEnd(text, last)
  return isPresent(last) ? ownEnd(text, last) : contentEnd(text, node)
}

/**
 * Offset of the `-` that introduces a block-sequence item: on the item's line, or alone on a
 * line above it (`-` then the item indented below).
 */
export function dashOf(text: string, item: unknown, seq: YAMLSeq<unknown>): number {
  const start = asNode(item)?.range?.[0] ?? seq.range?.[0] ?? 0
  let i = start - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
    i--
  while (i >= 0 && text[i] !== '\n') {
    if (text[i] === '-' && /[\s]/.test(text[i + 1] ?? ' ')) return i
    i--
  }
  return start
}

/** Where a slot's value is written: its indicator end and old value span. */
interface SlotSpan {
  readonly indicatorEnd: number
  readonly indent: number
  readonly old: unknown
  readonly isItem: boolean
}

function slotSpan(ctx: EditContext, slot: Slot): SlotSpan {
  const { text } = ctx
  if (slot.kind === 'pair') {
    const keyStart = asNode(slot.pair.key)?.range?.[0] ?? 0
    return {
      indicatorEnd: colonEnd(text, slot.pair),
      indent: columnOf(text, keyStart) + 2,
      old: slot.pair.value,
      isItem: false,
    }
  }
  if (slot.kind === 'item') {
    const item = slot.seq.items[slot.index]
    const dash = dashOf(text, item, slot.seq)
    return { indicatorEnd: dash + 1, indent: columnOf(text, dash) + 2, old: item, isItem: true }
  }
  throw new Error('root slots have no indicator')
}

/** Anchor and tag tokens written after an indicator on its line (`: &x !!str`). */
interface Props {
  readonly start: number
  readonly end: number
  readonly anchor?: string
}

export function readProps(text: string, from: number, lineEnd: number): Props {
  let i = from
  let start = -1
  let end = from
  let anchor: string | undefined
  for (;;) {
    while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++
    const c = text[i]
    if (i >= lineEnd || (c !== '&' && c !== '!')) break
    let j = i + 1
    while (j < lineEnd && text[j] !== ' ' && text[j] !== '\t') j++
    if (c === '&') anchor = text.slice(i + 1, j)
    if (start < 0) start = i
    end = j
    i = j
  }
  return start < 0 ? { start: from, end: from } : { start, end, ...(anchor ? { anchor } : {}) }
}

/** The `# comment` at the end of a line remainder, if any. */
function commentIn(rest: string): string | undefined {
  const m = /(?:^|[ \t])(#.*)$/.exec(rest)
  return m?.[1]
}

/**
 * Replaces the value in a pair or item slot with `value` (scalar inline, collection as block).
 * The old value's tag is dropped (it may not fit the new value); its anchor is kept, or `anchor`
 * is written when given, so the aliases that read the slot keep reading it.
 */
function replaceIndicated(ctx: EditContext, slot: Slot, value: unknown, anchor?: string): string {
  const { text, eol } = ctx
  const s = slotSpan(ctx, slot)
  const lineEnd = lineEndOf(text, s.indicatorEnd)
  const props = readProps(text, s.indicatorEnd, lineEnd)
  const name = anchor ?? props.anchor
  const mark = name ? '&' + name + ' ' : ''
  const present = isPresent(s.old)
  const oldStart = present ? (s.old.range?.[0] ?? s.indicatorEnd) : props.end
  const oldEnd = present ? ownEnd(text, s.old) : props.end
  const sameLine = !present || oldStart <= lineEnd
  const hasProps = props.end > props.start
  const inline = inlineText(value, s.old)
  if (inline !== undefined) {
    if (hasProps && sameLine) return splice(text, props.start, oldEnd, mark + inline)
    if (!present) return splice(text, s.indicatorEnd, s.indicatorEnd, ' ' + mark + inline)
    if (sameLine) return splice(text, oldStart, oldEnd, mark + inline)
    // Old block value on later lines: keep the indicator line's comment after the new scalar.
    const comment = commentIn(text.slice(props.end, lineEnd))
    return splice(
      text,
      s.indicatorEnd,
      oldEnd,
      ' ' + mark + inline + (comment ? ' ' + comment : ''),
    )
  }
  const body = formatBlock(value, s.indent, eol)
  const head = name ? ' &' + name : ''
  const tailEnd = lineEndOf(text, oldEnd)
  if (present && sameLine) {
    const tail = text.slice(oldEnd, tailEnd)
    if (s.isItem && !name && tail.trim() === '')
      return splice(text, s.indicatorEnd, tailEnd, ' ' + body.trimStart())
    return splice(text, s.indicatorEnd, tailEnd, head + tail + eol + body)
  }
  const rest = text.slice(props.end, lineEnd)
  if (s.isItem && !name && rest.trim() === '') {
    // Compact item form: `- a: 1` with the rest of the block aligned under the first key.
    return splice(text, s.indicatorEnd, present ? oldEnd : lineEnd, ' ' + body.trimStart())
  }
  const replaced = splice(text, lineEnd, present ? oldEnd : lineEnd, eol + body)
  return splice(replaced, s.indicatorEnd, props.end, head)
}

function replaceRoot(ctx: EditContext, value: unknown): string {
  const { text, eol, doc } = ctx
  const contents = doc.contents
  const inline =
    typeof value === 'object' && value !== null && !isEmptyCollection(value)
      ? undefined
      : inlineText(value, contents)
  const body = inline ?? formatBlock(value, 0, eol)
  if (isPresent(contents))
    return splice(text, contents.range?.[0] ?? 0, contentEnd(text, contents), body)
  // Empty document: write at its content position, on a line of its own.
  let at = asNode(contents)?.range?.[0] ?? doc.range[1]
  if (at > 0 && text[at - 1] !== '\n' && isBlank(text, at, lineEndOf(text, at)))
    at = nextLineStart(text, at)
  const before = at > 0 && text[at - 1] !== '\n' ? eol : ''
  return splice(text, at, at, before + body + eol)
}

/** Replaces whatever is in `slot` with `value`. */
export function replaceSlot(ctx: EditContext, slot: Slot, value: unknown, anchor?: string): string {
  return slot.kind === 'root' ? replaceRoot(ctx, value) : replaceIndicated(ctx, slot, value, anchor)
}

/**
 * Where new lines go at the end of a block collection whose children sit at column `col`: after
 * the last item and the comment lines indented like a child that follow it directly, but before
 * comment lines at a shallower column (the `yaml` library counts those in the collection's range,
 * though they introduce the next sibling).
 */
export function appendPoint(text: string, lastEnd: number, col: number): number {
  let at = lineEndOf(text, lastEnd)
  for (;;) {
    const start = nextLineStart(text, at)
    if (start >= text.length) return at
    const end = lineEndOf(text, start)
    const line = text.slice(start, end)
    const indent = line.length - line.trimStart().length
    if (!line.trimStart().startsWith('#') || indent < col) return at
    at = end
  }
}

/** Where a pair's text starts: its key, or the `?` and the anchor or tag written before it. */
export function pairStart(text: string, pair: Pair<unknown, unknown>): number {
  const keyStart = asNode(pair.key)?.range?.[0] ?? 0
  const ls = lineStartOf(text, keyStart)
  const lead = /(?:\?[ \t]+)?(?:[&!][^\s]*[ \t]+)*$/.exec(text.slice(ls, keyStart))
  return keyStart - (lead?.[0].length ?? 0)
}

/**
 * Where the last value of a block collection really ends. A block scalar owns the lines after its
 * last visible one (kept blank lines with `+`, lines of spaces deeper than its indentation), so text
 * appended there would change its value: new lines go after all of them.
 */
export function tailEnd(text: string, node: unknown): number {
  const n = asNode(node)
  if (!n) return 0
  if (isCollection(n) && !n.flow && n.items.length > 0) {
    const last: unknown = n.items[n.items.length - 1]
    if (isPair(last))
      return isPresent(last.value) ? tailEnd(text, last.value) : colonEnd(text, last)
    return isPresent(last) ? tailEnd(text, last) : contentEnd(text, n)
  }
  if (isScalar(n) && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED') && n.range) {
    if (text[n.range[1] - 1] === '\n') return n.range[1] - 1
  }
  return contentEnd(text, n)
}

/** Appends `key: value` lines at the end of a block map, at its own indentation. */
export function insertPair(
  ctx: EditContext,
  map: YAMLMap<unknown, unknown>,
  key: string,
  value: unknown,
): string {
  const { text, eol } = ctx
  // The first pair, not the map's range: a comment line may open the map at another column.
  const first = map.items[0]
  const col = columnOf(text, first ? pairStart(text, first) : (map.range?.[0] ?? 0))
  const last = map.items[map.items.length - 1] as Pair<unknown, unknown> | undefined
  const lastEnd = !last
    ? contentEnd(text, map)
    : isPresent(last.value)
      ? tailEnd(text, last.value)
      : colonEnd(text, last)
  const at = appendPoint(text, lastEnd, col)
  return splice(text, at, at, eol + formatBlock({ [key]: value }, col, eol))
}

/** Appends `- value` lines at the end of a block sequence. */
export function insertItem(ctx: EditContext, seq: YAMLSeq<unknown>, value: unknown): string {
  const { text, eol } = ctx
  const col =
    seq.items.length > 0
      ? columnOf(text, dashOf(text, seq.items[0], seq))
      : columnOf(text, seq.range?.[0] ?? 0)
  const last = seq.items[seq.items.length - 1]
  const at = appendPoint(text, isPresent(last) ? tailEnd(text, last) : contentEnd(text, seq), col)
  return splice(text, at, at, eol + formatBlock([value], col, eol))
}

/** Removes one pair's lines (its own comment goes with it; neighbours' comment lines stay). */
export function deletePair(
  ctx: EditContext,
  map: YAMLMap<unknown, unknown>,
  index: number,
): string {
  const { text } = ctx
  const pair = map.items[index] as Pair<unknown, unknown>
  const keyStart = pairStart(text, pair)
  const end = isPresent(pair.value) ? contentEnd(text, pair.value) : colonEnd(text, pair)
  const ls = lineStartOf(text, keyStart)
  if (isBlank(text, ls, keyStart)) return splice(text, ls, nextLineStart(text, end), '')
  // First pair sharing its line with `- `: pull the next pair up onto that line.
  const next = map.items[index + 1]
  const nextStart = next ? pairStart(text, next) : undefined
  return splice(text, keyStart, nextStart ?? lineEndOf(text, end), '')
}

/** Removes one item's lines from a block sequence. */
export function deleteItem(ctx: EditContext, seq: YAMLSeq<unknown>, index: number): string {
  const { text } = ctx
  const item = seq.items[index]
  const dash = dashOf(text, item, seq)
  const end = isPresent(item) ? contentEnd(text, item) : dash + 1
  const ls = lineStartOf(text, dash)
  if (isBlank(text, ls, dash)) return splice(text, ls, nextLineStart(text, end), '')
  const next = index + 1 < seq.items.length ? dashOf(text, seq.items[index + 1], seq) : undefined
  return splice(text, dash, next ?? lineEndOf(text, end), '')
}
