/** The "Mode" radio group (Standalone / Cluster); the effective mode is checked and marked default when absent. */
import type { MilvusMode } from '../../src/model'
import { MILVUS_MODES } from '../state/engine'
import { ChoiceField } from './ChoiceField'
import { useMessages } from '../i18n'
import { selectEffectiveMode, selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { fieldId } from './fieldId'
import { formMessages } from './messages'
import { useSetField } from './useFieldMeta'

const MODE_PATH = ['spec', 'mode'] as const

/** Radio group writing spec.mode. */
export function ModeChoice() {
  const t = useMessages(formMessages)
  const written = useStudioStore((s) => selectResource(s).spec.mode)
  const mode = useStudioStore(selectEffectiveMode)
  const setField = useSetField()
  const names: Record<MilvusMode, string> = { standalone: t.standalone, cluster: t.cluster }
  return (
    <ChoiceField path={MODE_PATH} help={t.modeHelp} legend={t.mode}>
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
    </ChoiceField>
  )
}
