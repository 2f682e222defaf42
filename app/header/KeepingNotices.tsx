/**
 * Notices about the user's work: storage that cannot keep it, a corrupted save set aside, and a
 * shared link being viewed (with the way back) or refused (with the codec's message).
 */
import { format, useMessages } from '../i18n'
import {
  backToSavedWork,
  dismissCorruptNotice,
  dismissLinkError,
  keepLinkedWork,
} from '../state/persistence'
import { usePersistence } from '../state/persistenceStore'
import { useStudioStore } from '../state/store'
import { noteMessages } from './noteMessages'
import { SharedBaselinesNotice } from './SharedBaselinesNotice'

function StorageNotice() {
  const t = useMessages(noteMessages)
  const storage = usePersistence((s) => s.storage)
  const corrupt = usePersistence((s) => s.corrupt)
  if (corrupt) return null
  if (storage === 'ok') return null
  return (
    <div className="notice notice--warning" role="alert">
      <p>{storage === 'full' ? t.storageFull : t.storageUnavailable}</p>
    </div>
  )
}

function CorruptNotice() {
  const t = useMessages(noteMessages)
  const corrupt = usePersistence((s) => s.corrupt)
  if (!corrupt) return null
  return (
    <div className="notice notice--warning" role="alert">
      <p>{corrupt.movedTo ? format(t.corruptMoved, { key: corrupt.movedTo }) : t.corruptKept}</p>
      <button type="button" onClick={dismissCorruptNotice}>
        {t.dismiss}
      </button>
    </div>
  )
}

function LinkNotice() {
  const t = useMessages(noteMessages)
  const lang = useStudioStore((s) => s.lang)
  const link = usePersistence((s) => s.link)
  switch (link.status) {
    case 'none':
      return null
    case 'loading':
      return (
        <div className="notice notice--info" role="status">
          <p>{t.linkLoading}</p>
        </div>
      )
    case 'error':
      return (
        <div className="notice notice--error" role="alert">
          <p>
            {link.error[lang]} {t.linkFailed}
          </p>
          <button type="button" onClick={dismissLinkError}>
            {t.dismiss}
          </button>
        </div>
      )
    case 'open':
      return (
        <div className="notice notice--info" role="status">
          <p>{link.savedWorkKept ? t.linkOpenKept : t.linkOpen}</p>
          {link.savedWorkKept ? (
            <>
              <button type="button" onClick={backToSavedWork}>
                {t.backToSaved}
              </button>
              <button type="button" onClick={keepLinkedWork}>
                {t.keepLinked}
              </button>
            </>
          ) : (
            <button type="button" onClick={dismissLinkError}>
              {t.dismiss}
            </button>
          )}
        </div>
      )
  }
}

export function KeepingNotices() {
  return (
    <>
      <StorageNotice />
      <CorruptNotice />
      <LinkNotice />
      <SharedBaselinesNotice />
    </>
  )
}
