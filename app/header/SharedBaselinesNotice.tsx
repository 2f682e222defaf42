/**
 * The baselines a share link carried: offered for the user's own library (names already taken
 * get "(shared)"), what adding them did, or why they could not be read.
 */
import { format, useMessages } from '../i18n'
import {
  acceptSharedBaselines,
  dismissSharedBaselines,
  useSharedBaselines,
} from '../state/sharedBaselines'
import { useStudioStore } from '../state/store'
import { Notice } from './Notice'
import { noteMessages } from './noteMessages'

export function SharedBaselinesNotice() {
  const t = useMessages(noteMessages)
  const lang = useStudioStore((s) => s.lang)
  const { offer, error, result } = useSharedBaselines()
  if (error)
    return (
      <Notice tone="warning" role="alert" onDismiss={dismissSharedBaselines}>
        {error[lang]}
      </Notice>
    )
  if (offer)
    return (
      <Notice
        tone="info"
        role="region"
        label={t.sharedBaselinesTitle}
        actions={[
          { label: t.sharedBaselinesAdd, onClick: () => acceptSharedBaselines() },
          { label: t.sharedBaselinesSkip, onClick: dismissSharedBaselines },
        ]}
      >
        {format(t.sharedBaselinesOffer, { names: offer.items.map((b) => b.name).join(', ') })}{' '}
        {offer.active !== null && format(t.sharedBaselinesActive, { name: offer.active })}{' '}
        {t.sharedBaselinesNames}
      </Notice>
    )
  if (!result) return null
  const names = result.added
    .map((a) => (a.as === a.name ? a.name : format(t.sharedBaselinesRenamed, a)))
    .join(', ')
  return (
    <Notice tone="info" role="status" onDismiss={dismissSharedBaselines}>
      {format(t.sharedBaselinesAdded, { names })}
      {result.active !== null && ` ${format(t.sharedBaselinesComparing, { name: result.active })}`}
      {result.skipped.length > 0 &&
        ` ${format(t.sharedBaselinesSkipped, { names: result.skipped.join(', ') })}`}
    </Notice>
  )
}
