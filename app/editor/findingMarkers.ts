/**
 * Turns the engine's located findings into Monaco marker data. Pure (no Monaco import): the
 * severity numbers are Monaco's `MarkerSeverity` values, so tests run without the editor.
 */
import type { LocatedFinding } from '../../src/derive/types'
import type { Severity } from '../../src/rules/types'
import type { Lang } from '../state/types'

/** Monaco's MarkerSeverity: Hint 1, Info 2, Warning 4, Error 8. */
export const MARKER_SEVERITY: Record<Severity, number> = { error: 8, warning: 4, info: 2 }

/** The owner name under which the studio's markers are set on the model. */
export const MARKER_OWNER = 'milvus-studio'

/** Shown after each marker message; also tells our markers apart in code-action contexts. */
export const MARKER_SOURCE = 'Milvus Config Studio'

export interface StudioMarker {
  readonly startLineNumber: number
  readonly startColumn: number
  readonly endLineNumber: number
  readonly endColumn: number
  readonly severity: number
  readonly message: string
  readonly code: string
  readonly source: string
}

/** Length of each line (without its break), so empty ranges can be widened to something visible. */
export type LineLength = (line: number) => number | undefined

function widen(
  start: { line: number; col: number },
  end: { line: number; col: number },
  lineLength: LineLength,
): { endLine: number; endCol: number } {
  if (end.line > start.line || end.col > start.col) return { endLine: end.line, endCol: end.col }
  // An empty range (absent field reported at its parent, or an error at a line end): underline
  // to the end of the line, or one character when the line is empty.
  const length = lineLength(start.line)
  const lineEnd = length === undefined ? start.col + 1 : length + 1
  return { endLine: start.line, endCol: Math.max(lineEnd, start.col + 1) }
}

/** Markers for every finding; a finding without a range goes on the first line. */
export function findingsToMarkers(
  findings: readonly LocatedFinding[],
  lang: Lang,
  lineLength: LineLength,
): StudioMarker[] {
  return findings.map((f) => {
    const start = f.range ? f.range.start : { line: 1, col: 1 }
    const end = f.range ? f.range.end : start
    const { endLine, endCol } = widen(start, end, lineLength)
    return {
      startLineNumber: start.line,
      startColumn: start.col,
      endLineNumber: endLine,
      endColumn: endCol,
      severity: MARKER_SEVERITY[f.severity],
      message: f.message[lang],
      code: f.rule,
      source: MARKER_SOURCE,
    }
  })
}

/** Whether the finding's range touches the 1-based line span (for code actions). */
export function findingTouchesLines(f: LocatedFinding, fromLine: number, toLine: number): boolean {
  if (!f.range) return false
  return f.range.start.line <= toLine && f.range.end.line >= fromLine
}
