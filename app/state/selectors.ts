/**
 * Selectors: the only way components read the store. Those returning new arrays go through
 * `useShallow` in the hooks below so a component re-renders only when the contents change.
 */
import { useShallow } from 'zustand/react/shallow'
import type { LocatedFinding } from '../../src/derive/types'
import { effectiveMode, effectiveMsgStreamType, getAtPath } from '../../src/model'
import type { MilvusMode, MilvusResource, MsgStreamType, SpecPath } from '../../src/model/types'
import { useStudioStore } from './store'
import type { StudioState } from './types'

/** The resource the form shows: the current one, or the last good one while the text is broken. */
export function selectResource(s: StudioState): MilvusResource {
  return s.derived.resource ?? s.lastValidResource
}

/**
 * True while the form cannot write: the text does not parse, or it has no Milvus document to
 * edit (e.g. the user cleared it). The form then shows the last good resource, frozen.
 */
export function selectIsReadOnly(s: StudioState): boolean {
  return !s.derived.ok || s.derived.milvusIndex < 0
}

/** True when the text parses but holds no Milvus resource. */
export function selectHasNoMilvus(s: StudioState): boolean {
  return s.derived.ok && s.derived.milvusIndex < 0
}

export function selectFindings(s: StudioState): readonly LocatedFinding[] {
  return s.derived.findings
}

export interface SeverityCounts {
  error: number
  warning: number
  info: number
}

export function selectCounts(s: StudioState): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 }
  for (const f of s.derived.findings) counts[f.severity]++
  return counts
}

/** The first YAML syntax problem, for the read-only banner. */
export function selectFirstSyntaxError(s: StudioState): LocatedFinding | undefined {
  return s.derived.findings.find((f) => f.rule.startsWith('yaml-')) ?? s.derived.findings[0]
}

/** The mode the operator runs: spec.mode, or its default. */
export function selectEffectiveMode(s: StudioState): MilvusMode {
  return effectiveMode(selectResource(s))
}

/** The message store the operator uses: msgStreamType, or its default for the mode and version. */
export function selectMsgStreamType(s: StudioState): MsgStreamType {
  return effectiveMsgStreamType(selectResource(s))
}

/** The value written at `path` in the shown resource (undefined when absent). */
export function selectValueAt(s: StudioState, path: SpecPath): unknown {
  return getAtPath(selectResource(s), path)
}

/** metadata.name of the edited resource (or the last good one). */
export function selectResourceName(s: StudioState): string {
  return selectResource(s).metadata.name ?? ''
}

/** One path segment of a map key; a list index and the same digits as a key stay apart. */
function segmentKey(seg: string | number): string {
  return typeof seg === 'number' ? `\u0001${seg}\u0000` : `${seg}\u0000`
}

function pathKey(path: SpecPath): string {
  let key = ''
  for (const seg of path) key += segmentKey(seg)
  return key
}

interface FindingsIndex {
  /** Findings by their exact path, and under every path that is a prefix of theirs. */
  readonly exact: Map<string, LocatedFinding[]>
  readonly under: Map<string, LocatedFinding[]>
}

/** One index per findings list (a derive result's list never changes), built on first use. */
const indexes = new WeakMap<readonly LocatedFinding[], FindingsIndex>()

function indexOf(findings: readonly LocatedFinding[]): FindingsIndex {
  let index = indexes.get(findings)
  if (index) return index
  index = { exact: new Map(), under: new Map() }
  const add = (map: Map<string, LocatedFinding[]>, key: string, f: LocatedFinding): void => {
    const list = map.get(key)
    if (list) list.push(f)
    else map.set(key, [f])
  }
  for (const f of findings) {
    let key = ''
    add(index.under, key, f)
    for (const seg of f.path) {
      key += segmentKey(seg)
      add(index.under, key, f)
    }
    add(index.exact, key, f)
  }
  indexes.set(findings, index)
  return index
}

const NONE: readonly LocatedFinding[] = []

/**
 * Findings at `path` (or under it when includeDescendants), in list order. Every field asks on
 * every store change, so the list is indexed once per derive result and answers are shared,
 * read-only arrays (the same array for the same question on the same result). Pure.
 */
export function findingsAt(
  findings: readonly LocatedFinding[],
  path: SpecPath,
  includeDescendants = false,
): readonly LocatedFinding[] {
  const index = indexOf(findings)
  return (includeDescendants ? index.under : index.exact).get(pathKey(path)) ?? NONE
}

/** Findings for one form field; re-renders only when that list changes. */
export function useFindingsAt(
  path: SpecPath,
  includeDescendants = false,
): readonly LocatedFinding[] {
  return useStudioStore(useShallow((s) => findingsAt(s.derived.findings, path, includeDescendants)))
}

/** Counts per severity (stable object identity while the numbers stay). */
export function useCounts(): SeverityCounts {
  return useStudioStore(useShallow(selectCounts))
}
