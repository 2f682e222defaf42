/**
 * Per-document memo for deriveDocument: in a multi-document stream, a document whose own text did
 * not change is neither re-parsed (the fast YAML path caches its tree) nor re-checked here. Its
 * findings are reused with their positions shifted by how far the document moved. Only streams read
 * by the fast parser are memoized (its documents depend on their own text alone). Pure; module cache.
 */
import type { Position, Range } from '../yaml/types'
import type { DeriveOptions, DerivedDocument, LocatedFinding } from './types'

interface Entry {
  readonly rules: unknown
  readonly baseline: unknown
  /** The other documents' Secrets and ConfigMaps the checks read (serialized), '' when none. */
  readonly context: string
  readonly startOffset: number
  readonly startLine: number
  readonly derived: DerivedDocument
}

const MAX_ENTRIES = 16
const MAX_TEXT = 4 * 1024 * 1024
const memo = new Map<string, Entry>()

/** How many documents were answered from the memo (tests and the benchmark read it). */
export const deriveStats = { reused: 0, checked: 0 }

function shiftPos(p: Position, dOffset: number, dLine: number): Position {
  return { line: p.line + dLine, col: p.col, offset: p.offset + dOffset }
}

function shiftRange(r: Range, dOffset: number, dLine: number): Range {
  return { start: shiftPos(r.start, dOffset, dLine), end: shiftPos(r.end, dOffset, dLine) }
}

function shiftFinding(f: LocatedFinding, dOffset: number, dLine: number): LocatedFinding {
  return f.range ? { ...f, range: shiftRange(f.range, dOffset, dLine) } : f
}

/** A memoized document for this text, options and place, or undefined. */
export function reuseDocument(text: string, options: DeriveOptions, index: number, start: Position, context = ''): DerivedDocument | undefined {
  const e = memo.get(text)
  if (!e || e.rules !== options.rules || e.baseline !== options.baseline || e.context !== context) return undefined
  deriveStats.reused++
  const dOffset = start.offset - e.startOffset
  const dLine = start.line - e.startLine
  if (dOffset === 0 && dLine === 0 && e.derived.index === index) return e.derived
  return { ...e.derived, index, findings: e.derived.findings.map((f) => shiftFinding(f, dOffset, dLine)) }
}

/** Remembers a derived document under its own text. */
export function rememberDocument(text: string, options: DeriveOptions, start: Position, derived: DerivedDocument, context = ''): void {
  deriveStats.checked++
  if (text.length > MAX_TEXT) return
  memo.delete(text)
  memo.set(text, { rules: options.rules, baseline: options.baseline, context, startOffset: start.offset, startLine: start.line, derived })
  for (const k of memo.keys()) {
    if (memo.size <= MAX_ENTRIES) break
    memo.delete(k)
  }
}
