/**
 * Findings shown next to a form field: the message in the UI language and, when the engine has one,
 * a Fix button. FORM renders `<InlineFindings path={...} id={...}/>` and points the control's
 * aria-describedby at `id`. Renders nothing when the field has no finding.
 */
import type { SpecPath } from '../../src/model/types'
import { selectIsReadOnly, useFindingsAt } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { FindingBadge } from './FindingBadge'
import { FixButton } from './FixButton'

export interface InlineFindingsProps {
  path: SpecPath
  includeDescendants?: boolean
  /** Element id, for the field's aria-describedby. */
  id?: string
}

export function InlineFindings({ path, includeDescendants = false, id }: InlineFindingsProps) {
  const findings = useFindingsAt(path, includeDescendants)
  const lang = useStudioStore((s) => s.lang)
  const readOnly = useStudioStore(selectIsReadOnly)
  if (findings.length === 0) return null
  return (
    <ul className="inline-findings" id={id}>
      {findings.map((f, i) => (
        <li key={`${f.rule}-${i}`} className={`inline-finding inline-finding--${f.severity}`}>
          <FindingBadge severity={f.severity} />
          <span className="inline-finding__message">{f.message[lang]}</span>
          <FixButton finding={f} disabled={readOnly} />
        </li>
      ))}
    </ul>
  )
}

/** A small count of a field group's findings, e.g. on a collapsed section's summary. */
export function FindingCount({ path }: { path: SpecPath }) {
  const findings = useFindingsAt(path, true)
  const worst =
    findings.find((f) => f.severity === 'error') ??
    findings.find((f) => f.severity === 'warning') ??
    findings[0]
  if (!worst) return null
  return (
    <span className={`finding-count finding-count--${worst.severity}`}>
      <FindingBadge severity={worst.severity} /> {findings.length}
    </span>
  )
}
