/**
 * A region that scrolls must be reachable with the keyboard (so arrow keys can scroll it): while
 * its content overflows and it holds nothing focusable, it gets tabindex=0, and loses it otherwise.
 */
import { useCallback, useRef } from 'react'

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]'

function update(el: HTMLElement): void {
  const overflows = el.scrollHeight > el.clientHeight + 1
  const hasFocusable = !!el.querySelector(FOCUSABLE)
  if (overflows && !hasFocusable) el.tabIndex = 0
  else el.removeAttribute('tabindex')
}

export function useFocusableWhenScrolling(): (el: HTMLElement | null) => void {
  const observer = useRef<ResizeObserver | null>(null)
  return useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect()
    observer.current = null
    if (!el) return
    update(el)
    if (typeof ResizeObserver !== 'function') return
    observer.current = new ResizeObserver(() => update(el))
    observer.current.observe(el)
    for (const child of el.children) observer.current.observe(child)
  }, [])
}
