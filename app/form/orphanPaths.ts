/**
 * Findings that have no form control of their own (unknown keys, keys the form does not edit):
 * the section whose prefixes cover them lists them, so every finding still shows in the form.
 * Pure: the caller says which paths have a control.
 */
import type { LocatedFinding } from '../../src/derive/types'
import type { SpecPath } from '../../src/model'

function startsWith(path: SpecPath, prefix: SpecPath): boolean {
  return path.length >= prefix.length && prefix.every((seg, i) => path[i] === seg)
}

/** Distinct paths of findings under `prefixes` for which `hasControl` is false, in finding order. */
export function orphanPaths(
  findings: readonly LocatedFinding[],
  prefixes: readonly SpecPath[],
  hasControl: (path: SpecPath) => boolean,
): SpecPath[] {
  const seen = new Set<string>()
  const out: SpecPath[] = []
  for (const f of findings) {
    if (!prefixes.some((p) => startsWith(f.path, p))) continue
    const key = JSON.stringify(f.path)
    if (seen.has(key) || hasControl(f.path)) continue
    seen.add(key)
    out.push(f.path)
  }
  return out
}
