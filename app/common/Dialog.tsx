/**
 * A modal dialog on the native <dialog> element: showModal() gives the focus trap, inert
 * background and Escape; we only map Escape and the close button to `onClose`.
 */
import { useId, type ReactNode } from 'react'
import { useMessages } from '../i18n'
import { useModalDialog } from './useModalDialog'
import { commonMessages } from './messages'

export interface DialogProps {
  open: boolean
  onClose: () => void
  title: string
  children: ReactNode
  /** Buttons row at the bottom. */
  footer?: ReactNode
  className?: string
}

export function Dialog({ open, onClose, title, children, footer, className }: DialogProps) {
  const ref = useModalDialog(open)
  const titleId = useId()
  const t = useMessages(commonMessages)
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      {open && (
        <>
          <header className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            <button type="button" className="icon-button" aria-label={t.close} onClick={onClose}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          <div className="dialog__body">{children}</div>
          {footer && <footer className="dialog__footer">{footer}</footer>}
        </>
      )}
    </dialog>
  )
}
