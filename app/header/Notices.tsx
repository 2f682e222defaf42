/** Short-lived notices from actions (import results, lifted documents), each dismissable. */
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { noteMessages } from './noteMessages'

export function Notices() {
  const t = useMessages(noteMessages)
  const notices = useStudioStore((s) => s.notices)
  const lang = useStudioStore((s) => s.lang)
  const dismiss = useStudioStore((s) => s.dismissNotice)
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`}>
          <p>{n.message?.[lang] ?? n.text}</p>
          <button type="button" onClick={() => dismiss(n.id)}>
            {t.dismiss}
          </button>
        </div>
      ))}
    </div>
  )
}
