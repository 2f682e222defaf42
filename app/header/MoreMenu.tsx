/**
 * The narrow toolbar's "More" menu (WAI-ARIA menu button: Enter/Space/ArrowDown open it on the first
 * item, arrows and Home/End move, Escape closes back to the button, Tab or a click outside closes).
 * Choosing an item puts focus on the menu button first, so a dialog it opens returns focus there.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { SHORTCUT_KEYS } from '../common/shortcuts'
import type { HeaderAction } from './headerActions'

export interface MoreMenuProps {
  readonly label: string
  readonly actions: readonly HeaderAction[]
}

function moveFocus(menu: HTMLElement, key: string): boolean {
  const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')]
  const here = items.indexOf(document.activeElement as HTMLButtonElement)
  const next =
    key === 'ArrowDown'
      ? (here + 1) % items.length
      : key === 'ArrowUp'
        ? (here - 1 + items.length) % items.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? items.length - 1
            : -1
  if (next < 0) return false
  items[next]?.focus()
  return true
}

export function MoreMenu({ label, actions }: MoreMenuProps) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus()
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      setOpen(false)
      button.current?.focus()
    } else if (e.key === 'Tab') setOpen(false)
    else if (moveFocus(e.currentTarget, e.key)) e.preventDefault()
  }

  return (
    <div ref={root} className="more-menu">
      <button
        ref={button}
        type="button"
        data-action="more"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={label}
          className="more-menu__list"
          onKeyDown={onKeyDown}
        >
          {actions.map((a) => (
            <button
              key={a.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={a.disabled}
              aria-keyshortcuts={SHORTCUT_KEYS[a.id].join(' ')}
              onClick={() => {
                button.current?.focus()
                setOpen(false)
                a.run()
              }}
            >
              <span>{a.label}</span>
              <kbd aria-hidden="true">{SHORTCUT_KEYS[a.id][0]}</kbd>
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
