/**
 * When Monaco replaces the plain textarea (its Suspense fallback) while the user is typing there,
 * the caret moves across instead of being lost. Tiny module state shared by both editors.
 */
let pending: number | undefined

/** Called by the textarea whenever its caret moves while it has focus. */
export function offerPlainFocus(offset: number): void {
  pending = offset
}

/** Called by the textarea when it loses focus normally (nothing to hand over). */
export function clearPlainFocus(): void {
  pending = undefined
}

/** Monaco takes the caret offset once, if the textarea had focus when it went away. */
export function takePlainFocus(): number | undefined {
  const offset = pending
  pending = undefined
  return offset
}
