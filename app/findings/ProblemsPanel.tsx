/**
 * The problems panel: a count per severity, then the findings grouped by severity. Clicking a
 * finding asks the form and the editor to reveal its path; Fix applies the engine's patch.
 */
import { SEVERITIES, type Severity } from '../../src/rules'
import { useMessages } from '../i18n'
import { selectFindings, selectHasNoMilvus, useCounts } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { FindingBadge } from './FindingBadge'
import { FindingItem } from './FindingItem'
import { findingsMessages } from './messages'

const GROUP_TITLE = { error: 'errors', warning: 'warnings', info: 'infos' } as const satisfies Record<
  Severity,
  keyof (typeof findingsMessages)['en']
>

export function ProblemsPanel() {
  const t = useMessages(findingsMessages)
  const findings = useStudioStore(selectFindings)
  const counts = useCounts()
  const noMilvus = useStudioStore(selectHasNoMilvus)
  return (
    <section id="problems" tabIndex={-1} role="region" aria-label={t.panelTitle} className="panel problems">
      <header className="panel__header problems__header">
        <h2 className="panel__title">{t.panelTitle}</h2>
        <p className="problems__counts">
          {SEVERITIES.map((s) => (
            <span key={s} className={`problems__count problems__count--${s}`}>
              <FindingBadge severity={s} /> <strong>{counts[s]}</strong>
            </span>
          ))}
        </p>
      </header>
      <div className="panel__body problems__body">
        {findings.length === 0 && noMilvus ? (
          <p className="muted" role="status">
            {t.nothingToCheck}
          </p>
        ) : findings.length === 0 ? (
          <p className="problems__clear" role="status">
            <span aria-hidden="true">✔ </span>
            {t.allClear}
          </p>
        ) : (
          SEVERITIES.map((severity) => {
            const group = findings.filter((f) => f.severity === severity)
            if (group.length === 0) return null
            return (
              <div key={severity} className="problems__group">
                <h3 className="problems__group-title">
                  {t[GROUP_TITLE[severity]]} ({group.length})
                </h3>
                <ul className="problems__list">
                  {group.map((f, i) => (
                    <FindingItem key={`${f.rule}-${i}-${f.path.join('.')}`} finding={f} />
                  ))}
                </ul>
              </div>
            )
          })
        )}
      </div>
    </section>
  )
}
