/**
 * The modal shell every export dialog uses: a native <dialog> opened with showModal() (the browser
 * makes the rest of the page inert, which traps focus, and returns focus to the opener on close),
 * Escape closes, the title labels it. Children render only while open.
 */
import { useId, type ReactNode } from 'react'
import { useMessages } from '../i18n'
import { useModalDialog } from '../common/useModalDialog'
import { exportCommonMessages } from './exportMessages'
import './export.css'

export interface DialogProps {
  readonly open: boolean
  readonly onClose: () => void
  readonly title: string
  readonly children: ReactNode
  /** Wide dialogs hold editors and previews. */
  readonly wide?: boolean
}

export function Dialog({ open, onClose, title, children, wide = false }: DialogProps) {
  const m = useMessages(exportCommonMessages)
  const ref = useModalDialog(open)
  const titleId = useId()

  return (
    <dialog
      ref={ref}
      className={wide ? 'studio-dialog studio-dialog--wide' : 'studio-dialog'}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      {open && (
        <>
          <header className="studio-dialog__header">
            <h2 id={titleId} className="studio-dialog__title">
              {title}
            </h2>
            <button type="button" className="studio-button" onClick={onClose}>
              {m.close}
            </button>
          </header>
          <div className="studio-dialog__body">{children}</div>
        </>
      )}
    </dialog>
  )
}
