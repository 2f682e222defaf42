/**
 * The baselines a share link carried, waiting for the user to add them to their own library (or
 * not), and what adding them did. Opening a link never changes the library by itself.
 */
import { create } from 'zustand'
import type { SharedBaselines } from '../../src/share'
import type { LocalizedText } from '../../src/model/types'
import { addSharedBaselines } from './baselineStore'

export interface SharedBaselinesState {
  /** Baselines offered by the link just opened. */
  readonly offer: SharedBaselines | null
  /** Why the link's baselines could not be read (the config still opened). */
  readonly error: LocalizedText | null
  /** What "add" did: each baseline's name here, what did not fit, and the one compared against. */
  readonly result: ReturnType<typeof addSharedBaselines> | null
}

const NONE: SharedBaselinesState = { offer: null, error: null, result: null }

export const useSharedBaselines = create<SharedBaselinesState>(() => NONE)

/** Called when a link opens: what it carried, or why its baselines could not be read. */
export function offerSharedBaselines(
  baselines: SharedBaselines | undefined,
  error: LocalizedText | undefined,
): void {
  useSharedBaselines.setState({ offer: baselines ?? null, error: error ?? null, result: null })
}

export function acceptSharedBaselines(now = Date.now()): void {
  const { offer } = useSharedBaselines.getState()
  if (!offer) return
  const result = addSharedBaselines(offer.items, offer.active, now)
  useSharedBaselines.setState({ offer: null, result })
}

export function dismissSharedBaselines(): void {
  useSharedBaselines.setState(NONE, true)
}
