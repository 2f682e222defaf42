/**
 * Narrow screens: a bar stuck to the bottom of the viewport with the problem counts. Its button
 * jumps to the Problems panel (focusing it) and, once there, back to the place and the control the
 * user left.
 */
import { useRef, useState } from 'react'
import type { Severity } from '../../src/rules/types'
import { focusProblemsPanel } from '../findings/problemNavigation'
import { format, useMessages } from '../i18n'
import { layoutMessages } from '../i18n/layoutMessages'
import { useCounts } from '../state/selectors'

const ORDER = ['error', 'warning', 'info'] as const satisfies readonly Severity[]
const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' }

interface Place {
  readonly scrollY: number
  readonly focus: HTMLElement | null
}

export function ProblemBar() {
  const t = useMessages(layoutMessages)
  const counts = useCounts()
  const [back, setBack] = useState<Place | null>(null)
  const button = useRef<HTMLButtonElement>(null)

  const jump = () => {
    const active = document.activeElement
    setBack({
      scrollY: window.scrollY,
      focus: active instanceof HTMLElement && active !== button.current ? active : null,
    })
    focusProblemsPanel()
    document.getElementById('problems')?.scrollIntoView({ block: 'start' })
  }
  const goBack = () => {
    if (!back) return
    window.scrollTo({ top: back.scrollY })
    if (back.focus?.isConnected) back.focus.focus({ preventScroll: true })
    setBack(null)
  }

  const summary = format(t.problemCounts, {
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
  })
  return (
    <div className="problem-bar" role="region" aria-label={t.problemBar}>
      <p className="problem-bar__counts">
        <span className="visually-hidden">{summary}</span>
        {ORDER.map((s) => (
          <span key={s} className={`problem-bar__count finding-badge--${s}`} aria-hidden="true">
            {ICON[s]} <strong>{counts[s]}</strong>
          </span>
        ))}
      </p>
      <button
        ref={button}
        type="button"
        className="problem-bar__jump"
        onClick={back ? goBack : jump}
      >
        {back ? t.backFromProblems : t.goToProblems}
      </button>
    </div>
  )
}
