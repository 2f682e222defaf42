/**
 * The common edits done on the fast parser's tree instead of the `yaml` AST: replace a scalar,
 * fill an empty value, add a key to a block map, remove a key or list item. Each writes exactly
 * the text the AST path (edit.ts) writes; anything else returns undefined and the AST path runs.
 * This keeps one form edit at splice + fast parse. Pure.
 */
import type { SpecPath } from '../model/types'
import { DEFAULT_LIMITS } from './compose'
import { fastDocuments } from './fastStream'
import { appendPoint } from './editSlots'
import type { FMap, FNode, FSeq } from './fastTree'
import { formatBlock, formatScalar } from './serializeYaml'
import { columnOf, isBlank, lineEndOf, lineStartOf, nextLineStart } from './textPos'
import { nestValue } from './valuePath'

type Slot =
  | { readonly kind: 'root' }
  | { readonly kind: 'pair'; readonly map: FMap; readonly index: number }
  | { readonly kind: 'item'; readonly seq: FSeq; readonly index: number }

interface Walked {
  readonly node: FNode
  readonly slot: Slot
  readonly depth: number
  readonly base: number
}

/** Follows `path` like edit.ts's walk; undefined when it would pass through a flow collection. */
function walk(text: string, path: SpecPath, docIndex: number): Walked | undefined {
  const doc = fastDocuments(text, DEFAULT_LIMITS)?.[docIndex]
  if (!doc?.root) return undefined
  let node: FNode = doc.root
  let slot: Slot = { kind: 'root' }
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number
    if (node.t !== 's' && node.flow) return undefined
    if (node.t === 'm') {
      const want = String(seg)
      // Null keys (`~:`, `:`) read as '' and may repeat: the general path decides.
      if (want === '') return undefined
      const at = node.pairs.findIndex((p) => keyText(p.key.v) === want)
      if (at < 0) return { node, slot, depth: i, base: doc.base }
      slot = { kind: 'pair', map: node, index: at }
      node = (node.pairs[at] as { value: FNode }).value
    } else if (node.t === 'q' && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
      slot = { kind: 'item', seq: node, index: seg }
      node = node.items[seg] as FNode
    } else {
      return { node, slot, depth: i, base: doc.base }
    }
  }
  return { node, slot, depth: path.length, base: doc.base }
}

/** A key as the `yaml` library names it in plain values (a null key is the empty string). */
function keyText(v: unknown): string {
  return v === null ? '' : String(v)
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end)
}

/** True when the collection's last value is a block scalar (it may own the blank lines after it). */
function endsWithBlockScalar(node: FNode): boolean {
  let n: FNode | undefined = node
  while (n && n.t !== 's' && !n.flow)
    n = n.t === 'm' ? n.pairs[n.pairs.length - 1]?.value : n.items[n.items.length - 1]
  return !!n && n.t === 's' && (n.style === 'BLOCK_LITERAL' || n.style === 'BLOCK_FOLDED')
}

const INLINE_STYLES = new Set(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'])

/** setAtPath on the fast tree, or undefined when edit.ts must do it. */
export function setFast(
  text: string,
  path: SpecPath,
  value: unknown,
  docIndex: number,
): string | undefined {
  const w = walk(text, path, docIndex)
  if (!w) return undefined
  const { node, slot, base } = w
  if (w.depth === path.length) {
    if (
      slot.kind === 'root' ||
      (typeof value === 'object' && value !== null) ||
      node.t !== 's' ||
      !INLINE_STYLES.has(node.style)
    )
      return undefined
    if (node.end > node.start)
      return splice(text, node.start + base, node.end + base, formatScalar(value, node.style))
    if (slot.kind !== 'pair') return undefined
    const after = (slot.map.pairs[slot.index] as { key: FNode }).key.end + base + 1
    return splice(text, after, after, ' ' + formatScalar(value, node.style))
  }
  const rest = path.slice(w.depth)
  if (node.t === 'm' && !node.flow) {
    if (endsWithBlockScalar(node)) return undefined
    const below = nestValue(rest.slice(1), value)
    const col = columnOf(text, (node.pairs[0] as { key: FNode }).key.start + base)
    const last = node.pairs[node.pairs.length - 1] as { key: FNode; value: FNode }
    const lastEnd =
      last.value.end > last.value.start ? last.value.end + base : last.key.end + base + 1
    const at = appendPoint(text, lastEnd, col)
    return splice(text, at, at, '\n' + formatBlock({ [String(rest[0])]: below }, col, '\n'))
  }
  if (node.t === 's' && node.end === node.start && slot.kind === 'pair') {
    // `key:` with nothing after it gains a block below its line.
    const nested = nestValue(rest, value)
    const key = (slot.map.pairs[slot.index] as { key: FNode }).key
    const lineEnd = lineEndOf(text, key.end + base + 1)
    return splice(
      text,
      lineEnd,
      lineEnd,
      '\n' + formatBlock(nested, columnOf(text, key.start + base) + 2, '\n'),
    )
  }
  return undefined
}

/** The `-` that introduces an item starting at `start` (as edit.ts's dashOf finds it). */
function dashBefore(text: string, start: number): number {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]
    if (c === '-' && /[\s]/.test(text[i + 1] ?? ' ')) return i
    if (c === '\n') break
  }
  return start
}

/** Removes `[start, end]`'s lines when they hold nothing else, else the span up to `next`. */
function cut(text: string, start: number, end: number, next: number | undefined): string {
  const ls = lineStartOf(text, start)
  if (isBlank(text, ls, start)) return splice(text, ls, nextLineStart(text, end), '')
  return splice(text, start, next ?? lineEndOf(text, end), '')
}

/** deleteAtPath on the fast tree, or undefined when edit.ts must do it. */
export function deleteFast(text: string, path: SpecPath, docIndex: number): string | undefined {
  if (path.length === 0) return undefined
  const parentPath = path.slice(0, -1)
  const w = walk(text, parentPath, docIndex)
  if (!w) return undefined
  if (w.depth < parentPath.length) return text
  const { node, base } = w
  const last = path[path.length - 1] as string | number
  if (node.t !== 's' && node.flow) return undefined
  if (node.t === 'm') {
    if (String(last) === '') return undefined
    const at = node.pairs.findIndex((p) => keyText(p.key.v) === String(last))
    if (at < 0) return text
    if (node.pairs.length === 1) return undefined
    const pair = node.pairs[at] as { key: FNode; value: FNode }
    const end = pair.value.end > pair.value.start ? pair.value.end + base : pair.key.end + base + 1
    const next = node.pairs[at + 1]
    return cut(text, pair.key.start + base, end, next ? next.key.start + base : undefined)
  }
  if (node.t === 'q' && typeof last === 'number' && last >= 0 && last < node.items.length) {
    if (node.items.length === 1) return undefined
    const item = node.items[last] as FNode
    const dash = dashBefore(text, item.start + base)
    // `-` alone on the line above the item: the general path finds it.
    if (dash === item.start + base) return undefined
    const end = item.end > item.start ? item.end + base : dash + 1
    const next =
      last + 1 < node.items.length
        ? dashBefore(text, (node.items[last + 1] as FNode).start + base)
        : undefined
    return cut(text, dash, end, next)
  }
  return text
}
