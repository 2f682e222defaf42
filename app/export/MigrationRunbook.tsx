/** The migration plans offered from the baseline: pick one, read its steps, checks and rollback, copy the script. */
import { useState } from 'react'
import { migrationScriptOf, type MigrationPlan } from '../state/exports'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { baselineMessages } from './baselineMessages'
import { CopyButton } from './CopyButton'
import { downloadText } from './fileActions'
import { PlanSteps } from './PlanSteps'
import { planMessages } from './planMessages'

export function MigrationRunbook({ plans }: { readonly plans: readonly MigrationPlan[] }) {
  const m = useMessages(baselineMessages)
  const p = useMessages(planMessages)
  const lang = useStudioStore((s) => s.lang)
  const [chosen, setChosen] = useState(0)
  const plan = plans[chosen] ?? plans[0]
  if (!plan) return null
  const script = migrationScriptOf(plan, lang)
  return (
    <section className="studio-callout" aria-label={m.runbookTitle}>
      <h3>
        {m.runbookTitle}: {plan.title[lang]}
      </h3>
      {plans.length > 1 && (
        <fieldset className="studio-choice">
          <legend>{p.choosePlan}</legend>
          {plans.map((option, i) => (
            <label key={option.kind}>
              <input
                type="radio"
                name="migration-plan"
                checked={i === chosen}
                onChange={() => setChosen(i)}
              />
              {option.title[lang]}
            </label>
          ))}
        </fieldset>
      )}
      {plan.refused ? (
        <p role="alert">
          <span className="studio-tag studio-tag--removed">{p.refused}</span> {plan.refused[lang]}
        </p>
      ) : (
        <>
          <p>{plan.summary[lang]}</p>
          <PlanSteps steps={plan.steps} label={m.runbookTitle} />
          <h4>{p.rollbackTitle}</h4>
          <PlanSteps steps={plan.rollback} label={p.rollbackTitle} />
        </>
      )}
      <details>
        <summary>{p.scriptTitle}</summary>
        <pre className="studio-code" tabIndex={0} aria-label={p.scriptTitle}>
          {script}
        </pre>
      </details>
      <div className="studio-dialog__actions">
        <CopyButton text={script} label={m.copyRunbook} />
        <button
          type="button"
          className="studio-button"
          onClick={() => downloadText(script, `migration-${plan.kind}.sh`, 'text/x-shellscript')}
        >
          {p.downloadScript}
        </button>
      </div>
    </section>
  )
}
