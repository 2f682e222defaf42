/**
 * Remembers the element that had focus when a dialog opened and gives focus back to it when the
 * dialog closes or unmounts (lazy dialogs unmount without close(), which leaves focus on <body>).
 * When the opener is gone or hidden (e.g. inside a closed menu), `fallback` is asked instead.
 */
import { useLayoutEffect, useRef } from 'react'

function canFocus(el: HTMLElement | null): el is HTMLElement {
  return (
    !!el && el.isConnected && !el.closest('[hidden], [inert]') && el.getClientRects().length > 0
  )
}

export function useReturnFocus(open: boolean, fallback?: () => HTMLElement | null): void {
  const opener = useRef<HTMLElement | null>(null)
  const fallbackRef = useRef(fallback)
  useLayoutEffect(() => {
    fallbackRef.current = fallback
  })
  // A layout effect, so the opener is read before showModal() (a plain effect) moves focus inside.
  useLayoutEffect(() => {
    if (!open) return
    const active = document.activeElement
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null
    return () => {
      const target = canFocus(opener.current) ? opener.current : (fallbackRef.current?.() ?? null)
      opener.current = null
      // After the dialog's own close() (which may have moved focus already) and its unmount.
      queueMicrotask(() => {
        if (canFocus(target)) target.focus()
      })
    }
  }, [open])
}
