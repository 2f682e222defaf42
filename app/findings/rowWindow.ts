/**
 * Which rows of a long list to render: those on screen plus a margin, and those around the row
 * that holds (or is about to receive) focus, so that Tab, Shift+Tab and F8 always find the next
 * row in the DOM. Rows outside the window are stood in for by spacers of their estimated height
 * (the average height of the rows on screen). Pure, except the hook at the end.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/** Rows rendered beyond each side of the screen and of the focused row. */
export const OVERSCAN = 8
/** The row height assumed until rows have been measured (a one-line finding with its meta line). */
const FIRST_ESTIMATE = 64
/** A focused row further than this many screens from the visible rows is no longer kept. */
const FOCUS_REACH = 3

export interface RowRange {
  /** First rendered row. */
  readonly start: number
  /** One past the last rendered row. */
  readonly end: number
}

/**
 * The rows to render for a list of `count` rows of about `rowHeight` px, of which the px range
 * `[top, bottom)` (from the list's top) is on screen, keeping the `focus` row and its neighbours.
 */
export function windowFor(
  count: number,
  top: number,
  bottom: number,
  rowHeight: number,
  focus: number | null,
  overscan = OVERSCAN,
): RowRange {
  const h = Math.max(1, rowHeight)
  const first = Math.floor(Math.max(0, top) / h)
  const last = Math.ceil(Math.max(0, bottom) / h)
  let start = first - overscan
  let end = last + overscan
  if (focus !== null && focus >= 0 && focus < count) {
    const span = Math.max(1, last - first)
    const near = focus >= first - FOCUS_REACH * span && focus <= last + FOCUS_REACH * span
    if (near) {
      start = Math.min(start, focus - overscan)
      end = Math.max(end, focus + overscan + 1)
    } else {
      // Far from the screen: render around the focused row alone (it is about to be scrolled to).
      start = focus - overscan
      end = focus + overscan + 1
    }
  }
  return { start: Math.max(0, Math.min(start, count)), end: Math.max(0, Math.min(end, count)) }
}

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY
    if (overflow === 'auto' || overflow === 'scroll') return p
  }
  return null
}

export interface RowWindow extends RowRange {
  readonly rowHeight: number
  /** Renders row `index` now (synchronously), so the caller can focus it. */
  readonly reveal: (index: number) => void
  /** For the list's onFocus: keeps the focused row (read from `data-row-index`) rendered. */
  readonly onFocus: (event: { target: EventTarget }) => void
}

/**
 * The window of `count` rows inside the element `listRef` points at; with `enabled` false every
 * row is rendered. Each row element carries `data-row-index`.
 */
export function useRowWindow(
  listRef: RefObject<HTMLElement | null>,
  count: number,
  enabled: boolean,
): RowWindow {
  const [view, setView] = useState({ top: 0, bottom: 0 })
  const [focus, setFocus] = useState<number | null>(null)
  const [rowHeight, setRowHeight] = useState(FIRST_ESTIMATE)
  const frame = useRef(0)

  useEffect(() => {
    const list = listRef.current
    if (!enabled || !list) return
    const scroller = scrollParent(list)
    const measure = () => {
      frame.current = 0
      const rect = list.getBoundingClientRect()
      const box = scroller?.getBoundingClientRect()
      const top = Math.max(0, box?.top ?? 0) - rect.top
      const bottom = Math.min(window.innerHeight, box?.bottom ?? window.innerHeight) - rect.top
      setView((v) =>
        Math.abs(v.top - top) < 4 && Math.abs(v.bottom - bottom) < 4 ? v : { top, bottom },
      )
    }
    const schedule = () => {
      if (frame.current === 0) frame.current = requestAnimationFrame(measure)
    }
    measure()
    window.addEventListener('scroll', schedule, { capture: true, passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      window.removeEventListener('scroll', schedule, { capture: true })
      window.removeEventListener('resize', schedule)
      cancelAnimationFrame(frame.current)
      frame.current = 0
    }
  }, [enabled, listRef])

  const range = enabled
    ? windowFor(count, view.top, view.bottom, rowHeight, focus)
    : { start: 0, end: count }

  // The estimate follows the rows on screen, so the spacers stay close to the rows they stand for.
  useLayoutEffect(() => {
    const list = listRef.current
    if (!enabled || !list) return
    const rows = list.querySelectorAll<HTMLElement>('[data-row-index]')
    let total = 0
    for (const row of rows) total += row.getBoundingClientRect().height
    const average = rows.length > 0 ? total / rows.length : 0
    if (average > 0 && Math.abs(average - rowHeight) > 2) setRowHeight(average)
  }, [enabled, listRef, rowHeight, range.start, range.end, count])

  const reveal = useCallback((index: number) => flushSync(() => setFocus(index)), [])
  const onFocus = useCallback((event: { target: EventTarget }) => {
    const row = event.target instanceof Element ? event.target.closest('[data-row-index]') : null
    const index = row ? Number(row.getAttribute('data-row-index')) : NaN
    if (Number.isInteger(index)) setFocus(index)
  }, [])
  return { ...range, rowHeight, reveal, onFocus }
}
