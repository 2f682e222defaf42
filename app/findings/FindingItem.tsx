/** One finding in the problems panel: message (click to reveal), place, fix, and a disclosure. */
import { memo } from 'react'
import type { LocatedFinding } from '../../src/derive/types'
import { pathToString } from '../state/engine'
import { format, useMessages } from '../i18n'
import { selectIsReadOnly } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { FindingBadge } from './FindingBadge'
import { sameFinding } from './findingList'
import { FixButton } from './FixButton'
import { EditNote } from '../form/EditNote'
import { findingsMessages } from './messages'

export interface FindingItemProps {
  finding: LocatedFinding
  /** Its place among every finding the panel lists (0-based): navigation reads it. */
  index: number
  /** Set when the list renders only some of its rows: position and size for assistive technology. */
  setSize?: number | undefined
}

/** Re-renders only when the finding shows something different (or the language changes). */
export const FindingItem = memo(
  FindingRow,
  (a, b) => a.index === b.index && a.setSize === b.setSize && sameFinding(a.finding, b.finding),
)

function FindingRow({ finding, index, setSize }: FindingItemProps) {
  const t = useMessages(findingsMessages)
  const lang = useStudioStore((s) => s.lang)
  const revealPath = useStudioStore((s) => s.revealPath)
  const readOnly = useStudioStore(selectIsReadOnly)
  const place = finding.path.length > 0 ? pathToString(finding.path) : t.documentRoot
  const line = finding.range ? format(t.line, { line: finding.range.start.line }) : t.noLine
  return (
    <li
      className={`finding finding--${finding.severity}`}
      data-row-index={index}
      aria-posinset={setSize === undefined ? undefined : index + 1}
      aria-setsize={setSize}
    >
      <div className="finding__head">
        <FindingBadge severity={finding.severity} />
        <button
          type="button"
          className="finding__message"
          title={t.showFinding}
          onClick={() => revealPath(finding.path, finding.range)}
        >
          {finding.message[lang]}
        </button>
      </div>
      <div className="finding__meta">
        <code className="finding__path">{place}</code>
        <span className="finding__line">{line}</span>
        <FixButton finding={finding} disabled={readOnly} />
      </div>
      <EditNote path={finding.path} />
      <details className="finding__details">
        <summary>{t.details}</summary>
        <p>{finding.explanation[lang]}</p>
        <p className="finding__source">
          <span>{t.source}: </span>
          {finding.source}
        </p>
        <p className="finding__rule">
          <span>{t.rule}: </span>
          <code>{finding.rule}</code>
        </p>
      </details>
    </li>
  )
}
