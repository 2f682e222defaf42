/** Short-lived notices from actions (import results, lifted documents), each dismissable. */
import { useStudioStore } from '../state/store'
import { Notice } from './Notice'

export function Notices() {
  const notices = useStudioStore((s) => s.notices)
  const lang = useStudioStore((s) => s.lang)
  const dismiss = useStudioStore((s) => s.dismissNotice)
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <Notice key={n.id} tone={n.kind} onDismiss={() => dismiss(n.id)}>
          {n.message?.[lang] ?? n.text}
        </Notice>
      ))}
    </div>
  )
}
