/**
 * Text metrics for the deployment diagram. SVG text cannot be measured without a browser, so the
 * layout estimates advance widths from a per-character table (Arial/Helvetica metrics, which the
 * diagram asks for first), with wide characters (Hangul, CJK) counted as two Latin ones. Slightly
 * generous on purpose: a box a few pixels too wide is fine, text leaving its box is not. Pure.
 */

export const TEXT_KINDS = ['title', 'heading', 'body', 'muted', 'mono', 'count'] as const
export type TextKind = (typeof TEXT_KINDS)[number]

export interface TextStyle {
  readonly size: number
  readonly bold: boolean
  readonly mono: boolean
}

export const TEXT_STYLES: Readonly<Record<TextKind, TextStyle>> = {
  title: { size: 15, bold: true, mono: false },
  heading: { size: 13, bold: true, mono: false },
  body: { size: 12, bold: false, mono: false },
  muted: { size: 11, bold: false, mono: false },
  mono: { size: 11, bold: false, mono: true },
  count: { size: 11, bold: true, mono: false },
}

export const SANS_FONT =
  "Arial, 'Liberation Sans', Helvetica, 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif"
export const MONO_FONT =
  "Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', 'Noto Sans Mono CJK KR', monospace"

/** Advance widths in 1/1000 em (Helvetica AFM), for the printable ASCII range 0x20..0x7e. */
const ASCII_WIDTHS = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space..'/'
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556, // '0'..'?'
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778, // '@'..'O'
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556, // 'P'..'_'
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556, // '`'..'o'
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584, // 'p'..'~'
] as const

const SPECIAL_WIDTHS: Readonly<Record<string, number>> = {
  '×': 584,
  '·': 278,
  '…': 1000,
  '–': 556,
  '—': 1000,
  '•': 350,
}

/** Hangul, CJK, kana, full-width forms and emoji take a full em (two Latin characters). */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300
  )
}

function sansWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20] ?? 600
  if (isWide(code)) return 1000
  return SPECIAL_WIDTHS[ch] ?? 620
}

/** Estimated rendered width of `text` in pixels for the given kind. */
export function textWidth(text: string, kind: TextKind): number {
  const style = TEXT_STYLES[kind]
  let units = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    units += style.mono ? (isWide(code) ? 1200 : 610) : sansWidth(ch)
  }
  const boldFactor = style.bold ? 1.1 : 1
  // 3% headroom for fallback fonts with slightly wider Latin metrics.
  return Math.ceil((units / 1000) * style.size * boldFactor * 1.03)
}

/** Shortens `text` with an ellipsis so that it fits in `max` pixels. */
export function clipText(text: string, kind: TextKind, max: number): string {
  if (textWidth(text, kind) <= max) return text
  const chars = [...text]
  let lo = 0
  let hi = chars.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (textWidth(`${chars.slice(0, mid).join('')}…`, kind) <= max) lo = mid
    else hi = mid - 1
  }
  return `${chars.slice(0, lo).join('')}…`
}

/** Distance from the baseline to the top of the text, and below it, in pixels. */
export function textAscent(kind: TextKind): number {
  return Math.ceil(TEXT_STYLES[kind].size * 0.9)
}

export function textDescent(kind: TextKind): number {
  return Math.ceil(TEXT_STYLES[kind].size * 0.25)
}
