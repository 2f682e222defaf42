/**
 * After the user changes the mode or the message storage from the form (or a fix), offers to
 * update or remove the comments that still name the old choice. It never edits a comment by
 * itself; the change it makes is one undoable step.
 */
import { useEffect, useState } from 'react'
import { format, useMessages } from '../i18n'
import { selectChoices } from '../state/choices'
import { useStudioStore } from '../state/store'
import { commentMessages } from './commentMessages'
import { applyToComments, findStaleComments, type StaleComment } from './staleComments'

interface Offer {
  readonly stale: readonly StaleComment[]
  readonly what: 'mode' | 'store' | 'both'
}

export function StaleCommentOffer() {
  const t = useMessages(commentMessages)
  const [offer, setOffer] = useState<Offer | null>(null)
  useEffect(
    () =>
      useStudioStore.subscribe((state, prev) => {
        if (state.source === prev.source) return
        if (state.lastOrigin !== 'form' && state.lastOrigin !== 'fix') return setOffer(null)
        const before = selectChoices(prev)
        const after = selectChoices(state)
        const stale = findStaleComments(state.source, before, after)
        if (stale.length === 0) return
        const what =
          before.mode !== after.mode && before.store !== after.store
            ? 'both'
            : before.mode !== after.mode
              ? 'mode'
              : 'store'
        setOffer({ stale, what })
      }),
    [],
  )
  if (!offer) return null
  const apply = (how: 'update' | 'remove') => {
    const { source, setSource } = useStudioStore.getState()
    setOffer(null)
    setSource(applyToComments(source, offer.stale, how), 'form')
  }
  return (
    <section className="notice notice--info stale-comments" aria-label={t.title}>
      <div className="stale-comments__text">
        <p>
          <strong>{t.title}.</strong> {format(t.body, { what: t[offer.what] })}
        </p>
        <ul>
          {offer.stale.map((s) => (
            <li key={s.line}>
              <code>{s.text.trim()}</code>
            </li>
          ))}
        </ul>
      </div>
      <div className="button-row">
        <button type="button" onClick={() => apply('update')}>
          {t.update}
        </button>
        <button type="button" onClick={() => apply('remove')}>
          {t.remove}
        </button>
        <button type="button" onClick={() => setOffer(null)}>
          {t.keep}
        </button>
      </div>
    </section>
  )
}
