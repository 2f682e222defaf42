/**
 * F8 / Shift+F8 outside the editor: move focus through the Problems panel's findings, wrapping at
 * the ends, from the one holding focus (or the last one visited). After a fix the finding at the
 * same place is the next problem, so focus can land there when the fix changed no visible field.
 * With hundreds of findings the panel renders only a window of them; it registers itself here so
 * that a finding outside the window is rendered before it is focused.
 */
const ROW_SELECTOR = '.problems [data-row-index]'

/** What the panel tells navigation: how many findings it lists, and how to render one. */
export interface ProblemList {
  readonly count: number
  readonly reveal: (index: number) => void
}

let registered: ProblemList | null = null
let lastIndex = -1

/** Called by the panel on every render; returns the call that unregisters it. */
export function registerProblemList(list: ProblemList): () => void {
  registered = list
  return () => {
    if (registered === list) registered = null
  }
}

function button(index: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `.problems [data-row-index="${index}"] .finding__message`,
  )
}

function count(): number {
  return registered?.count ?? document.querySelectorAll(ROW_SELECTOR).length
}

function focusItem(index: number): void {
  let item = button(index)
  if (!item && registered) {
    registered.reveal(index)
    item = button(index)
  }
  if (!item) return
  lastIndex = index
  item.focus({ preventScroll: true })
  item.scrollIntoView?.({ block: 'nearest' })
}

/** Focuses the Problems panel itself (used when it lists nothing). */
export function focusProblemsPanel(): void {
  const panel = document.getElementById('problems')
  panel?.focus({ preventScroll: true })
  panel?.scrollIntoView?.({ block: 'nearest' })
}

/** The index of `el`'s finding in the panel, or -1. */
export function problemIndexOf(el: Element | null): number {
  const row = el?.closest(ROW_SELECTOR)
  return row ? Number(row.getAttribute('data-row-index')) : -1
}

/** Moves to the next (1) or previous (-1) problem. */
export function goToProblem(step: 1 | -1): void {
  const total = count()
  if (total === 0) {
    focusProblemsPanel()
    return
  }
  const here = problemIndexOf(document.activeElement)
  const from = here >= 0 ? here : Math.min(lastIndex, total)
  const next = from < 0 ? (step > 0 ? 0 : total - 1) : (from + step + total) % total
  focusItem(next)
}

/** Focuses the problem now at `index` (the one after a fixed one), or the panel when none is left. */
export function focusProblemAt(index: number): void {
  const total = count()
  if (total === 0) focusProblemsPanel()
  else focusItem(Math.max(0, Math.min(index, total - 1)))
}
