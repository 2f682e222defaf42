/**
 * The "new entry" row of the list-like editors: draft inputs (Enter adds) and an Add button
 * named after the list.
 */
import type { ReactNode } from 'react'
import { format, useMessages } from '../../i18n'
import { formMessages } from '../messages'

export interface AddRowProps {
  /** The list's label, for the button's accessible name ("Add to etcd endpoints"). */
  readonly label: string
  readonly onAdd: () => void
  /** The draft inputs (DraftInput). */
  readonly children: ReactNode
  readonly className?: string
}

/** Draft inputs and the Add button. */
export function AddRow({ label, onAdd, children, className }: AddRowProps) {
  const t = useMessages(formMessages)
  return (
    <div className={`ff-list-add${className ? ` ${className}` : ''}`}>
      {children}
      <button
        type="button"
        className="ff-button"
        aria-label={format(t.addTo, { label })}
        onClick={onAdd}
      >
        {t.addItem}
      </button>
    </div>
  )
}
