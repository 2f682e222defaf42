/**
 * Re-reading a document after a small edit: the block collections of the previous parse that lie
 * wholly outside the edited lines are taken over instead of parsed again (moved by the edit's
 * length when they come after it), values and all, so an unchanged subtree keeps its JS objects.
 * A collection's parse depends only on its own lines, the first line after it that ends it, and
 * how deeply it is nested; reuse requires all three to be unchanged. Pure.
 */
import {
  LINE_CONTENT,
  type FMap,
  type FNode,
  type FPair,
  type FScalar,
  type FSeq,
  type Lines,
} from './fastTree'

/** A parse of a nearby text, and where the two texts differ (prior text / new text). */
export interface PriorParse extends TextEdit {
  readonly lines: Lines
  readonly root: FNode | null
  /** Keys written twice in the prior text, sorted by offset. */
  readonly duplicates: readonly FScalar[]
}

/** Where an edit changed a text: the texts agree before `from`, and from `oldTo` / `newTo` on. */
export interface TextEdit {
  readonly from: number
  readonly oldTo: number
  readonly newTo: number
}

/** Where two texts differ: the common prefix, and the common suffix after it. */
export function differingSpan(prior: string, next: string): TextEdit {
  // Binary searches over native comparisons of string ranges: a few passes of memory comparison
  // instead of a JavaScript loop over every character of a large document.
  const max = Math.min(prior.length, next.length)
  let from = 0
  let hi = max
  while (from < hi) {
    const mid = (from + hi + 1) >> 1
    if (prior.startsWith(next.slice(from, mid), from)) from = mid
    else hi = mid - 1
  }
  // The common suffix, not reaching back into the common prefix.
  let same = 0
  hi = max - from
  while (same < hi) {
    const mid = (same + hi + 1) >> 1
    const piece = next.slice(next.length - mid, next.length - same)
    if (prior.endsWith(piece, prior.length - same)) same = mid
    else hi = mid - 1
  }
  return { from, oldTo: prior.length - same, newTo: next.length - same }
}

/** The block collection of the prior tree that starts at `offset`, with how many block collections enclose it. */
function collectionAt(
  root: FNode,
  offset: number,
): { node: FMap | FSeq; depth: number } | undefined {
  let node = root
  let depth = 0
  for (;;) {
    if (node.t === 's' || node.flow) return undefined
    if (node.start === offset) return { node, depth }
    depth++
    const map = node.t === 'm' ? node : undefined
    const items = node.t === 'q' ? node.items : undefined
    const count = map ? map.pairs.length : (items?.length ?? 0)
    const child = (i: number): FNode =>
      map ? (map.pairs[i] as FPair).value : ((items as readonly FNode[])[i] as FNode)
    // The last child that starts at or before the offset (children are in document order).
    let lo = 0
    let hi = count - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (child(mid).start <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) return undefined
    node = child(found)
  }
}

// Literal objects of one shape each (no spreads): this runs for every node after an edit.
function shiftScalar(n: FScalar, d: number): FScalar {
  return n.reach === undefined
    ? { t: 's', start: n.start + d, end: n.end + d, v: n.v, style: n.style }
    : { t: 's', start: n.start + d, end: n.end + d, v: n.v, style: n.style, reach: n.reach + d }
}

function shiftPairs(pairs: readonly FPair[], d: number, dLines: number): FPair[] {
  const out = new Array<FPair>(pairs.length)
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i] as FPair
    out[i] = { key: shiftScalar(p.key, d), value: shifted(p.value, d, dLines) }
  }
  return out
}

function shiftItems(items: readonly FNode[], d: number, dLines: number): FNode[] {
  const out = new Array<FNode>(items.length)
  for (let i = 0; i < items.length; i++) out[i] = shifted(items[i] as FNode, d, dLines)
  return out
}

/** A copy of `n` moved by `d` characters and `dLines` lines; values are shared, not copied. */
function shifted(n: FNode, d: number, dLines: number): FNode {
  if (n.t === 's') return shiftScalar(n, d)
  const start = n.start + d
  const end = n.end + d
  if (n.flow) {
    // Flow collections sit on one line and carry no next line.
    if (n.t === 'm') {
      const pairs = shiftPairs(n.pairs, d, dLines)
      return n.reach === undefined
        ? { t: 'm', start, end, pairs, flow: true, v: n.v }
        : { t: 'm', start, end, pairs, flow: true, reach: n.reach + d, v: n.v }
    }
    const items = shiftItems(n.items, d, dLines)
    return n.reach === undefined
      ? { t: 'q', start, end, items, flow: true, v: n.v }
      : { t: 'q', start, end, items, flow: true, reach: n.reach + d, v: n.v }
  }
  const next = n.next === undefined ? undefined : n.next + dLines
  return n.t === 'm'
    ? { t: 'm', start, end, pairs: shiftPairs(n.pairs, d, dLines), flow: false, v: n.v, next }
    : { t: 'q', start, end, items: shiftItems(n.items, d, dLines), flow: false, v: n.v, next }
}

export interface Reused {
  readonly node: FNode
  /** The parser's cursor after it. */
  readonly nextLine: number
  /** Keys written twice inside it, placed in the new text. */
  readonly duplicates: readonly FScalar[]
}

/**
 * The prior parse's block collection for the node that starts at `offset` on line `line` of the
 * new text, nested `depth` collections deep, when its lines and the line that ends it are outside
 * the edit; undefined when it must be parsed.
 */
export function reuseAt(
  prior: PriorParse,
  L: Lines,
  line: number,
  offset: number,
  depth: number,
): Reused | undefined {
  if (!prior.root) return undefined
  const P = prior.lines
  const after = offset >= prior.newTo
  if (!after && offset >= prior.from) return undefined
  const delta = prior.newTo - prior.oldTo
  const dLines = L.count - P.count
  const oldOffset = after ? offset - delta : offset
  const oldLine = after ? line - dLines : line
  if (oldLine < 0 || oldLine >= P.count) return undefined
  if ((P.starts[oldLine] as number) + (after ? delta : 0) !== (L.starts[line] as number))
    return undefined
  const found = collectionAt(prior.root, oldOffset)
  if (!found || found.depth !== depth) return undefined
  const nextLine = found.node.next
  if (nextLine === undefined) return undefined
  // The line that ended the collection: its indentation decided where the collection stops.
  let ender = nextLine
  while (ender < P.count && P.kind[ender] !== LINE_CONTENT) ender++
  if (after) {
    // The edit ends before the line break that precedes the collection's first line.
    if (prior.oldTo >= (P.starts[oldLine] as number)) return undefined
  } else if (ender >= P.count || prior.from <= (P.ends[ender] as number)) return undefined
  const limit = ender < P.count ? (P.starts[ender] as number) : P.text.length
  const inside = prior.duplicates.filter((k) => k.start >= found.node.start && k.start < limit)
  // Before the edit, or after one that kept the length (a digit typed over another): as it was.
  if (!after || (delta === 0 && dLines === 0))
    return { node: found.node, nextLine, duplicates: inside }
  return {
    node: shifted(found.node, delta, dLines),
    nextLine: nextLine + dLines,
    duplicates: inside.map((k) => shiftScalar(k, delta)),
  }
}
