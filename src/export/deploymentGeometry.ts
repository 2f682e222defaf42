/**
 * Geometry types and small builders for the deployment diagram: text lines, pod rows with their
 * squares, and the column widths that size every box from its text. No strings are invented here;
 * callers pass what deploymentContent produced. Pure.
 */
import type { PodRow } from './deploymentContent'
import { clipText, textAscent, textWidth, type TextKind } from './deploymentText'

export const TONES = ['fg', 'muted', 'milvus', 'store', 'etcd', 'storage'] as const
export type Tone = (typeof TONES)[number]

export const SHAPE_KINDS = ['group', 'card', 'note', 'volume', 'pod'] as const
export type ShapeKind = (typeof SHAPE_KINDS)[number]

export interface LayoutText {
  readonly x: number
  /** Baseline. */
  readonly y: number
  readonly text: string
  readonly kind: TextKind
  readonly tone: Tone
}

export interface LayoutShape {
  readonly kind: ShapeKind
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
  readonly tone: Tone
  /** Dashed outline: external, ephemeral or of unknown count. */
  readonly dashed: boolean
  /** Text drawn inside this shape (checked to stay inside it). */
  readonly texts: readonly LayoutText[]
}

export interface LayoutEdge {
  readonly kind: 'dependency' | 'mount'
  readonly points: readonly (readonly [number, number])[]
}

export interface Line {
  readonly text: string
  readonly kind: TextKind
  readonly tone: Tone
}

/** Vertical space a line of each kind takes. */
export const LINE_HEIGHT: Readonly<Record<TextKind, number>> = {
  title: 20,
  heading: 18,
  body: 17,
  muted: 15,
  mono: 15,
  count: 15,
}
/** Longest a single line may grow before it is shortened with an ellipsis. */
export const MAX_LINE = 300

export const SQUARE = 9
export const SQUARE_GAP = 3
export const ROW_HEIGHT = 18

export function line(text: string, kind: TextKind, tone: Tone): Line {
  return { text: clipText(text, kind, MAX_LINE), kind, tone }
}

export function linesWidth(lines: readonly Line[]): number {
  return lines.reduce((w, l) => Math.max(w, textWidth(l.text, l.kind)), 0)
}

export function linesHeight(lines: readonly Line[]): number {
  return lines.reduce((h, l) => h + LINE_HEIGHT[l.kind], 0)
}

/** Places lines top-down from (x, top); baselines sit an ascent below each line's top. */
export function placeLines(lines: readonly Line[], x: number, top: number): LayoutText[] {
  let y = top
  return lines.map((l) => {
    const lh = LINE_HEIGHT[l.kind]
    const baseline = y + Math.round((lh + textAscent(l.kind)) / 2) - 1
    y += lh
    return { x, y: baseline, text: l.text, kind: l.kind, tone: l.tone }
  })
}

export function squaresWidth(n: number): number {
  return n > 0 ? n * (SQUARE + SQUARE_GAP) - SQUARE_GAP : 0
}

/** Column widths shared by a list of pod rows so that names, squares and counts line up. */
export interface RowColumns {
  readonly name: number
  readonly squares: number
  readonly count: number
}

export function rowColumns(rows: readonly PodRow[]): RowColumns {
  return {
    name: rows.reduce(
      (w, r) => Math.max(w, textWidth(clipText(r.name, 'body', MAX_LINE), 'body')),
      0,
    ),
    squares: rows.reduce((w, r) => Math.max(w, squaresWidth(r.squares)), 0),
    count: rows.reduce((w, r) => Math.max(w, textWidth(r.count, 'count')), 0),
  }
}

export function rowWidth(c: RowColumns): number {
  return c.name + 12 + (c.squares > 0 ? c.squares + 8 : 0) + c.count
}

/** One pod row: the name, one square per pod, then the count. */
export function placeRow(
  row: PodRow,
  c: RowColumns,
  x: number,
  top: number,
  tone: Tone,
): { texts: LayoutText[]; pods: LayoutShape[] } {
  const name = clipText(row.name, 'body', MAX_LINE)
  const baseline = top + Math.round((ROW_HEIGHT + textAscent('body')) / 2) - 1
  const squaresX = x + c.name + 12
  const countX = squaresX + (c.squares > 0 ? c.squares + 8 : 0)
  const squareY = top + Math.round((ROW_HEIGHT - SQUARE) / 2)
  const pods: LayoutShape[] = Array.from({ length: row.squares }, (_, i) => ({
    kind: 'pod',
    x: squaresX + i * (SQUARE + SQUARE_GAP),
    y: squareY,
    w: SQUARE,
    h: SQUARE,
    tone,
    dashed: !row.known,
    texts: [],
  }))
  const texts: LayoutText[] = [
    { x, y: baseline, text: name, kind: 'body', tone: 'fg' },
    { x: countX, y: baseline, text: row.count, kind: 'count', tone: row.known ? 'fg' : 'muted' },
  ]
  return { texts, pods }
}
