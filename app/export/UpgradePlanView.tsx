/** The upgrade plan between the left side's Milvus version and the right side's (or a picked target). */
import { useId, useMemo, useState } from 'react'
import type { MilvusResource } from '../../src/model/types'
import {
  DEFAULT_MILVUS_VERSION,
  UPGRADE_BRIDGE_VERSION,
  upgradePlanOf,
  upgradeScriptOf,
  withMilvusVersion,
} from '../state/exports'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { CopyButton } from './CopyButton'
import { PlanSteps } from './PlanSteps'
import { planMessages } from './planMessages'
import { tryCompute } from './tryCompute'

/** The bridge the docs require before 2.6, and the operator's default Milvus version. */
const TARGETS = [UPGRADE_BRIDGE_VERSION, DEFAULT_MILVUS_VERSION].filter((v) => v !== '')

export function UpgradePlanView({
  from,
  to,
}: {
  readonly from: MilvusResource
  readonly to: MilvusResource
}) {
  const p = useMessages(planMessages)
  const lang = useStudioStore((s) => s.lang)
  const [target, setTarget] = useState('')
  const id = useId()
  const plan = useMemo(
    () => tryCompute(() => upgradePlanOf(from, target === '' ? to : withMilvusVersion(to, target))),
    [from, to, target],
  )
  if (!plan.ok) return null
  const up = plan.value
  return (
    <section className="studio-callout" aria-label={p.upgradeTitle}>
      <h3>{p.upgradeTitle}</h3>
      <label htmlFor={id} className="studio-field-label">
        {p.upgradeTarget}
      </label>{' '}
      <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">{p.upgradeTargetCurrent}</option>
        {TARGETS.map((v) => (
          <option key={v} value={v}>
            v{v}
          </option>
        ))}
      </select>
      {!up ? (
        <p>{p.upgradeNone}</p>
      ) : up.refused ? (
        <p role="alert">
          <span className="studio-tag studio-tag--removed">{p.refused}</span> {up.refused[lang]}
        </p>
      ) : (
        <>
          {up.skipsRequired && (
            <p role="alert" className="studio-callout--error">
              <span className="studio-tag studio-tag--removed">{p.upgradeSkips}</span>{' '}
              {up.skipsRequired[lang]}
            </p>
          )}
          <p>
            <strong>{p.upgradePath}:</strong> {up.path.map((v) => `v${v}`).join(' → ')}
          </p>
          <p>
            <strong>{p.upgradeOperator}:</strong>{' '}
            {[...up.created.map((c) => `+ ${c}`), ...up.removed.map((c) => `− ${c}`)].join(', ') ||
              '—'}
          </p>
          <p
            className={up.store.ok ? undefined : 'studio-callout--error'}
            role={up.store.ok ? undefined : 'alert'}
          >
            <strong>{p.upgradeStore}:</strong> {up.store.note[lang]}
          </p>
          {up.keys.length > 0 && (
            <>
              <strong>{p.upgradeKeys}</strong>
              <ul>
                {up.keys.map((k) => (
                  <li key={k.path}>
                    <code>{k.path}</code>: {k.note[lang]}
                  </li>
                ))}
              </ul>
            </>
          )}
          <PlanSteps steps={up.steps} label={p.upgradeTitle} />
          <h4>{p.rollbackTitle}</h4>
          <PlanSteps steps={up.rollback} label={p.rollbackTitle} />
        </>
      )}
      {up && (
        <div className="studio-dialog__actions">
          <CopyButton text={upgradeScriptOf(up, lang)} label={p.scriptTitle} />
        </div>
      )}
    </section>
  )
}
