/** The "Mode" radio group (Standalone / Cluster); the effective mode is checked and marked default when absent. */
import type { MilvusMode } from '../../src/model'
import { MILVUS_MODES } from '../state/engine'
import { FieldFindings } from './FieldFindings'
import { useMessages } from '../i18n'
import { selectEffectiveMode, selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { fieldId } from './fieldId'
import { formMessages } from './messages'
import { useFieldMeta, useSetField } from './useFieldMeta'

const MODE_PATH = ['spec', 'mode'] as const

/** Radio group writing spec.mode. */
export function ModeChoice() {
  const t = useMessages(formMessages)
  const meta = useFieldMeta(MODE_PATH, { help: t.modeHelp })
  const written = useStudioStore((s) => selectResource(s).spec.mode)
  const mode = useStudioStore(selectEffectiveMode)
  const setField = useSetField()
  const legendId = `${meta.id}-legend`
  const names: Record<MilvusMode, string> = { standalone: t.standalone, cluster: t.cluster }
  return (
    <div className="ff-field" data-invalid={meta.invalid || undefined}>
      <fieldset
        id={meta.id}
        tabIndex={-1}
        role="radiogroup"
        className="ff-choice"
        aria-labelledby={legendId}
        aria-describedby={meta.describedBy || undefined}
      >
        <legend id={legendId} className="ff-label">
          {t.mode}
        </legend>
        {MILVUS_MODES.map((m) => {
          const id = `${fieldId(MODE_PATH)}-${m}`
          return (
            <div key={m} className="ff-choice-option">
              <input
                id={id}
                type="radio"
                name="ff-mode"
                value={m}
                checked={mode === m}
                onChange={() => setField(MODE_PATH, m)}
              />
              <label htmlFor={id}>{names[m]}</label>
              {mode === m && written === undefined ? (
                <span className="ff-tag">{t.isDefault}</span>
              ) : null}
            </div>
          )
        })}
      </fieldset>
      <p id={meta.helpId} className="ff-help">
        {meta.help}
      </p>
      <FieldFindings path={MODE_PATH} id={meta.findingsId} />
    </div>
  )
}
