/** Whether a CSS media query matches now, following changes (false where matchMedia is missing). */
import { useSyncExternalStore } from 'react'

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query)
      list?.addEventListener('change', onChange)
      return () => list?.removeEventListener('change', onChange)
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  )
}

/** The layout's single breakpoint (layout.css): below it the panels stack and the toolbar folds. */
export const NARROW_QUERY = '(max-width: 899.98px)'
