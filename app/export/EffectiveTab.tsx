/** Export tab: the resource after the operator's defaulting, changed lines highlighted and explained. */
import { useMemo } from 'react'
import { format, useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { effectiveResourceOf } from '../state/exports'
import { useStudioStore } from '../state/store'
import { CopyButton } from './CopyButton'
import { highlightedLines } from './effectiveLines'
import { exportMessages } from './exportMessages'
import { tryCompute } from './tryCompute'

export function EffectiveTab() {
  const m = useMessages(exportMessages)
  const lang = useStudioStore((s) => s.lang)
  const resource = useStudioStore(selectResource)
  const effective = useMemo(
    () =>
      tryCompute(() => {
        const result = effectiveResourceOf(resource)
        return {
          ...result,
          marked: highlightedLines(
            result.text,
            result.changes.map((c) => c.path),
          ),
        }
      }),
    [resource],
  )
  if (!effective.ok) return <p role="alert">{format(m.failed, { detail: effective.error })}</p>
  const { text, marked, changes, notes } = effective.value
  const kindLabel = { added: m.changeAdded, changed: m.changeChanged, removed: m.changeRemoved }
  return (
    <>
      <p className="studio-dialog__intro">{m.effectiveIntro}</p>
      {notes.map((n, i) => (
        <p key={i} className="studio-hint">
          {n[lang]}
        </p>
      ))}
      <div className="studio-dialog__actions">
        <CopyButton text={text} />
      </div>
      <div className="studio-split">
        <pre className="studio-code studio-code--lines" tabIndex={0} aria-label={m.effectiveLabel}>
          {text.split('\n').map((line, i) => (
            <span
              key={i}
              className={
                marked.has(i + 1)
                  ? 'studio-code__line studio-code__line--changed'
                  : 'studio-code__line'
              }
            >
              {line}
              {'\n'}
            </span>
          ))}
        </pre>
        <section className="studio-callout" aria-label={m.changesTitle} tabIndex={0}>
          <h3>{m.changesTitle}</h3>
          {changes.length === 0 ? (
            <p>{m.noChanges}</p>
          ) : (
            <ul className="studio-changes">
              {changes.map((c) => (
                <li key={`${c.kind}:${c.path}`}>
                  <span className={`studio-tag studio-tag--${c.kind}`}>{kindLabel[c.kind]}</span>{' '}
                  <code>{c.path}</code>
                  <div>{c.note[lang]}</div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  )
}
