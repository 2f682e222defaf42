/**
 * Scalar reading for the fast parser: the YAML 1.2 core schema exactly as the `yaml` library
 * resolves plain scalars (its default version and schema), single-line quoted scalars, and block
 * scalars (`|`, `>` with chomping and indentation indicators), ported from the library's
 * resolver so both paths give the same strings. Anything unsure throws BAIL. Pure.
 */

/** Thrown (pre-allocated, no stack capture) when the text leaves the fast parser's subset. */
export const BAIL: Error = Object.freeze(new Error('fast-yaml: outside the supported subset'))

export function bail(): never {
  throw BAIL
}

const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const OCT_RE = /^0o[0-7]+$/
const INT_RE = /^[-+]?[0-9]+$/
const HEX_RE = /^0x[0-9a-fA-F]+$/
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/

/** A plain scalar's value under the core schema, tested in the library's tag order. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0)
  // Fast exit: a plain scalar that starts with a letter other than those of null/true/false is a string.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    const lc = c | 32
    if (lc !== 110 && lc !== 116 && lc !== 102) return s
  }
  if (NULL_RE.test(s)) return null
  if (BOOL_RE.test(s)) return s[0] === 't' || s[0] === 'T'
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8)
  if (INT_RE.test(s)) return parseInt(s, 10)
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16)
  if (NAN_RE.test(s)) {
    if (s.slice(-3).toLowerCase() === 'nan') return NaN
    return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
  }
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s)
  return s
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
}
const HEX_LEN: Record<string, number> = { x: 2, u: 4, U: 8 }

export interface Quoted {
  readonly value: string
  /** Offset just after the closing quote. */
  readonly end: number
}

/** A double-quoted scalar that closes on the same line (`from` is the opening quote). */
export function readDoubleQuoted(text: string, from: number, lineEnd: number): Quoted {
  let out = ''
  let i = from + 1
  let chunk = i
  while (i < lineEnd) {
    const ch = text[i]
    if (ch === '"') return { value: out + text.slice(chunk, i), end: i + 1 }
    if (ch !== '\\') {
      i++
      continue
    }
    out += text.slice(chunk, i)
    const e = text[i + 1] ?? ''
    const simple = ESCAPES[e]
    if (simple !== undefined) {
      out += simple
      i += 2
    } else {
      const n = HEX_LEN[e]
      const hex = n ? text.slice(i + 2, i + 2 + n) : ''
      if (!n || hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) bail()
      const code = parseInt(hex, 16)
      if (code > 0x10ffff) bail()
      out += String.fromCodePoint(code)
      i += 2 + n
    }
    chunk = i
  }
  return bail()
}

/** A single-quoted scalar that closes on the same line (`''` is one quote). */
export function readSingleQuoted(text: string, from: number, lineEnd: number): Quoted {
  let out = ''
  let i = from + 1
  let chunk = i
  while (i < lineEnd) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        out += text.slice(chunk, i + 1)
        i += 2
        chunk = i
        continue
      }
      return { value: out + text.slice(chunk, i), end: i + 1 }
    }
    i++
  }
  return bail()
}

export interface BlockHeader {
  readonly folded: boolean
  /** Explicit indentation indicator (0 when absent). */
  readonly indent: number
  readonly chomp: '' | '-' | '+'
}

/** Reads `|`, `>-`, `|2+` ...; the rest of the line must be blank (a comment there bails). */
export function readBlockHeader(text: string, from: number, lineEnd: number): BlockHeader {
  let indent = 0
  let chomp: '' | '-' | '+' = ''
  let i = from + 1
  for (; i < lineEnd && text[i] !== ' '; i++) {
    const ch = text[i] as string
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch
    else if (!indent && ch >= '1' && ch <= '9') indent = Number(ch)
    else bail()
  }
  for (; i < lineEnd; i++) if (text[i] !== ' ') bail()
  return { folded: text[from] === '>', indent, chomp }
}

/** One line of a block scalar body: its leading spaces and the rest. */
export type BodyLine = readonly [indent: number, content: string]

/** The block scalar's value from its body lines, as the `yaml` library computes it. */
export function blockScalarValue(
  h: BlockHeader,
  lines: readonly BodyLine[],
  parentIndent: number,
): string {
  let chompStart = lines.length
  for (let i = lines.length - 1; i >= 0; --i) {
    if ((lines[i] as BodyLine)[1] === '') chompStart = i
    else break
  }
  if (chompStart === 0)
    return h.chomp === '+' && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : ''
  let trimIndent = parentIndent + h.indent
  let contentStart = 0
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i] as BodyLine
    if (content === '') {
      if (h.indent === 0 && indent > trimIndent) trimIndent = indent
    } else {
      if (indent < trimIndent) bail()
      if (h.indent === 0) trimIndent = indent
      contentStart = i
      if (trimIndent === 0) bail()
      break
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i)
    if ((lines[i] as BodyLine)[0] > trimIndent) chompStart = i + 1
  let value = ''
  for (let i = 0; i < contentStart; ++i)
    value += ' '.repeat(Math.max(0, (lines[i] as BodyLine)[0] - trimIndent)) + '\n'
  value += blockBody(h.folded, lines, contentStart, chompStart, trimIndent)
  if (h.chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i)
      value += '\n' + ' '.repeat(Math.max(0, (lines[i] as BodyLine)[0] - trimIndent))
    if (value[value.length - 1] !== '\n') value += '\n'
  } else if (h.chomp === '') {
    value += '\n'
  }
  return value
}

function blockBody(
  folded: boolean,
  lines: readonly BodyLine[],
  from: number,
  to: number,
  trimIndent: number,
): string {
  let value = ''
  let sep = ''
  let prevMoreIndented = false
  for (let i = from; i < to; ++i) {
    const [indent, content] = lines[i] as BodyLine
    if (content && indent < trimIndent) bail()
    const extra = ' '.repeat(Math.max(0, indent - trimIndent))
    if (!folded) {
      value += sep + extra + content
      sep = '\n'
    } else if (indent > trimIndent) {
      if (sep === ' ') sep = '\n'
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n'
      value += sep + extra + content
      sep = '\n'
      prevMoreIndented = true
    } else if (content === '') {
      if (sep === '\n') value += '\n'
      else sep = '\n'
    } else {
      value += sep + content
      sep = ' '
      prevMoreIndented = false
    }
  }
  return value
}
