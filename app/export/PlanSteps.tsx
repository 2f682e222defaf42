/** Numbered steps of a migration or upgrade plan: title, tags, detail, command and check. */
import type { MigrationStep } from '../state/exports'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { baselineMessages } from './baselineMessages'
import { planMessages } from './planMessages'

export function PlanSteps({
  steps,
  label,
}: {
  readonly steps: readonly MigrationStep[]
  readonly label: string
}) {
  const m = useMessages(baselineMessages)
  const p = useMessages(planMessages)
  const lang = useStudioStore((s) => s.lang)
  return (
    <ol className="baseline-steps" aria-label={label}>
      {steps.map((step, i) => (
        <li key={i}>
          <strong>{step.title[lang]}</strong>
          {step.optional && (
            <>
              {' '}
              <span className="studio-tag">{m.optional}</span>
            </>
          )}
          {step.pending && (
            <>
              {' '}
              <span className="studio-tag studio-tag--removed">{m.pending}</span>
            </>
          )}
          {step.manualOnly && (
            <>
              {' '}
              <span className="studio-tag studio-tag--changed">{p.manualOnly}</span>
            </>
          )}
          <div>{step.detail[lang]}</div>
          {step.command && (
            <pre className="studio-code" tabIndex={0} aria-label={step.title[lang]}>
              {step.command}
            </pre>
          )}
          {step.check && (
            <pre
              className="studio-code"
              tabIndex={0}
              aria-label={`${p.check}: ${step.title[lang]}`}
            >
              {`# ${p.check}\n${step.check}`}
            </pre>
          )}
        </li>
      ))}
    </ol>
  )
}
