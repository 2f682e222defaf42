/**
 * A lookup over generated catalogue rows (milvus.yaml keys, chart values keys): which entry a path
 * names, which keys a section may hold, and where the known part of a path ends. Pure; rows in.
 * A `*` segment in a row stands for any key (a volume name, a component).
 */

import { createSuggester, type Suggester } from './didYouMean'

/** Codes whose subtree is not listed: any key or value goes below them. */
const OPEN_CODES = new Set(['n', 'm', 'k', 'l', 't', 'x'])

export interface KeyEntry {
  readonly path: string
  /** Type code, see catalogueTypes.ts. */
  readonly type: string
  readonly default?: string | number | boolean
  /** Line in the source file (milvus.yaml rows only). */
  readonly line?: number
  /** The source file has this key commented out. */
  readonly commented?: boolean
}

/** How far a path is known: all of it, up to an open entry, or not past `parent`. */
export type KeyResolution =
  | { readonly kind: 'known'; readonly entry: KeyEntry }
  | { readonly kind: 'open'; readonly entry: KeyEntry }
  | {
      readonly kind: 'unknown'
      readonly parent: string
      readonly depth: number
      readonly known: readonly string[]
    }

export interface KeyIndex {
  resolve(path: readonly (string | number)[]): KeyResolution
  /**
   * The resolution of `parent`'s path plus `key`, when it follows from `parent` alone (a key listed
   * under a known section, anything below an open entry); undefined when only `resolve` on the
   * whole path can tell (a `*` row elsewhere may still match). Saves walking from the top for
   * every key of a large map.
   */
  resolveBelow(parent: KeyResolution, key: string): KeyResolution | undefined
  /** Keys listed under `parent` (a dotted catalogue path, '' for the top). */
  children(parent: string): readonly string[]
  entry(path: string): KeyEntry | undefined
  entries(): readonly KeyEntry[]
  /**
   * A did-you-mean over `known` (a list this index gave in an `unknown` resolution), prepared once
   * and kept with the index, so every check and every keystroke reuses it and its answers.
   */
  suggester(known: readonly string[]): Suggester
}

type Row = readonly [string, string, ...unknown[]]

function toEntry(row: Row): KeyEntry {
  const [path, type, def, line, commented] = row
  return {
    path,
    type,
    ...(typeof def === 'string' || typeof def === 'number' || typeof def === 'boolean'
      ? { default: def }
      : {}),
    ...(typeof line === 'number' ? { line } : {}),
    ...(commented === 1 ? { commented: true } : {}),
  }
}

/** Builds the index once; callers keep it (building walks every row). */
export function buildKeyIndex(rows: readonly Row[]): KeyIndex {
  const byPath = new Map<string, KeyEntry>()
  const kids = new Map<string, string[]>()
  for (const row of rows) {
    const entry = toEntry(row)
    byPath.set(entry.path, entry)
    const cut = entry.path.lastIndexOf('.')
    const parent = cut < 0 ? '' : entry.path.slice(0, cut)
    const list = kids.get(parent) ?? []
    list.push(entry.path.slice(cut + 1))
    kids.set(parent, list)
  }
  const children = (parent: string): readonly string[] => kids.get(parent) ?? []
  // What a section may hold, without its `*` row: built on first use, then shared by every
  // resolution that stops in that section (a pasted dump can hold thousands of unknown keys).
  const named = new Map<string, readonly string[]>()
  const namedChildren = (parent: string): readonly string[] => {
    let list = named.get(parent)
    if (!list) {
      list = children(parent).filter((k) => k !== '*')
      named.set(parent, list)
    }
    return list
  }
  // One resolution per section where a path leaves the catalogue, built on first use and shared
  // (resolutions are read-only); a pasted dump can hold thousands of unknown keys in one section.
  const misses = new Map<string, KeyResolution>()
  const missAt = (at: string, depth: number): KeyResolution => {
    const id = `${depth}\u0000${at}`
    let miss = misses.get(id)
    if (!miss) {
      miss = { kind: 'unknown', parent: at, depth, known: namedChildren(at) }
      misses.set(id, miss)
    }
    return miss
  }
  // Depth first over the exact match, then the `*` match, so `volumes.data.storageClassName`
  // finds `volumes.*.storageClassName`.
  const search = (
    path: readonly string[],
    depth: number,
    entry: KeyEntry | undefined,
  ): KeyResolution => {
    if (entry && OPEN_CODES.has(entry.type) && depth < path.length) return { kind: 'open', entry }
    if (depth === path.length)
      return entry
        ? { kind: 'known', entry }
        : { kind: 'unknown', parent: '', depth: 0, known: children('') }
    const at = entry?.path ?? ''
    const key = path[depth] ?? ''
    let firstMiss: KeyResolution | undefined
    for (const next of [at === '' ? key : `${at}.${key}`, at === '' ? '*' : `${at}.*`]) {
      const found = byPath.get(next)
      if (!found) continue
      const res = search(path, depth + 1, found)
      if (res.kind !== 'unknown') return res
      firstMiss ??= res
    }
    return firstMiss ?? missAt(at, depth)
  }
  const resolve = (path: readonly (string | number)[]): KeyResolution =>
    search(
      path.every((seg) => typeof seg === 'string') ? (path as readonly string[]) : path.map(String),
      0,
      undefined,
    )
  // Resolutions are read-only: one object per entry serves every path that lands on it.
  const knownAs = new Map<KeyEntry, KeyResolution>()
  const known = (entry: KeyEntry): KeyResolution => {
    let res = knownAs.get(entry)
    if (!res) {
      res = { kind: 'known', entry }
      knownAs.set(entry, res)
    }
    return res
  }
  // Equivalent to `resolve`: the search reaches the parent's entry first (routes tried before it
  // failed above the parent), so a child found under that entry is the search's answer too.
  const resolveBelow = (parent: KeyResolution, key: string): KeyResolution | undefined => {
    if (parent.kind === 'open') return parent
    if (parent.kind !== 'known') return undefined
    const { entry } = parent
    if (OPEN_CODES.has(entry.type)) return { kind: 'open', entry }
    const found = byPath.get(`${entry.path}.${key}`) ?? byPath.get(`${entry.path}.*`)
    return found ? known(found) : undefined
  }
  const suggesters = new WeakMap<readonly string[], Suggester>()
  const suggester = (list: readonly string[]): Suggester => {
    let made = suggesters.get(list)
    if (!made) {
      made = createSuggester(list)
      suggesters.set(list, made)
    }
    return made
  }
  return {
    resolve,
    resolveBelow,
    suggester,
    children,
    entry: (p) => byPath.get(p),
    entries: () => [...byPath.values()],
  }
}
