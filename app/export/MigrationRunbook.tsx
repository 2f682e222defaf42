/** The migration plan's steps, in order, with commands and a copy button. */
import type { MigrationPlan } from '../../src/export'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { baselineMessages } from './baselineMessages'
import { planToText } from './changeSafety'
import { CopyButton } from './CopyButton'

export function MigrationRunbook({ plan }: { readonly plan: MigrationPlan }) {
  const m = useMessages(baselineMessages)
  const lang = useStudioStore((s) => s.lang)
  return (
    <section className="studio-callout" aria-label={m.runbookTitle}>
      <h3>
        {m.runbookTitle}: {plan.title[lang]}
      </h3>
      <p>{plan.summary[lang]}</p>
      <ol className="baseline-steps">
        {plan.steps.map((step, i) => (
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
            <div>{step.detail[lang]}</div>
            {step.command && (
              <pre className="studio-code" tabIndex={0} aria-label={step.title[lang]}>
                {step.command}
              </pre>
            )}
          </li>
        ))}
      </ol>
      <div className="studio-dialog__actions">
        <CopyButton text={planToText(plan, lang)} label={m.copyRunbook} />
      </div>
    </section>
  )
}
