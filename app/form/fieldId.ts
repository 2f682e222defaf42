/**
 * Element ids derived from spec paths, so a finding's path can find its form control.
 * Pure string logic; the DOM lookup lives in useRevealFocus.
 */
import type { SpecPath } from '../../src/model'

/** A stable, valid HTML id for the control that edits `path`. */
export function fieldId(path: SpecPath): string {
  const parts = path.map((p) =>
    String(p).replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`),
  )
  return `ff-${parts.join('.')}`
}

/** Ids to try when revealing `path`: the path itself first, then each ancestor, longest first. */
export function revealCandidates(path: SpecPath): string[] {
  const ids: string[] = []
  for (let n = path.length; n > 0; n--) ids.push(fieldId(path.slice(0, n)))
  return ids
}
