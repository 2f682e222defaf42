/**
 * Side-by-side comparison: a saved baseline (left) against the current config or another saved
 * baseline (right), with the change-safety findings (against the current config) and the ways to
 * migrate between the two.
 */
import { lazy, Suspense, useId, useMemo, useState } from 'react'
import { migrationPlansOf } from '../state/exports'
import { EditorLoadBoundary } from '../editor/EditorLoadBoundary'
import { format, useMessages } from '../i18n'
import { toBaseline } from '../state/baselineLibrary'
import { useBaselineLibrary } from '../state/baselineStore'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import type { Baseline } from '../state/types'
import { baselineMessages } from './baselineMessages'
import { ChangeSafety } from './ChangeSafety'
import { libraryMessages } from './libraryMessages'
import { MigrationRunbook } from './MigrationRunbook'
import { tryCompute } from './tryCompute'
import { UpgradePlanView } from './UpgradePlanView'

const BaselineDiff = lazy(() => import('./BaselineDiff').then((m) => ({ default: m.BaselineDiff })))
const CURRENT = ''

function Side({
  label,
  value,
  onChange,
  withCurrent,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  withCurrent: boolean
}) {
  const m = useMessages(libraryMessages)
  const items = useBaselineLibrary((s) => s.items)
  const id = useId()
  return (
    <span>
      <label htmlFor={id} className="studio-field-label">
        {label}
      </label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {withCurrent && <option value={CURRENT}>{m.currentConfig}</option>}
        {items.map((b) => (
          <option key={b.name} value={b.name}>
            {b.name}
          </option>
        ))}
      </select>
    </span>
  )
}

export function BaselineCompare({ baseline }: { readonly baseline: Baseline }) {
  const m = useMessages(baselineMessages)
  const l = useMessages(libraryMessages)
  const items = useBaselineLibrary((s) => s.items)
  const source = useStudioStore((s) => s.source)
  const resource = useStudioStore(selectResource)
  const [leftName, setLeft] = useState<string | null>(null)
  const [rightName, setRight] = useState(CURRENT)
  const leftSaved = items.find((b) => b.name === leftName)
  const left = useMemo(
    () => (leftSaved && toBaseline(leftSaved)) ?? baseline,
    [leftSaved, baseline],
  )
  const rightSaved = items.find((b) => b.name === rightName)
  const right = useMemo(() => (rightSaved ? toBaseline(rightSaved) : undefined), [rightSaved])
  const rightSource = right ? right.source : source
  const rightResource = right ? right.resource : resource
  const againstCurrent = !right && left === baseline
  const plans = useMemo(
    () => tryCompute(() => migrationPlansOf(left.resource, rightResource)),
    [left, rightResource],
  )
  const [diffFailed, setDiffFailed] = useState(false)
  const rightLabel = right ? right.label : l.currentConfig
  return (
    <section aria-label={l.compareTitle}>
      <h3 className="studio-field-label">{l.compareTitle}</h3>
      <div className="studio-dialog__actions">
        <Side
          label={l.left}
          value={leftSaved ? leftSaved.name : baseline.label}
          onChange={setLeft}
          withCurrent={false}
        />
        <Side label={l.right} value={rightName} onChange={setRight} withCurrent />
      </div>
      {againstCurrent && <ChangeSafety plan={plans.ok ? plans.value[0] : undefined} />}
      {!againstCurrent && (
        <p role="status">
          {plans.ok && plans.value.length === 0
            ? l.pairSame
            : format(l.pairPlans, { left: left.label, right: rightLabel })}
        </p>
      )}
      {plans.ok && plans.value.length > 0 && (
        <MigrationRunbook key={`${left.label}>${rightLabel}`} plans={plans.value} />
      )}
      <UpgradePlanView from={left.resource} to={rightResource} />
      <section aria-label={m.diffTitle}>
        <h3 className="studio-field-label">
          {format(l.pairPlans, { left: left.label, right: rightLabel })}
        </h3>
        <div className="baseline-diff">
          {diffFailed ? (
            <p role="alert">{m.diffFailed}</p>
          ) : (
            <EditorLoadBoundary onError={() => setDiffFailed(true)}>
              <Suspense fallback={<p role="status">{m.diffLoading}</p>}>
                <BaselineDiff original={left.source} modified={rightSource} />
              </Suspense>
            </EditorLoadBoundary>
          )}
        </div>
      </section>
    </section>
  )
}
