/**
 * Focuses the form control for a revealed path: the control whose path is the longest prefix of
 * the requested one. Opens collapsed <details> on the way and scrolls the control into view.
 */
import { useEffect, type RefObject } from 'react'
import { useStudioStore } from '../state/store'
import { revealCandidates } from './fieldId'

const FOCUSABLE = 'input:checked, input:not([type="radio"]), select, textarea, button'

function focusTarget(el: HTMLElement): HTMLElement {
  if (el.matches('input, select, textarea, button')) return el
  return el.querySelector<HTMLElement>(FOCUSABLE) ?? el
}

function openAncestors(el: HTMLElement, root: HTMLElement): void {
  for (let node = el.parentElement; node && node !== root; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) node.open = true
  }
}

/** Watches the store's reveal request and focuses the matching field inside `root`. */
export function useRevealFocus(root: RefObject<HTMLElement | null>): void {
  const reveal = useStudioStore((s) => s.reveal)
  useEffect(() => {
    const container = root.current
    // While the text is broken every control is disabled: the editor alone shows the place.
    if (!reveal || !container || useStudioStore.getState().derived.ok === false) return
    for (const id of revealCandidates(reveal.path)) {
      const el = container.ownerDocument.getElementById(id)
      if (!el || !container.contains(el)) continue
      openAncestors(el, container)
      const target = focusTarget(el)
      target.focus({ preventScroll: true })
      target.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
      return
    }
  }, [reveal, root])
}
