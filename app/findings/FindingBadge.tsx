/** A severity marker that says its severity in words too (never colour alone). */
import type { Severity } from '../../src/rules/types'
import { useMessages } from '../i18n'
import { findingsMessages } from './messages'

export interface FindingBadgeProps {
  severity: Severity
}

const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' }

export function FindingBadge({ severity }: FindingBadgeProps) {
  const t = useMessages(findingsMessages)
  return (
    <span className={`finding-badge finding-badge--${severity}`}>
      <span aria-hidden="true">{ICON[severity]}</span> {t[severity]}
    </span>
  )
}
