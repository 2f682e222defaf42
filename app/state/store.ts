/**
 * The studio store: one zustand store combined from the document and UI slices.
 * `getInitialState()` returns the pristine state (actions included) for tests and for reset.
 */
import { create } from 'zustand'
import { createDocumentSlice, type DocumentInternals } from './documentSlice'
import type { StudioState } from './types'
import { createUiSlice } from './uiSlice'

export type StudioStore = StudioState & DocumentInternals

export const useStudioStore = create<StudioStore>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createUiSlice(...a),
}))

/** The state the store was created with; `setState(getInitialState(), true)` resets it in tests. */
export function getInitialState(): StudioStore {
  return useStudioStore.getInitialState()
}
