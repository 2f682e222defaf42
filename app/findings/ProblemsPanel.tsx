/**
 * The problems panel: a count per severity, then the findings grouped by severity. Clicking a
 * finding asks the form and the editor to reveal its path; Fix applies the engine's patch.
 * Rows are memoised (a new findings list re-renders only the rows that changed); with hundreds of
 * findings only the rows on screen, and those around the focused one, are rendered (rowWindow.ts).
 */
import { useEffect, useRef } from 'react'
import type { LocatedFinding } from '../../src/derive/types'
import type { Severity } from '../../src/rules/types'
import { SEVERITIES } from '../state/engine'
import { useMessages } from '../i18n'
import { selectFindings, selectHasNoMilvus, useCounts } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { FindingBadge } from './FindingBadge'
import { FindingItem } from './FindingItem'
import { findingKeys } from './findingList'
import { findingsMessages } from './messages'
import { registerProblemList } from './problemNavigation'
import { useRowWindow, type RowRange } from './rowWindow'

const GROUP_TITLE = {
  error: 'errors',
  warning: 'warnings',
  info: 'infos',
} as const satisfies Record<Severity, keyof (typeof findingsMessages)['en']>

/** From this many findings on, only a window of rows is rendered. */
export const WINDOW_FROM = 150

interface Group {
  readonly severity: Severity
  readonly rows: readonly LocatedFinding[]
  readonly keys: readonly string[]
  /** Index of the group's first row among every row of the panel. */
  readonly offset: number
}

function groupsOf(findings: readonly LocatedFinding[]): Group[] {
  const groups: Group[] = []
  let offset = 0
  for (const severity of SEVERITIES) {
    const rows = findings.filter((f) => f.severity === severity)
    if (rows.length === 0) continue
    groups.push({ severity, rows, keys: findingKeys(rows), offset })
    offset += rows.length
  }
  return groups
}

function Spacer({ rows, rowHeight }: { readonly rows: number; readonly rowHeight: number }) {
  return rows > 0 ? <div aria-hidden="true" style={{ height: rows * rowHeight }} /> : null
}

function FindingGroup({
  group,
  range,
  rowHeight,
  setSize,
}: {
  readonly group: Group
  readonly range: RowRange
  readonly rowHeight: number
  readonly setSize: number | undefined
}) {
  const t = useMessages(findingsMessages)
  const { rows, keys, offset, severity } = group
  const from = Math.max(0, Math.min(rows.length, range.start - offset))
  const to = Math.max(from, Math.min(rows.length, range.end - offset))
  return (
    <div className="problems__group">
      <h3 className="problems__group-title">
        {t[GROUP_TITLE[severity]]} ({rows.length})
      </h3>
      <Spacer rows={from} rowHeight={rowHeight} />
      <ul className="problems__list">
        {rows.slice(from, to).map((f, i) => (
          <FindingItem
            key={keys[from + i]}
            finding={f}
            index={offset + from + i}
            setSize={setSize}
          />
        ))}
      </ul>
      <Spacer rows={rows.length - to} rowHeight={rowHeight} />
    </div>
  )
}

function FindingGroups({ findings }: { readonly findings: readonly LocatedFinding[] }) {
  const listRef = useRef<HTMLDivElement>(null)
  const windowed = findings.length >= WINDOW_FROM
  const view = useRowWindow(listRef, findings.length, windowed)
  const { reveal } = view
  useEffect(
    () => registerProblemList({ count: findings.length, reveal }),
    [findings.length, reveal],
  )
  return (
    <div ref={listRef} onFocus={view.onFocus}>
      {groupsOf(findings).map((group) => (
        <FindingGroup
          key={group.severity}
          group={group}
          range={view}
          rowHeight={view.rowHeight}
          setSize={windowed ? findings.length : undefined}
        />
      ))}
    </div>
  )
}

export function ProblemsPanel() {
  const t = useMessages(findingsMessages)
  const findings = useStudioStore(selectFindings)
  const counts = useCounts()
  const noMilvus = useStudioStore(selectHasNoMilvus)
  // Before the derive worker's first answer no text has been checked yet: not "all clear".
  const unchecked = useStudioStore((s) => s.findingsVersion === 0)
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
        ) : findings.length === 0 && unchecked ? (
          <p className="muted" role="status">
            {t.checking}
          </p>
        ) : findings.length === 0 ? (
          <p className="problems__clear" role="status">
            <span aria-hidden="true">✔ </span>
            {t.allClear}
          </p>
        ) : (
          <FindingGroups findings={findings} />
        )}
      </div>
    </section>
  )
}
