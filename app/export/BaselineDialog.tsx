/**
 * The Baseline dialog: mark the current config (or a pasted live resource) as what is running, see
 * the change-safety findings and the migration runbook, and compare both texts in a diff editor.
 */
import { lazy, Suspense, useId, useMemo, useState } from 'react'
import { EditorLoadBoundary } from '../editor/EditorLoadBoundary'
import { format, useMessages } from '../i18n'
import { migrationPlanOf } from '../state/exports'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import type { Baseline } from '../state/types'
import { baselineMessages } from './baselineMessages'
import { ChangeSafety } from './ChangeSafety'
import { Dialog } from '../common/Dialog'
import { MigrationRunbook } from './MigrationRunbook'
import { tryCompute } from './tryCompute'
import './export.css'

const BaselineDiff = lazy(() => import('./BaselineDiff').then((m) => ({ default: m.BaselineDiff })))

export interface BaselineDialogProps {
  readonly open: boolean
  readonly onClose: () => void
}

function timeNow(): string {
  return new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
}

function PasteBaseline() {
  const m = useMessages(baselineMessages)
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)
  const id = useId()
  const usePasted = () => {
    const label = format(m.pastedLabel, { time: timeNow() })
    const set = tryCompute(() => useStudioStore.getState().setBaselineFromText(text, label))
    const ok = set.ok && set.value
    setInvalid(!ok)
    if (ok) setText('')
  }
  return (
    <details className="studio-callout">
      <summary>{m.pasteTitle}</summary>
      <p className="studio-hint">{m.pasteHint}</p>
      <label htmlFor={id} className="studio-field-label">
        {m.pasteLabel}
      </label>
      <textarea id={id} className="baseline-paste" rows={8} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="studio-dialog__actions">
        <button type="button" className="studio-button" disabled={text.trim() === ''} onClick={usePasted}>
          {m.usePasted}
        </button>
      </div>
      {invalid && <p role="alert">{m.pasteInvalid}</p>}
    </details>
  )
}

function Comparison({ baseline }: { readonly baseline: Baseline }) {
  const m = useMessages(baselineMessages)
  const source = useStudioStore((s) => s.source)
  const resource = useStudioStore(selectResource)
  const plan = useMemo(() => tryCompute(() => migrationPlanOf(baseline.resource, resource)), [baseline, resource])
  const [diffFailed, setDiffFailed] = useState(false)
  return (
    <>
      <ChangeSafety plan={plan.ok ? plan.value : undefined} />
      {plan.ok && plan.value && <MigrationRunbook plan={plan.value} />}
      <section aria-label={m.diffTitle}>
        <h3 className="studio-field-label">{m.diffTitle}</h3>
        <div className="baseline-diff">
          {diffFailed ? (
            <p role="alert">{m.diffFailed}</p>
          ) : (
            <EditorLoadBoundary onError={() => setDiffFailed(true)}>
              <Suspense fallback={<p role="status">{m.diffLoading}</p>}>
                <BaselineDiff original={baseline.source} modified={source} />
              </Suspense>
            </EditorLoadBoundary>
          )}
        </div>
      </section>
    </>
  )
}

export function BaselineDialog({ open, onClose }: BaselineDialogProps) {
  const m = useMessages(baselineMessages)
  const baseline = useStudioStore((s) => s.baseline)
  const mark = () => {
    const state = useStudioStore.getState()
    const label = format(m.markedLabel, { time: timeNow() })
    state.setBaseline({ source: state.source, resource: selectResource(state), label })
  }
  return (
    <Dialog open={open} onClose={onClose} title={m.title} wide>
      <p className="studio-dialog__intro">{m.intro}</p>
      <p role="status">{baseline ? format(m.current, { label: baseline.label }) : m.none}</p>
      <div className="studio-dialog__actions">
        <button type="button" className="studio-button studio-button--primary" onClick={mark}>
          {m.markCurrent}
        </button>
        {baseline && (
          <button type="button" className="studio-button" onClick={() => useStudioStore.getState().setBaseline(null)}>
            {m.clear}
          </button>
        )}
      </div>
      <PasteBaseline />
      {baseline && <Comparison baseline={baseline} />}
    </Dialog>
  )
}
