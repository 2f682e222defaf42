/**
 * Undo/redo history of the YAML text. Pure: the store passes the clock in. Consecutive editor
 * keystrokes within COALESCE_MS of each other become one step, and so do consecutive form edits of
 * the same field (typing a name), so undo walks back a word or a line at a time instead of a
 * character.
 */
import type { ChangeOrigin } from './types'

export const HISTORY_LIMIT = 200
export const COALESCE_MS = 500

export interface History {
  /** Older texts, newest last. */
  readonly past: readonly string[]
  /** Texts undone, the next redo last. */
  readonly future: readonly string[]
  /** Origin and time of the last recorded change (for coalescing). */
  readonly lastOrigin: ChangeOrigin | null
  readonly lastAt: number
  /** What the last change touched (a form field's path); form edits coalesce only on the same key. */
  readonly lastKey?: string
}

export const EMPTY_HISTORY: History = { past: [], future: [], lastOrigin: null, lastAt: 0 }

const COALESCING_ORIGINS: ReadonlySet<ChangeOrigin> = new Set(['editor', 'form'])

/** Records that `previous` was replaced by a new text. */
export function recordChange(
  history: History,
  previous: string,
  origin: ChangeOrigin,
  now: number,
  key?: string,
): History {
  const coalesce =
    COALESCING_ORIGINS.has(origin) &&
    history.lastOrigin === origin &&
    history.lastKey === key &&
    (origin === 'editor' || key !== undefined) &&
    now - history.lastAt < COALESCE_MS &&
    history.past.length > 0
  if (coalesce) return { ...history, future: [], lastAt: now }
  const past = [...history.past, previous]
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT)
  return key === undefined
    ? { past, future: [], lastOrigin: origin, lastAt: now }
    : { past, future: [], lastOrigin: origin, lastAt: now, lastKey: key }
}

/** Steps back: returns the text to show and the new history, or null when there is nothing to undo. */
export function undoStep(
  history: History,
  current: string,
): { text: string; history: History } | null {
  const text = history.past[history.past.length - 1]
  if (text === undefined) return null
  return {
    text,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, current],
      lastOrigin: 'undo',
      lastAt: 0,
    },
  }
}

/** Steps forward again after an undo. */
export function redoStep(
  history: History,
  current: string,
): { text: string; history: History } | null {
  const text = history.future[history.future.length - 1]
  if (text === undefined) return null
  return {
    text,
    history: {
      past: [...history.past, current],
      future: history.future.slice(0, -1),
      lastOrigin: 'undo',
      lastAt: 0,
    },
  }
}
