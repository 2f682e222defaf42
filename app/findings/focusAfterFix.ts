/**
 * Where focus goes after a fix: the form field the fix changed (through the store's reveal request,
 * which useRevealFocus turns into focus), or, when that field is not in the form or focus was lost
 * because the fixed finding disappeared, the next problem in the panel.
 */
import type { SpecPath } from '../../src/model'
import { focusProblemAt } from './problemNavigation'

function focusWasLost(): boolean {
  const active = document.activeElement
  return !active || active === document.body || !active.isConnected
}

/** Call right after applying a fix whose finding sat at `index` in the panel. */
export function focusAfterFix(
  changedPath: SpecPath | undefined,
  index: number,
  reveal: (path: SpecPath) => void,
): void {
  if (changedPath) reveal(changedPath)
  // Two frames: React commits the new findings, then the form's reveal effect has run.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (focusWasLost()) focusProblemAt(index)
    }),
  )
}
