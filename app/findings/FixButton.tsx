/**
 * The button that applies a finding's fix through the store (so Undo takes it back), then moves
 * focus to the field the fix changed, or to the next problem.
 */
import type { LocatedFinding } from '../../src/derive/types'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { focusAfterFix } from './focusAfterFix'
import { findingsMessages } from './messages'
import { problemIndexOf } from './problemNavigation'

export interface FixButtonProps {
  finding: LocatedFinding
  disabled?: boolean
}

export function FixButton({ finding, disabled = false }: FixButtonProps) {
  const lang = useStudioStore((s) => s.lang)
  const applyFix = useStudioStore((s) => s.applyFix)
  const wrapFragment = useStudioStore((s) => s.wrapFragment)
  const parsed = useStudioStore((s) => s.derived.ok)
  const revealPath = useStudioStore((s) => s.revealPath)
  const t = useMessages(findingsMessages)
  // A fragment is not the edited document, so its action rewrites the text instead of patching.
  if (finding.rule === 'input-fragment') {
    return (
      <button
        type="button"
        className="fix-button"
        title={t.fixHint}
        disabled={!parsed}
        onClick={() => wrapFragment()}
      >
        {t.wrapFragment}
      </button>
    )
  }
  if (!finding.fix) return null
  return (
    <button
      type="button"
      className="fix-button"
      title={t.fixHint}
      disabled={disabled}
      onClick={(e) => {
        const index = problemIndexOf(e.currentTarget)
        const patches = finding.fix?.patches ?? []
        const changed = (patches.find((p) => p.op === 'set') ?? patches[0])?.path
        applyFix(finding)
        focusAfterFix(changed, index, revealPath)
      }}
    >
      {finding.fix.title[lang]}
    </button>
  )
}
