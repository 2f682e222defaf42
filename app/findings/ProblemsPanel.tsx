/**
 * The problems panel: a count per severity, then the findings grouped by severity. Clicking a
 * finding asks the form and the editor to reveal its path; Fix applies the engine's patch.
 */
import { useState } from 'react'
import type { LocatedFinding } from '../../src/derive/types'
import type { Severity } from '../../src/rules'
import { SEVERITIES } from '../state/engine'
import { format, useMessages } from '../i18n'
import { selectFindings, selectHasNoMilvus, useCounts } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { FindingBadge } from './FindingBadge'
import { FindingItem } from './FindingItem'
import { findingKeys } from './findingList'
import { findingsMessages } from './messages'

const GROUP_TITLE = {
  error: 'errors',
  warning: 'warnings',
  info: 'infos',
} as const satisfies Record<Severity, keyof (typeof findingsMessages)['en']>

/** Rows rendered per group before "Show more": hundreds of findings never block a keystroke. */
const FIRST_ROWS = 100

function FindingGroup({
  severity,
  group,
}: {
  readonly severity: Severity
  readonly group: readonly LocatedFinding[]
}) {
  const t = useMessages(findingsMessages)
  const [limit, setLimit] = useState(FIRST_ROWS)
  const keys = findingKeys(group)
  const shown = group.slice(0, limit)
  return (
    <div className="problems__group">
      <h3 className="problems__group-title">
        {t[GROUP_TITLE[severity]]} ({group.length})
      </h3>
      <ul className="problems__list">
        {shown.map((f, i) => (
          <FindingItem key={keys[i]} finding={f} />
        ))}
      </ul>
      {group.length > limit ? (
        <button type="button" className="fix-button" onClick={() => setLimit(group.length)}>
          {format(t.showMore, { count: group.length - limit })}
        </button>
      ) : null}
    </div>
  )
}

export function ProblemsPanel() {
  const t = useMessages(findingsMessages)
  const findings = useStudioStore(selectFindings)
  const counts = useCounts()
  const noMilvus = useStudioStore(selectHasNoMilvus)
  return (
    <section
      id="problems"
      tabIndex={-1}
      role="region"
      aria-label={t.panelTitle}
      className="panel problems"
    >
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
            return group.length === 0 ? null : (
              <FindingGroup key={severity} severity={severity} group={group} />
            )
          })
        )}
      </div>
    </section>
  )
}
