/**
 * The header's keys (see app/common/shortcuts.ts): each runs the same action as its button. A
 * dialog opened from the keyboard while nothing had focus returns focus to its button (or to
 * "More" when the button is folded into the menu).
 */
import { useEffect, useRef } from 'react'
import { shortcutToRun } from '../common/shortcuts'
import { runPreferenceShortcut, type HeaderAction } from './headerActions'

function nothingFocused(): boolean {
  const active = document.activeElement
  return (
    !active ||
    active === document.body ||
    active instanceof HTMLDialogElement ||
    !!active.closest('dialog:not([open])')
  )
}

function focusOpener(id: string): void {
  if (!nothingFocused()) return
  const own = document.querySelector<HTMLElement>(`.app-header [data-action="${id}"]`)
  const target =
    own && own.getClientRects().length > 0
      ? own
      : document.querySelector<HTMLElement>('.app-header [data-action="more"]')
  target?.focus()
}

export function useHeaderShortcuts(actions: readonly HeaderAction[]): void {
  const current = useRef(actions)
  useEffect(() => {
    current.current = actions
  })
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const id = shortcutToRun(e)
      if (id === 'theme' || id === 'language') runPreferenceShortcut(id)
      else {
        const action = current.current.find((a) => a.id === id)
        if (!action || action.disabled || id === 'undo' || id === 'redo') return
        focusOpener(action.id)
        action.run()
      }
      e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
