/** The next or previous element Tab would reach from outside `from` (document order, visible, enabled). */
const TABBABLE = [
  'a[href]',
  'button:not(:disabled)',
  'input:not(:disabled):not([type="hidden"])',
  'select:not(:disabled)',
  'textarea:not(:disabled)',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(', ')

function reachable(el: HTMLElement): boolean {
  return el.tabIndex >= 0 && !el.closest('[inert]') && el.getClientRects().length > 0
}

export function tabbableBeside(from: HTMLElement, direction: 1 | -1): HTMLElement | null {
  const all = [...from.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !from.contains(el) && reachable(el),
  )
  const after = (el: HTMLElement) =>
    (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  return direction === 1
    ? (all.find(after) ?? null)
    : (all.filter((el) => !after(el)).at(-1) ?? null)
}
