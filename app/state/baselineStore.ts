/**
 * The named-baseline library and its actions. Marking a baseline saves it under a name and makes
 * it the one the studio compares against (documentSlice.setBaseline re-derives the findings).
 * The library is kept on this device next to the autosave, so a reload brings it back.
 */
import { create } from 'zustand'
import {
  addWithoutOverwriting,
  EMPTY_LIBRARY,
  libraryToText,
  mergeBaselines,
  parseStoredLibrary,
  readLibraryText,
  toBaseline,
  type Library,
  type SavedBaseline,
  type SharedAdded,
} from './baselineLibrary'
import type { StorageLike } from './storage'
import { useStudioStore } from './store'
import type { LocalizedText } from '../../src/model/types'

export const BASELINES_KEY = 'milvus-studio:baselines:v1'

export const useBaselineLibrary = create<Library>(() => EMPTY_LIBRARY)

let storage: StorageLike | null = null

function persist(): void {
  if (!storage) return
  const { items, active } = useBaselineLibrary.getState()
  try {
    storage.setItem(BASELINES_KEY, libraryToText(items, active))
  } catch {
    // Quota or blocked storage: the library stays in memory; the autosave banner reports storage trouble.
  }
}

function activate(name: string | null): void {
  const saved = useBaselineLibrary.getState().items.find((b) => b.name === name)
  const baseline = saved ? toBaseline(saved) : undefined
  useBaselineLibrary.setState({ active: baseline ? (name ?? null) : null })
  useStudioStore.getState().setBaseline(baseline ?? null)
}

/** Saves `source` as the baseline `name` (replacing one of that name) and compares against it. */
export function markBaseline(name: string, source: string, now = Date.now()): boolean {
  const clean = name.trim()
  if (clean === '' || !toBaseline({ name: clean, source, savedAt: now })) return false
  useBaselineLibrary.setState((s) => ({
    items: mergeBaselines(s.items, [{ name: clean, source, savedAt: now }]),
  }))
  activate(clean)
  persist()
  return true
}

/** Compares against another saved baseline, or none. */
export function compareWithBaseline(name: string | null): void {
  activate(name)
  persist()
}

export function removeBaseline(name: string): void {
  const wasActive = useBaselineLibrary.getState().active === name
  useBaselineLibrary.setState((s) => ({ items: s.items.filter((b) => b.name !== name) }))
  if (wasActive) activate(null)
  persist()
}

/** Imports a baselines file (or a manifest as one baseline); returns the error, if any. */
export function importBaselines(
  text: string,
  fileName: string,
  now = Date.now(),
): LocalizedText | null {
  const read = readLibraryText(text, fileName, now)
  if (!read.ok) return read.error
  useBaselineLibrary.setState((s) => ({ items: mergeBaselines(s.items, read.items) }))
  persist()
  return null
}

/**
 * Adds the baselines a share link carried (never overwriting one of the user's) and compares
 * against the one the sender compared against, under the name it got here.
 */
export function addSharedBaselines(
  shared: readonly { readonly name: string; readonly source: string }[],
  active: string | null,
  now = Date.now(),
): Omit<SharedAdded, 'items'> & { readonly active: string | null } {
  const { items, added, skipped } = addWithoutOverwriting(
    useBaselineLibrary.getState().items,
    shared,
    now,
  )
  useBaselineLibrary.setState({ items })
  const activeAs = added.find((a) => a.name === active)?.as ?? null
  if (activeAs !== null) activate(activeAs)
  persist()
  return { added, skipped, active: activeAs }
}

/** The library as a file to download. */
export function exportBaselines(): string {
  const { items, active } = useBaselineLibrary.getState()
  return libraryToText(items, active)
}

export function findBaseline(name: string): SavedBaseline | undefined {
  return useBaselineLibrary.getState().items.find((b) => b.name === name)
}

function readStored(s: StorageLike | null): string | null {
  try {
    return s?.getItem(BASELINES_KEY) ?? null
  } catch {
    return null
  }
}

/** Restores the library and the active baseline from storage (called at start). */
export function startBaselines(s: StorageLike | null): void {
  storage = s
  const library = parseStoredLibrary(readStored(s))
  useBaselineLibrary.setState(library, true)
  if (library.active !== null) activate(library.active)
}

/** "Forget saved work" forgets the baselines kept on this device too. */
export function forgetBaselines(): void {
  try {
    storage?.removeItem(BASELINES_KEY)
  } catch {
    // Nothing more to do: the key is gone or storage is blocked.
  }
}
