/**
 * Builds the key catalogue of one chart version from its values.yaml, the free-form lists of
 * free-form-keys.json (maps, Kubernetes objects, lists and text blobs whose inner keys are not chart
 * keys; keys only the templates read) and the milvus-helm section the operator's webhook merges into
 * `inCluster.values` (those keys must be accepted even where the chart never reads them).
 * Pure: parsed inputs in, rows out.
 */
import { typeCode } from './milvusYaml'

/** [path, type code, default]. Codes as in milvusYaml.ts plus m (any-key map), k (Kubernetes
 * object passed through), t (free text), x (written by the operator from milvus-helm, no effect). */
export type ChartRow =
  readonly [string, string, string | number | boolean | null] | readonly [string, string]

export interface FreeFormLists {
  readonly anyKeyMaps?: readonly string[]
  readonly k8sObjects?: Readonly<Record<string, string>>
  readonly verbatimLists?: readonly string[]
  readonly stringBlobs?: readonly string[]
  readonly templateOnly?: readonly string[]
}

export interface ChartInput {
  readonly values: unknown
  readonly free: FreeFormLists
  /** Extra subtrees: a subchart's rows under its key (kafka's zookeeper, pulsar's kube-prometheus-stack). */
  readonly subcharts?: readonly { readonly key: string; readonly rows: readonly ChartRow[] }[]
  /** milvus-helm defaults merged by the webhook (its section for this dependency). */
  readonly injected?: unknown
}

const MAX_DEFAULT = 80

/** Splits "a, b{c,d} (note)" into top-level entries, then expands braces and `<c>`/`<v>`. */
export function expandEntry(entry: string, components: readonly string[]): string[] {
  const note = /\(([^)]*)\)\s*$/.exec(entry)?.[1] ?? ''
  const head = entry.replace(/\s*\([^)]*\)\s*$/, '').trim()
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const ch of head) {
    if (ch === '{') depth += 1
    if (ch === '}') depth -= 1
    if (ch === ',' && depth === 0) {
      parts.push(current.trim())
      current = ''
    } else current += ch
  }
  parts.push(current.trim())
  const named = /c = ([a-z_, ]+?)(;|$)/.exec(note)?.[1]
  const cs = named
    ? named
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
    : components
  return parts
    .flatMap(expandBraces)
    .flatMap((p) => (p.includes('<c>') ? cs.map((c) => p.replace('<c>', c)) : [p]))
    .map((p) => p.replace(/<v>/g, '*'))
}

function expandBraces(path: string): string[] {
  const m = /^(.*?)\{([^}]*)\}(.*)$/.exec(path)
  if (!m) return [path]
  return (m[2] ?? '').split(',').flatMap((alt) => expandBraces(`${m[1] ?? ''}${alt}${m[3] ?? ''}`))
}

function fit(value: unknown): string | number | boolean | null {
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'string' && value.length <= MAX_DEFAULT && !value.includes('\n'))
    return value
  return null
}

function isDict(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function leafRow(path: string, code: string, value: unknown): ChartRow {
  const d = fit(value)
  return d === null || !'bifs'.includes(code) ? [path, code] : [path, code, d]
}

function freeCodes(free: FreeFormLists, components: readonly string[]): Map<string, string> {
  const codes = new Map<string, string>()
  const add = (list: readonly string[] | undefined, code: string): void => {
    for (const e of list ?? [])
      for (const p of expandEntry(e, components)) if (!p.endsWith('.*')) codes.set(p, code)
  }
  add(free.templateOnly, 'n')
  add(free.verbatimLists, 'l')
  add(free.stringBlobs, 't')
  add(Object.keys(free.k8sObjects ?? {}), 'k')
  add(free.anyKeyMaps, 'm')
  return codes
}

function walk(
  value: unknown,
  prefix: string,
  codes: Map<string, string>,
  out: Map<string, ChartRow>,
): void {
  if (!isDict(value)) return
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('.')) continue
    const path = prefix === '' ? key : `${prefix}.${key}`
    const fixed = codes.get(path)
    const code = fixed ?? (isDict(child) && Object.keys(child).length === 0 ? 'm' : typeCode(child))
    out.set(path, leafRow(path, code, child))
    if (code === 'o') walk(child, path, codes, out)
  }
}

function ensureParents(path: string, out: Map<string, ChartRow>): void {
  const segs = path.split('.')
  for (let i = 1; i < segs.length; i += 1) {
    const p = segs.slice(0, i).join('.')
    if (!out.has(p)) out.set(p, [p, 'o'])
  }
}

/** Paths under an open node (m, k, l, t, n) are not listed: anything goes there. */
function isUnderOpen(path: string, out: Map<string, ChartRow>): boolean {
  const segs = path.split('.')
  for (let i = 1; i < segs.length; i += 1) {
    const row = out.get(segs.slice(0, i).join('.'))
    if (row && row[1] !== 'o') return true
  }
  return false
}

function addInjected(value: unknown, prefix: string, out: Map<string, ChartRow>): void {
  if (!isDict(value)) return
  for (const [key, child] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    if (isUnderOpen(path, out)) continue
    const known = out.get(path)
    if (!known) {
      ensureParents(path, out)
      out.set(path, isDict(child) && Object.keys(child).length > 0 ? [path, 'o'] : [path, 'x'])
    }
    if (isDict(child) && (known?.[1] ?? 'o') === 'o') addInjected(child, path, out)
  }
}

/** Catalogue rows of one chart version, sorted by path. */
export function buildChartRows(input: ChartInput): ChartRow[] {
  const values = isDict(input.values) ? input.values : {}
  const components = Object.keys(values).filter(
    (k) => isDict(values[k]) && 'component' in (values[k] as object),
  )
  const codes = freeCodes(input.free, components)
  const out = new Map<string, ChartRow>()
  out.set('global', ['global', 'm'])
  walk(values, '', codes, out)
  for (const [path, code] of codes) {
    if (out.has(path) || isUnderOpen(path, out)) continue
    ensureParents(path, out)
    out.set(path, [path, code])
  }
  for (const sub of input.subcharts ?? []) {
    out.set(sub.key, [sub.key, 'o'])
    for (const row of sub.rows)
      if (row[0] !== 'global')
        out.set(`${sub.key}.${row[0]}`, [
          `${sub.key}.${row[0]}`,
          ...row.slice(1),
        ] as unknown as ChartRow)
  }
  addInjected(input.injected, '', out)
  return [...out.values()]
    .filter((r) => !isUnderOpen(r[0], out))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

/** Rows of a subchart cut at `depth` levels: deeper objects become open maps (kept small). */
export function truncateRows(rows: readonly ChartRow[], depth: number): ChartRow[] {
  return rows
    .filter((r) => r[0].split('.').length <= depth)
    .map((r) => (r[0].split('.').length === depth && r[1] === 'o' ? [r[0], 'm'] : r))
}
