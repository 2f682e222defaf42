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
import { noteMessages } from './noteMessages'

export function SharedBaselinesNotice() {
  const t = useMessages(noteMessages)
  const lang = useStudioStore((s) => s.lang)
  const { offer, error, result } = useSharedBaselines()
  if (error)
    return (
      <div className="notice notice--warning" role="alert">
        <p>{error[lang]}</p>
        <button type="button" onClick={dismissSharedBaselines}>
          {t.dismiss}
        </button>
      </div>
    )
  if (offer)
    return (
      <div className="notice notice--info" role="region" aria-label={t.sharedBaselinesTitle}>
        <p>
          {format(t.sharedBaselinesOffer, { names: offer.items.map((b) => b.name).join(', ') })}{' '}
          {offer.active !== null && format(t.sharedBaselinesActive, { name: offer.active })}{' '}
          {t.sharedBaselinesNames}
        </p>
        <button type="button" onClick={() => acceptSharedBaselines()}>
          {t.sharedBaselinesAdd}
        </button>
        <button type="button" onClick={dismissSharedBaselines}>
          {t.sharedBaselinesSkip}
        </button>
      </div>
    )
  if (!result) return null
  const names = result.added
    .map((a) => (a.as === a.name ? a.name : format(t.sharedBaselinesRenamed, a)))
    .join(', ')
  return (
    <div className="notice notice--info" role="status">
      <p>
        {format(t.sharedBaselinesAdded, { names })}
        {result.active !== null &&
          ` ${format(t.sharedBaselinesComparing, { name: result.active })}`}
        {result.skipped.length > 0 &&
          ` ${format(t.sharedBaselinesSkipped, { names: result.skipped.join(', ') })}`}
      </p>
      <button type="button" onClick={dismissSharedBaselines}>
        {t.dismiss}
      </button>
    </div>
  )
}
