/**
 * Single-line flow collections of simple scalars for the fast parser: `[]`, `{}`, `[a, "b", 1]`,
 * `{x: 1, y: two}`. Nesting, empty entries, keys without values and anything unusual throw
 * BAIL (the `yaml` library then reads the text). Pure.
 */
import { bail, readDoubleQuoted, readSingleQuoted, resolvePlain } from './fastScalar'
import { trimEnd, type FMap, type FNode, type FPair, type FScalar, type FSeq } from './fastTree'

const SPACE = 32

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === SPACE) i++
  return i
}

const FLOW_PLAIN_STOP = new Set('&*!%@`?:,[]{}#|>\'"-')

/** A quoted or plain scalar inside a flow collection; stops before `,` or the closing bracket. */
function flowScalar(text: string, pos: number, lineEnd: number, close: number): FScalar {
  const ch = text[pos] as string
  if (ch === '"' || ch === "'") {
    const q =
      ch === '"' ? readDoubleQuoted(text, pos, lineEnd) : readSingleQuoted(text, pos, lineEnd)
    return {
      t: 's',
      start: pos,
      end: q.end,
      v: q.value,
      style: ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE',
    }
  }
  if (pos >= lineEnd || FLOW_PLAIN_STOP.has(ch)) bail()
  let i = pos
  for (; i < lineEnd; i++) {
    const code = text.charCodeAt(i)
    if (code === 44 || code === close) break
    // `:` `#` and brackets inside a flow scalar have rules of their own: leave them to the library.
    if (code === 58 || code === 35 || code === 91 || code === 93 || code === 123 || code === 125)
      bail()
  }
  const end = trimEnd(text, pos, i)
  return { t: 's', start: pos, end, v: resolvePlain(text.slice(pos, end)), style: 'PLAIN' }
}

/** After an entry: `,` (then maybe the closing bracket) or the closing bracket. Returns the next offset. */
function separator(
  text: string,
  i: number,
  lineEnd: number,
  close: number,
): { at: number; closed: boolean } {
  const j = skipSpaces(text, i, lineEnd)
  const code = text.charCodeAt(j)
  if (code === close) return { at: j + 1, closed: true }
  if (code !== 44) bail()
  const k = skipSpaces(text, j + 1, lineEnd)
  if (text.charCodeAt(k) === close) return { at: k + 1, closed: true }
  return { at: k, closed: false }
}

function flowSeq(text: string, pos: number, lineEnd: number): FSeq {
  const items: FNode[] = []
  let i = skipSpaces(text, pos + 1, lineEnd)
  let closed = text.charCodeAt(i) === 93
  if (closed) i++
  while (!closed) {
    const item = flowScalar(text, i, lineEnd, 93)
    items.push(item)
    ;({ at: i, closed } = separator(text, item.end, lineEnd, 93))
  }
  return { t: 'q', start: pos, end: i, items, flow: true, v: items.map((x) => x.v) }
}

function flowMap(text: string, pos: number, lineEnd: number, duplicates: FScalar[]): FMap {
  const pairs: FPair[] = []
  const v: Record<string, unknown> = {}
  let i = skipSpaces(text, pos + 1, lineEnd)
  let closed = text.charCodeAt(i) === 125
  if (closed) i++
  while (!closed) {
    const key = flowKey(text, i, lineEnd)
    const value = flowScalar(text, skipSpaces(text, key.after, lineEnd), lineEnd, 125)
    const k = key.node.v === null ? '' : String(key.node.v)
    if (k === '__proto__' || k === '<<') bail()
    const id = `${typeof key.node.v}:${String(key.node.v)}`
    if (pairs.some((p) => `${typeof p.key.v}:${String(p.key.v)}` === id)) duplicates.push(key.node)
    pairs.push({ key: key.node, value })
    v[k] = value.v
    ;({ at: i, closed } = separator(text, value.end, lineEnd, 125))
  }
  return { t: 'm', start: pos, end: i, pairs, flow: true, v }
}

/** `key: ` inside `{...}`: a quoted or plain key directly followed by `:` and a space. */
function flowKey(text: string, pos: number, lineEnd: number): { node: FScalar; after: number } {
  const ch = text[pos] as string
  let node: FScalar
  if (ch === '"' || ch === "'") {
    node = flowScalar(text, pos, lineEnd, 125)
  } else {
    if (pos >= lineEnd || FLOW_PLAIN_STOP.has(ch)) bail()
    let i = pos
    while (i < lineEnd && text.charCodeAt(i) !== 58) {
      const code = text.charCodeAt(i)
      if (
        code === 44 ||
        code === 35 ||
        code === 91 ||
        code === 93 ||
        code === 123 ||
        code === 125 ||
        code === SPACE
      )
        bail()
      i++
    }
    if (i === pos) bail()
    node = { t: 's', start: pos, end: i, v: resolvePlain(text.slice(pos, i)), style: 'PLAIN' }
  }
  if (text.charCodeAt(node.end) !== 58 || text.charCodeAt(node.end + 1) !== SPACE) bail()
  return { node, after: node.end + 1 }
}

/** A flow collection opening at `pos` and closing on the same line. */
export function readFlow(
  text: string,
  pos: number,
  lineEnd: number,
  duplicates: FScalar[],
): FSeq | FMap {
  return text[pos] === '[' ? flowSeq(text, pos, lineEnd) : flowMap(text, pos, lineEnd, duplicates)
}
