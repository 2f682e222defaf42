/** An accessible tab list (WAI-ARIA tabs pattern: arrow keys, Home/End, roving tabindex). */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface TabSpec<K extends string> {
  readonly id: K
  readonly label: string
}

export interface TabsProps<K extends string> {
  readonly label: string
  readonly tabs: readonly TabSpec<K>[]
  readonly selected: K
  readonly onSelect: (id: K) => void
  readonly children: ReactNode
}

export function Tabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: TabsProps<K>) {
  const base = useId()
  const refs = useRef(new Map<K, HTMLButtonElement>())

  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.id === selected)
    const last = tabs.length - 1
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1
    const tab = tabs[next]
    if (!tab) return
    e.preventDefault()
    onSelect(tab.id)
    refs.current.get(tab.id)?.focus()
  }

  return (
    <div className="studio-tabs">
      <div role="tablist" aria-label={label} className="studio-tabs__list" onKeyDown={move}>
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el)
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === selected}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === selected ? 0 : -1}
            className="studio-tabs__tab"
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${selected}`}
        className="studio-tabs__panel"
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  )
}
