/**
 * Local storage adapters for autosave and preferences. Every access is guarded: storage can be
 * missing or throw (private mode, blocked cookies) and writes can hit the quota. Nothing here
 * throws; results say what happened. A corrupted autosave is set aside under its own key.
 */
import type { Lang, ThemeChoice } from './types'

export const AUTOSAVE_KEY = 'milvus-studio:autosave:v1'
export const PREFS_KEY = 'milvus-studio:prefs:v1'
export const CORRUPT_PREFIX = 'milvus-studio:autosave:corrupt:'

/** The part of Web Storage we use (so tests can pass a fake). */
export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export type WriteResult = 'ok' | 'full' | 'unavailable'

export interface SavedWork {
  readonly source: string
  readonly savedAt: number
}

export type AutosaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly work: SavedWork }
  /** `movedTo` is the key the bad value now lives under, or null if it could not be moved. */
  | { readonly kind: 'corrupt'; readonly movedTo: string | null }

export interface Prefs {
  readonly lang?: Lang
  readonly theme?: ThemeChoice
  /** False after "Forget saved work" until the user turns autosave back on. */
  readonly autosave?: boolean
}

/** The browser's localStorage if it can be used at all, else null. */
export function openBrowserStorage(): StorageLike | null {
  try {
    const storage = window.localStorage
    const probe = 'milvus-studio:probe'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return storage
  } catch {
    return null
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  )
}

function write(storage: StorageLike | null, key: string, value: string): WriteResult {
  if (!storage) return 'unavailable'
  try {
    storage.setItem(key, value)
    return 'ok'
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable'
  }
}

function read(storage: StorageLike | null, key: string): string | null {
  if (!storage) return null
  try {
    return storage.getItem(key)
  } catch {
    return null
  }
}

function remove(storage: StorageLike | null, key: string): void {
  try {
    storage?.removeItem(key)
  } catch {
    // Nothing to do: storage that cannot remove cannot hold our data either.
  }
}

function parseSaved(raw: string): SavedWork | null {
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return null
    const { v, source, savedAt } = value as Record<string, unknown>
    if (v !== 1 || typeof source !== 'string') return null
    return { source, savedAt: typeof savedAt === 'number' ? savedAt : 0 }
  } catch {
    return null
  }
}

/** Reads the autosave; a value we cannot understand is moved aside, never overwritten. */
export function readAutosave(storage: StorageLike | null, now: number): AutosaveRead {
  const raw = read(storage, AUTOSAVE_KEY)
  if (raw === null) return { kind: 'none' }
  const work = parseSaved(raw)
  if (work) return { kind: 'ok', work }
  const movedTo = `${CORRUPT_PREFIX}${now}`
  if (write(storage, movedTo, raw) !== 'ok') return { kind: 'corrupt', movedTo: null }
  remove(storage, AUTOSAVE_KEY)
  return { kind: 'corrupt', movedTo }
}

export function writeAutosave(
  storage: StorageLike | null,
  source: string,
  now: number,
): WriteResult {
  return write(storage, AUTOSAVE_KEY, JSON.stringify({ v: 1, source, savedAt: now }))
}

export function forgetAutosave(storage: StorageLike | null): void {
  remove(storage, AUTOSAVE_KEY)
}

const LANGS: readonly string[] = ['en', 'ko']
const THEMES: readonly string[] = ['system', 'light', 'dark']

export function readPrefs(storage: StorageLike | null): Prefs {
  const raw = read(storage, PREFS_KEY)
  if (raw === null) return {}
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return {}
    const { lang, theme, autosave } = value as Record<string, unknown>
    return {
      ...(typeof lang === 'string' && LANGS.includes(lang) ? { lang: lang as Lang } : {}),
      ...(typeof theme === 'string' && THEMES.includes(theme)
        ? { theme: theme as ThemeChoice }
        : {}),
      ...(typeof autosave === 'boolean' ? { autosave } : {}),
    }
  } catch {
    return {}
  }
}

export function writePrefs(storage: StorageLike | null, prefs: Prefs): WriteResult {
  return write(storage, PREFS_KEY, JSON.stringify(prefs))
}
