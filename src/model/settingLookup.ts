/**
 * Questions the editor and the form ask about free-form areas that a generated catalogue covers:
 * spec.config (milvus.yaml) and spec.dependencies.<dep>.inCluster.values (the chart chartVersion
 * selects). Pure; reads the resource only for chartVersion.
 */
import { CHART_DEPENDENCIES, chartFor, chartIndex, type ChartId } from './chartCatalogue'
import { configDocsUrl, configSourceUrl, milvusConfigIndex } from './configCatalogue'
import type { KeyEntry, KeyIndex } from './keyIndex'
import type { MilvusResource, SpecPath } from './types'

export type SettingCatalogue = 'milvus.yaml' | ChartId

export interface SettingInfo {
  readonly key: string
  readonly entry: KeyEntry
  readonly catalogue: SettingCatalogue
  /** Where it is documented: the docs page and the line in milvus.yaml (config keys only). */
  readonly links: readonly string[]
}

interface Scope {
  readonly index: KeyIndex
  readonly catalogue: SettingCatalogue
  /** Path inside the catalogue (after spec.config or inCluster.values). */
  readonly rel: readonly string[]
}

function isDependency(seg: unknown): seg is (typeof CHART_DEPENDENCIES)[number] {
  return (CHART_DEPENDENCIES as readonly unknown[]).includes(seg)
}

function scopeOf(path: SpecPath, resource: MilvusResource): Scope | undefined {
  if (path[0] !== 'spec') return undefined
  if (path[1] === 'config')
    return { index: milvusConfigIndex(), catalogue: 'milvus.yaml', rel: path.slice(2).map(String) }
  const dep = path[2]
  if (
    path[1] !== 'dependencies' ||
    !isDependency(dep) ||
    path[3] !== 'inCluster' ||
    path[4] !== 'values'
  )
    return undefined
  const block = resource.spec.dependencies?.[dep] as
    { inCluster?: { chartVersion?: unknown } } | undefined
  const chart = chartFor(dep, block?.inCluster?.chartVersion)
  return { index: chartIndex(chart), catalogue: chart, rel: path.slice(5).map(String) }
}

function infoOf(entry: KeyEntry, catalogue: SettingCatalogue): SettingInfo {
  const key = entry.path.slice(entry.path.lastIndexOf('.') + 1)
  const line = catalogue === 'milvus.yaml' ? configSourceUrl(entry) : undefined
  const links =
    catalogue === 'milvus.yaml' ? [configDocsUrl(entry.path), ...(line ? [line] : [])] : []
  return { key, entry, catalogue, links }
}

/** The catalogue entry of the key at `path`, when the path is inside a catalogued area and known. */
export function settingAt(path: SpecPath, resource: MilvusResource): SettingInfo | undefined {
  const scope = scopeOf(path, resource)
  if (!scope || scope.rel.length === 0) return undefined
  const res = scope.index.resolve(scope.rel)
  return res.kind === 'known' ? infoOf(res.entry, scope.catalogue) : undefined
}

/** The milvus.yaml catalogue entry of the `spec.config` key at `rel` (the path below `spec.config`). */
export function configSettingAt(rel: readonly string[]): SettingInfo | undefined {
  if (rel.length === 0) return undefined
  const res = milvusConfigIndex().resolve(rel)
  return res.kind === 'known' ? infoOf(res.entry, 'milvus.yaml') : undefined
}

/** The keys a section at `parent` may hold (completion), or [] outside catalogued sections. */
export function settingChildren(parent: SpecPath, resource: MilvusResource): SettingInfo[] {
  const scope = scopeOf(parent, resource)
  if (!scope) return []
  let at = ''
  if (scope.rel.length > 0) {
    const res = scope.index.resolve(scope.rel)
    if (res.kind !== 'known' || res.entry.type !== 'o') return []
    at = res.entry.path
  }
  return scope.index
    .children(at)
    .filter((k) => k !== '*')
    .map((k) => scope.index.entry(at === '' ? k : `${at}.${k}`))
    .filter((e): e is KeyEntry => e !== undefined)
    .map((e) => infoOf(e, scope.catalogue))
}

/** Every leaf setting of milvus.yaml (the form's "add a setting" search). */
export function listMilvusSettings(): SettingInfo[] {
  return milvusConfigIndex()
    .entries()
    .filter((e) => e.type !== 'o')
    .map((e) => infoOf(e, 'milvus.yaml'))
}

/** Every leaf under spec.config as a dotted path and its value (the form's list of settings). */
export function configLeaves(config: unknown, prefix = ''): { path: string; value: unknown }[] {
  if (config === null || typeof config !== 'object' || Array.isArray(config))
    return prefix ? [{ path: prefix, value: config }] : []
  const entries = Object.entries(config)
  if (entries.length === 0) return prefix ? [{ path: prefix, value: config }] : []
  return entries.flatMap(([k, v]) => configLeaves(v, prefix ? `${prefix}.${k}` : k))
}

/** The value a newly added setting starts with: its milvus.yaml default, else an empty value. */
export function initialSettingValue(entry: KeyEntry): unknown {
  if (entry.default !== undefined) return entry.default
  return entry.type === 'l' ? [] : entry.type === 'b' ? false : ''
}

/**
 * Settings whose path contains every word of `query` (case-insensitive), best first: exact path,
 * then a key name that starts with the last word, then shorter paths.
 */
export function searchSettings(
  all: readonly SettingInfo[],
  query: string,
  limit: number,
): SettingInfo[] {
  const words = query.toLowerCase().split(/[\s]+/).filter(Boolean)
  if (words.length === 0) return []
  const last = words[words.length - 1] ?? ''
  const rank = (s: SettingInfo): number => {
    const path = s.entry.path.toLowerCase()
    if (path === query.trim().toLowerCase()) return 0
    return s.key.toLowerCase().startsWith(last) ? 1 : 2
  }
  return all
    .filter((s) => words.every((w) => s.entry.path.toLowerCase().includes(w)))
    .map((s) => ({ s, r: rank(s) }))
    .sort(
      (a, b) =>
        a.r - b.r ||
        a.s.entry.path.length - b.s.entry.path.length ||
        (a.s.entry.path < b.s.entry.path ? -1 : 1),
    )
    .slice(0, limit)
    .map((x) => x.s)
}
