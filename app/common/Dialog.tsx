/**
 * The one modal dialog shell: a native <dialog> opened with showModal() (the browser makes the rest
 * of the page inert, which traps focus), Escape and Close call `onClose`, the title labels it, and
 * focus goes back to the control that opened it. Its box is anchored to the top of the viewport and,
 * when `wide` (editors, previews, tabs), has a fixed height: content that changes scrolls inside the
 * body instead of moving or resizing the dialog. Children render only while open.
 */
import { useId, type ReactNode } from 'react'
import { useMessages } from '../i18n'
import { commonMessages } from './messages'
import { useModalDialog } from './useModalDialog'
import { useFocusableWhenScrolling } from './useFocusableWhenScrolling'
import { useReturnFocus } from './useReturnFocus'

export interface DialogProps {
  readonly open: boolean
  readonly onClose: () => void
  readonly title: string
  readonly children: ReactNode
  /** Buttons row at the bottom, outside the scrolling body. */
  readonly footer?: ReactNode
  /** Wide dialogs hold editors, previews and tabs, and keep one fixed size. */
  readonly wide?: boolean
  readonly className?: string
  /** Where focus goes on close when the opener is gone (e.g. it sat in a menu that closed). */
  readonly returnFocus?: () => HTMLElement | null
}

export function Dialog({
  open,
  onClose,
  title,
  children,
  footer,
  wide = false,
  className,
  returnFocus,
}: DialogProps) {
  const t = useMessages(commonMessages)
  const ref = useModalDialog(open)
  useReturnFocus(open, returnFocus)
  const titleId = useId()
  const bodyRef = useFocusableWhenScrolling()
  const classes = ['dialog', wide ? 'dialog--wide' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <dialog
      ref={ref}
      className={classes}
      aria-labelledby={titleId}
      aria-modal="true"
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
            <button type="button" className="dialog__close" onClick={onClose}>
              {t.close}
            </button>
          </header>
          <div ref={bodyRef} className="dialog__body">
            {children}
          </div>
          {footer && <footer className="dialog__footer">{footer}</footer>}
        </>
      )}
    </dialog>
  )
}
