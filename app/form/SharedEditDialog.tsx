/** Asks "change all, or only here?" before a form edit changes data shared through a YAML anchor. */
import { Dialog } from '../common/Dialog'
import { format, useMessages } from '../i18n'
import { answerShared, useSharedPrompt } from '../state/sharedPrompt'
import { sharedMessages } from './sharedMessages'

export function SharedEditDialog() {
  const t = useMessages(sharedMessages)
  const question = useSharedPrompt((s) => s.question)
  const values = question ? { ...question.data } : { anchor: '', line: 0, others: 0 }
  const footer = (
    <>
      <button type="button" className="studio-button" onClick={() => answerShared(null)}>
        {t.cancel}
      </button>
      <button type="button" className="studio-button" onClick={() => answerShared('only-here')}>
        {t.onlyHere}
      </button>
      <button
        type="button"
        className="studio-button studio-button--primary"
        onClick={() => answerShared('all')}
      >
        {t.all}
      </button>
    </>
  )
  return (
    <Dialog
      open={question !== null}
      onClose={() => answerShared(null)}
      title={t.title}
      footer={footer}
    >
      <p>{format(t.question, values)}</p>
      <ul>
        <li>{format(t.allHint, values)}</li>
        <li>{format(t.onlyHereHint, values)}</li>
      </ul>
    </Dialog>
  )
}
