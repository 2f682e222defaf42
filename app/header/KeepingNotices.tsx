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
import { Notice } from './Notice'
import { noteMessages } from './noteMessages'
import { SharedBaselinesNotice } from './SharedBaselinesNotice'

function StorageNotice() {
  const t = useMessages(noteMessages)
  const storage = usePersistence((s) => s.storage)
  const corrupt = usePersistence((s) => s.corrupt)
  if (corrupt) return null
  if (storage === 'ok') return null
  return (
    <Notice tone="warning" role="alert">
      {storage === 'full' ? t.storageFull : t.storageUnavailable}
    </Notice>
  )
}

function CorruptNotice() {
  const t = useMessages(noteMessages)
  const corrupt = usePersistence((s) => s.corrupt)
  if (!corrupt) return null
  return (
    <Notice tone="warning" role="alert" onDismiss={dismissCorruptNotice}>
      {corrupt.movedTo ? format(t.corruptMoved, { key: corrupt.movedTo }) : t.corruptKept}
    </Notice>
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
        <Notice tone="info" role="status">
          {t.linkLoading}
        </Notice>
      )
    case 'error':
      return (
        <Notice tone="error" role="alert" onDismiss={dismissLinkError}>
          {link.error[lang]} {t.linkFailed}
        </Notice>
      )
    case 'open':
      return link.savedWorkKept ? (
        <Notice
          tone="info"
          role="status"
          actions={[
            { label: t.backToSaved, onClick: backToSavedWork },
            { label: t.keepLinked, onClick: keepLinkedWork },
          ]}
        >
          {t.linkOpenKept}
        </Notice>
      ) : (
        <Notice tone="info" role="status" onDismiss={dismissLinkError}>
          {t.linkOpen}
        </Notice>
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
