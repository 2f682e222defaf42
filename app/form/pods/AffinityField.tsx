/**
 * Affinity of one level: two one-click presets ("spread across zones" for a component, "dedicated
 * nodes" anywhere) and the whole affinity as a YAML box for anything else.
 */
import { useState } from 'react'
import type { ComponentName, SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import {
  componentPodLabel,
  dedicatedNodesPatches,
  spreadAcrossZonesPatches,
} from '../../state/engine'
import { selectResourceName } from '../../state/selectors'
import { useStudioStore } from '../../state/store'
import { YamlField } from '../controls/YamlField'
import { fieldId } from '../fieldId'
import { podMessages } from '../messagesPods'
import { useResourceValue } from '../useFieldMeta'
import { checkAffinity } from './fragmentChecks'

export interface AffinityFieldProps {
  readonly base: SpecPath
  readonly who: string
  /** The component, when the level is one (the zone spread selects its pods). */
  readonly component?: ComponentName | undefined
}

const LABEL = /^([^=\s]+)=([^=\s]*)$/

/** Presets plus a YAML box for `affinity`. */
export function AffinityField({ base, who, component }: AffinityFieldProps) {
  const t = useMessages(podMessages)
  const instance = useStudioStore(selectResourceName)
  const applyPatches = useStudioStore((s) => s.applyPatches)
  const tolerations = useResourceValue([...base, 'tolerations'])
  const [label, setLabel] = useState('')
  const [bad, setBad] = useState(false)
  const labelId = `${fieldId([...base, 'affinity'])}-dedicated`
  const pin = (): void => {
    const m = LABEL.exec(label.trim())
    setBad(!m)
    if (!m) return
    applyPatches(dedicatedNodesPatches(base, m[1] ?? '', m[2] ?? '', tolerations), 'form')
  }
  return (
    <div className="ff-field" role="group" aria-labelledby={`${labelId}-title`}>
      <span id={`${labelId}-title`} className="ff-label">
        {format(t.affinity, { c: who })}
      </span>
      <div className="ff-presets">
        {component ? (
          <div className="ff-preset">
            <button
              type="button"
              className="ff-button"
              aria-label={format(t.spreadZonesFor, { c: who })}
              aria-describedby={`${labelId}-spread`}
              onClick={() =>
                applyPatches(spreadAcrossZonesPatches(base, instance, component), 'form')
              }
            >
              {t.spreadZones}
            </button>
            <p id={`${labelId}-spread`} className="ff-help">
              {format(t.spreadZonesHelp, {
                c: who,
                name: instance,
                label: componentPodLabel(component),
              })}
            </p>
          </div>
        ) : null}
        <div className="ff-preset">
          <label htmlFor={labelId} className="ff-label">
            {format(t.dedicatedLabel, { c: who })}
          </label>
          <div className="ff-list-add">
            <input
              id={labelId}
              className="ff-input"
              value={label}
              placeholder="pool=milvus"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={bad || undefined}
              aria-describedby={`${labelId}-help${bad ? ` ${labelId}-bad` : ''}`}
              onChange={(e) => {
                setLabel(e.target.value)
                setBad(false)
              }}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return
                e.preventDefault()
                pin()
              }}
            />
            <button
              type="button"
              className="ff-button"
              aria-label={format(t.dedicatedApplyFor, { c: who })}
              onClick={pin}
            >
              {t.dedicatedApply}
            </button>
          </div>
          {bad ? (
            <p id={`${labelId}-bad`} className="ff-bad" role="alert">
              {t.dedicatedInvalid}
            </p>
          ) : null}
          <p id={`${labelId}-help`} className="ff-help">
            {t.dedicatedHelp}
          </p>
        </div>
      </div>
      <YamlField
        path={[...base, 'affinity']}
        label={format(t.affinityYaml, { c: who })}
        help={t.affinityHelp}
        placeholder={'nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution: …'}
        check={checkAffinity}
      />
    </div>
  )
}
