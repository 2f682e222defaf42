/**
 * The fast parser's tree: what it records for each node (text spans and the plain JS value),
 * and the per-text line table it reads. Offsets are relative to the start of the parsed text.
 * Pure data and small helpers.
 */

export type ScalarStyle =
  'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'

export interface FScalar {
  readonly t: 's'
  readonly start: number
  /** End of the written text (trailing blanks trimmed); equal to start for an empty value. */
  readonly end: number
  readonly v: unknown
  readonly style: ScalarStyle
  /**
   * Where the node's extent ends when comments follow it (its line comment; for an empty value
   * also the comment lines after it). Collections end at their last entry's reach, as in the library.
   */
  readonly reach?: number
}

export interface FPair {
  readonly key: FScalar
  readonly value: FNode
}

export interface FMap {
  readonly t: 'm'
  readonly start: number
  readonly end: number
  readonly pairs: readonly FPair[]
  readonly flow: boolean
  /** A flow collection's line comment end (see FScalar.reach); unset for block collections. */
  readonly reach?: number
  readonly v: Record<string, unknown>
  /** A block collection's next line: the one after the last line its parse read (fastReuse.ts). */
  readonly next?: number | undefined
}

export interface FSeq {
  readonly t: 'q'
  readonly start: number
  readonly end: number
  readonly items: readonly FNode[]
  readonly flow: boolean
  /** A flow collection's line comment end (see FScalar.reach); unset for block collections. */
  readonly reach?: number
  readonly v: unknown[]
  /** A block collection's next line: the one after the last line its parse read (fastReuse.ts). */
  readonly next?: number | undefined
}

export type FNode = FScalar | FMap | FSeq

export const LINE_BLANK = 0
export const LINE_COMMENT = 1
export const LINE_CONTENT = 2

/** Per-line facts: start and end offsets (end before the newline), leading spaces, kind. */
export interface Lines {
  readonly text: string
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly indent: Int32Array
  readonly kind: Uint8Array
  readonly count: number
}

/** Splits `text` into lines; bails (returns undefined) on tabs, carriage returns and a BOM. */
export function scanLines(text: string): Lines | undefined {
  if (text.includes('\t') || text.includes('\r') || text.includes('\uFEFF')) return undefined
  let count = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++
  const lines = emptyLines(text, count)
  readLines(lines, 0, count, 0, text.length)
  return lines
}

function emptyLines(text: string, count: number): Lines {
  return {
    text,
    starts: new Int32Array(count),
    ends: new Int32Array(count),
    indent: new Int32Array(count),
    kind: new Uint8Array(count),
    count,
  }
}

/** Reads `n` lines of `L.text` from offset `from` (the last one ends at `to`) into entries `first` on. */
function readLines(L: Lines, first: number, n: number, from: number, to: number): void {
  const { text, starts, ends, indent, kind } = L
  let s = from
  for (let line = first; line < first + n; line++) {
    const nl = text.indexOf('\n', s)
    const e = nl < 0 || nl > to ? to : nl
    let i = s
    while (i < e && text.charCodeAt(i) === 32) i++
    starts[line] = s
    ends[line] = e
    indent[line] = i - s
    kind[line] = i === e ? LINE_BLANK : text.charCodeAt(i) === 35 ? LINE_COMMENT : LINE_CONTENT
    s = e + 1
  }
}

/**
 * `scanLines` of `text`, an edit of `prior.text` that agrees with it before `from` and from
 * `oldTo` (prior) / `newTo` (text) on: the lines outside the edit are copied (moved by the edit's
 * length after it) and only the edited lines are read. Same answer as `scanLines(text)`.
 */
export function rescanLines(
  prior: Lines,
  text: string,
  { from, oldTo, newTo }: { readonly from: number; readonly oldTo: number; readonly newTo: number },
): Lines | undefined {
  const P = prior
  // First line the edit touches: its line break is not before `from`.
  let lo = 0
  let hi = P.count - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((P.ends[mid] as number) < from) lo = mid + 1
    else hi = mid
  }
  const first = lo
  // First line after the edit: the line break before it is in the common tail.
  lo = first
  hi = P.count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((P.starts[mid] as number) > oldTo) hi = mid
    else lo = mid + 1
  }
  const after = lo
  const delta = newTo - oldTo
  const midStart = P.starts[first] as number
  const midEnd = after < P.count ? (P.starts[after] as number) + delta - 1 : text.length
  const middle = text.slice(midStart, midEnd)
  if (middle.includes('\t') || middle.includes('\r') || middle.includes('\uFEFF')) return undefined
  let midCount = 1
  for (let i = text.indexOf('\n', midStart); i >= 0 && i < midEnd; i = text.indexOf('\n', i + 1))
    midCount++
  const count = first + midCount + (P.count - after)
  const L = emptyLines(text, count)
  const { starts, ends, indent, kind } = L
  starts.set(P.starts.subarray(0, first))
  ends.set(P.ends.subarray(0, first))
  indent.set(P.indent.subarray(0, first))
  kind.set(P.kind.subarray(0, first))
  readLines(L, first, midCount, midStart, midEnd)
  for (let n = after, m = first + midCount; n < P.count; n++, m++) {
    starts[m] = (P.starts[n] as number) + delta
    ends[m] = (P.ends[n] as number) + delta
  }
  indent.set(P.indent.subarray(after), first + midCount)
  kind.set(P.kind.subarray(after), first + midCount)
  return L
}

/** End of the written text in [start, end): trailing spaces and line breaks removed. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1)
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) break
    end--
  }
  return end
}
