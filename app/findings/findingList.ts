/**
 * Keys and equality for rendering findings incrementally: a finding keeps its key while its rule,
 * path and occurrence stay, and a row re-renders only when what it shows changed. Pure.
 */
import type { LocatedFinding } from '../../src/derive/types'

/** Stable React keys: rule and path, with an occurrence number when both repeat. */
export function findingKeys(findings: readonly LocatedFinding[]): string[] {
  const seen = new Map<string, number>()
  return findings.map((f) => {
    const base = `${f.rule}|${f.path.join('.')}`
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return n === 0 ? base : `${base}|${n}`
  })
}

/** True when two findings show the same thing (the worker sends fresh objects for equal findings). */
export function sameFinding(a: LocatedFinding, b: LocatedFinding): boolean {
  if (a === b) return true
  return (
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.path.length === b.path.length &&
    a.path.every((p, i) => p === b.path[i]) &&
    a.range?.start.offset === b.range?.start.offset &&
    a.range?.end.offset === b.range?.end.offset &&
    a.range?.start.line === b.range?.start.line &&
    a.message.en === b.message.en &&
    a.message.ko === b.message.ko &&
    a.explanation.en === b.explanation.en &&
    a.source === b.source &&
    JSON.stringify(a.fix) === JSON.stringify(b.fix)
  )
}
