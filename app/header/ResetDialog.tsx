/** Asks before going back to the blank resource. */
import { Dialog } from '../common/Dialog'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { headerMessages } from './messages'

export interface ResetDialogProps {
  open: boolean
  onClose: () => void
}

export function ResetDialog({ open, onClose }: ResetDialogProps) {
  const t = useMessages(headerMessages)
  const reset = useStudioStore((s) => s.reset)
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t.resetTitle}
      className="confirm-dialog"
      footer={
        <>
          <button type="button" onClick={onClose} autoFocus>
            {t.cancel}
          </button>
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              reset()
              onClose()
            }}
          >
            {t.resetConfirm}
          </button>
        </>
      }
    >
      <p>{t.resetBody}</p>
    </Dialog>
  )
}
