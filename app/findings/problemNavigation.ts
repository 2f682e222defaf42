/**
 * F8 / Shift+F8 outside the editor: move focus through the Problems panel's findings, wrapping at
 * the ends, from the one holding focus (or the last one visited). After a fix the finding at the
 * same place is the next problem, so focus can land there when the fix changed no visible field.
 */
const ITEM_SELECTOR = '.problems .finding__message'

let lastIndex = -1

function items(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(ITEM_SELECTOR)]
}

function focusItem(list: readonly HTMLElement[], index: number): void {
  const item = list[index]
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
  if (!el) return -1
  return items().findIndex((item) => item.closest('li')?.contains(el))
}

/** Moves to the next (1) or previous (-1) problem. */
export function goToProblem(step: 1 | -1): void {
  const list = items()
  if (list.length === 0) {
    focusProblemsPanel()
    return
  }
  const here = problemIndexOf(document.activeElement)
  const from = here >= 0 ? here : Math.min(lastIndex, list.length)
  const next =
    from < 0 ? (step > 0 ? 0 : list.length - 1) : (from + step + list.length) % list.length
  focusItem(list, next)
}

/** Focuses the problem now at `index` (the one after a fixed one), or the panel when none is left. */
export function focusProblemAt(index: number): void {
  const list = items()
  if (list.length === 0) focusProblemsPanel()
  else focusItem(list, Math.max(0, Math.min(index, list.length - 1)))
}
