/** One notice under the header: a tone, a message and the buttons that answer it. */
import type { ReactNode } from 'react'
import { useMessages } from '../i18n'
import { noteMessages } from './noteMessages'

export interface NoticeAction {
  readonly label: string
  readonly onClick: () => void
}

export interface NoticeProps {
  readonly tone: 'info' | 'warning' | 'error'
  /**
   * `alert` for trouble, `status` for news, `region` (named by `label`) for an offer to answer;
   * none inside a list that is itself live.
   */
  readonly role?: 'alert' | 'status' | 'region'
  readonly label?: string
  /** The buttons after the message, in order. */
  readonly actions?: readonly NoticeAction[]
  /** Adds a last button, "Dismiss". */
  readonly onDismiss?: () => void
  /** The message (a paragraph). */
  readonly children: ReactNode
}

export function Notice({ tone, role, label, actions = [], onDismiss, children }: NoticeProps) {
  const t = useMessages(noteMessages)
  const buttons = onDismiss ? [...actions, { label: t.dismiss, onClick: onDismiss }] : actions
  return (
    <div className={`notice notice--${tone}`} role={role} aria-label={label}>
      <p>{children}</p>
      {buttons.map((a) => (
        <button key={a.label} type="button" onClick={a.onClick}>
          {a.label}
        </button>
      ))}
    </div>
  )
}
