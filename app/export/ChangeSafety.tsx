/**
 * The change-safety list: findings that appear only because a baseline is set (the store, mode
 * and upgrade rules), plus the dialog's own blocking message for a store or mode change that no
 * rule reported.
 */
import { useShallow } from 'zustand/react/shallow'
import type { MigrationPlan } from '../../src/export'
import { format, useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { baselineMessages } from './baselineMessages'
import { baselineOnlyFindings, missingBlocks } from './changeSafety'
import { STORE_NAMES } from './storeNames'
import type { MsgStreamType } from '../../src/model/types'

function storeName(store: string): string {
  return STORE_NAMES[store as MsgStreamType] ?? store
}

export function ChangeSafety({ plan }: { readonly plan: MigrationPlan | undefined }) {
  const m = useMessages(baselineMessages)
  const lang = useStudioStore((s) => s.lang)
  const safety = useStudioStore(
    useShallow((s) => baselineOnlyFindings(s.derived.findings, s.findingsWithoutBaseline)),
  )
  const blocks = missingBlocks(plan, safety)
  const severity = { error: m.severityError, warning: m.severityWarning, info: m.severityInfo }
  const empty = safety.length === 0 && blocks.length === 0
  return (
    <section
      className={empty ? 'studio-callout' : 'studio-callout studio-callout--error'}
      aria-label={m.safetyTitle}
    >
      <h3>{m.safetyTitle}</h3>
      {empty ? (
        <p>{m.safetyNone}</p>
      ) : (
        <ul>
          {blocks.map((b) => (
            <li key={b.kind}>
              {format(b.kind === 'store' ? m.storeChange : m.modeChange, {
                from: b.kind === 'store' ? storeName(b.from) : b.from,
                to: b.kind === 'store' ? storeName(b.to) : b.to,
              })}
            </li>
          ))}
          {safety.map((f, i) => (
            <li key={`${f.rule}:${i}`}>
              <span
                className={`studio-tag studio-tag--${f.severity === 'error' ? 'removed' : 'changed'}`}
              >
                {severity[f.severity]}
              </span>{' '}
              {f.message[lang]}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
