/** While the text does not parse: says so, names the line, and offers to show it. */
import { format, useMessages } from '../i18n'
import { noteMessages } from '../header/noteMessages'
import { selectFirstSyntaxError, selectHasNoMilvus, selectIsReadOnly } from '../state/selectors'
import { useStudioStore } from '../state/store'

export function ReadOnlyBanner() {
  const t = useMessages(noteMessages)
  const readOnly = useStudioStore(selectIsReadOnly)
  const error = useStudioStore(selectFirstSyntaxError)
  const lang = useStudioStore((s) => s.lang)
  const revealPath = useStudioStore((s) => s.revealPath)
  const noMilvus = useStudioStore(selectHasNoMilvus)
  const reset = useStudioStore((s) => s.reset)
  if (!readOnly) return null
  if (noMilvus) {
    return (
      <div className="readonly-banner" role="alert">
        <div className="readonly-banner__text">
          <p>
            <strong>{t.noMilvusTitle}.</strong>
          </p>
          <p>{t.noMilvusBody}</p>
        </div>
        <button type="button" onClick={reset}>
          {t.startBlank}
        </button>
      </div>
    )
  }
  const line = error?.range?.start.line
  return (
    <div className="readonly-banner" role="alert">
      <div className="readonly-banner__text">
        <p>
          <strong>{t.readOnlyTitle}.</strong>{' '}
          {error &&
            (line !== undefined
              ? format(t.readOnlyLine, { line, message: error.message[lang] })
              : error.message[lang])}
        </p>
        <p>{t.readOnlyBody}</p>
      </div>
      {error && (
        <button type="button" onClick={() => revealPath(error.path, error.range)}>
          {t.showError}
        </button>
      )}
    </div>
  )
}
