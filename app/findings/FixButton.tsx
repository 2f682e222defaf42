/** The button that applies a finding's fix through the store (so Undo takes it back). */
import type { LocatedFinding } from '../../src/derive/types'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { findingsMessages } from './messages'

export interface FixButtonProps {
  finding: LocatedFinding
  disabled?: boolean
}

export function FixButton({ finding, disabled = false }: FixButtonProps) {
  const lang = useStudioStore((s) => s.lang)
  const applyFix = useStudioStore((s) => s.applyFix)
  const t = useMessages(findingsMessages)
  if (!finding.fix) return null
  return (
    <button
      type="button"
      className="fix-button"
      title={t.fixHint}
      disabled={disabled}
      onClick={() => applyFix(finding)}
    >
      {finding.fix.title[lang]}
    </button>
  )
}
