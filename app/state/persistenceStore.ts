/**
 * What the user must know about keeping their work: whether storage works, whether autosave is on,
 * a corrupted save that was set aside, and a shared link being viewed. A small store of its own,
 * written only by persistence.ts and read by the header's notes.
 */
import { create } from 'zustand'
import type { LocalizedText } from '../../src/model/types'
import type { WriteResult } from './storage'

export type LinkState =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  /** `savedWorkKept`: autosave is paused so the user's own saved work stays as it was. */
  | { readonly status: 'open'; readonly savedWorkKept: boolean }
  | { readonly status: 'error'; readonly error: LocalizedText }

export interface PersistenceState {
  /** Result of the last write (or of opening storage). */
  storage: WriteResult
  /** The user's choice; false after "Forget saved work". */
  autosave: boolean
  hasSavedWork: boolean
  /** Set when a saved copy could not be read; `movedTo` is where it was set aside. */
  corrupt: { readonly movedTo: string | null } | null
  link: LinkState
  /** The text changed since it was last kept on this device. */
  dirty: boolean
}

export function initialPersistenceState(): PersistenceState {
  return {
    storage: 'ok',
    autosave: true,
    hasSavedWork: false,
    corrupt: null,
    link: { status: 'none' },
    dirty: false,
  }
}

export const usePersistence = create<PersistenceState>()(() => initialPersistenceState())

/** True when closing the tab now would lose changes autosave could not keep. */
export function selectUnsavedAtRisk(s: PersistenceState): boolean {
  if (!s.dirty) return false
  const paused = s.link.status === 'open' && s.link.savedWorkKept
  return !s.autosave || s.storage !== 'ok' || paused
}
