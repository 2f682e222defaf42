/**
 * Opens and closes a native <dialog> with `open`: showModal() makes the rest of the page inert
 * (the focus trap) and returns focus to the opener on close. Both dialog shells use it.
 */
import { useEffect, useRef, type RefObject } from 'react'

export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
    }
  }, [open])
  return ref
}
