/**
 * "Which store should I use?": mode, Milvus version, message size and existing managed brokers in,
 * the engine's `recommendStore` out (store and reasons), applied through the store's patch path.
 */
import { useId, useMemo, useState } from 'react'
import { effectiveMilvusVersion, effectiveMode, parseVersion } from '../state/engine'
import { recommendStoreFor } from '../state/exports'
import type { MilvusMode } from '../../src/model/types'
import { format, useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { Dialog } from '../common/Dialog'
import { guideMessages } from './guideMessages'
import { LabelledInput } from './LabelledInput'
import { RadioGroup } from './RadioGroup'
import { STORE_NAMES } from './storeNames'
import { tryCompute } from './tryCompute'
import './export.css'

export interface StoreGuideDialogProps {
  readonly open: boolean
  readonly onClose: () => void
}

type MessageSize = 'small' | 'large'
type Existing = 'none' | 'kafka' | 'pulsar'

function Answers({ onApplied }: { readonly onApplied: () => void }) {
  const m = useMessages(guideMessages)
  const lang = useStudioStore((s) => s.lang)
  const resource = useStudioStore(selectResource)
  const [mode, setMode] = useState<MilvusMode>(() => effectiveMode(resource))
  const [version, setVersion] = useState(() => {
    const v = effectiveMilvusVersion(resource)
    return v ? `${v.major}.${v.minor}.${v.patch}` : '2.6.0'
  })
  const [messageSize, setMessageSize] = useState<MessageSize>('small')
  const [existing, setExisting] = useState<Existing>('none')
  const hintId = useId()
  const versionOk = parseVersion(version) !== undefined
  const result = useMemo(
    () =>
      versionOk
        ? tryCompute(() =>
            recommendStoreFor({ mode, milvusVersion: version, messageSize, existing }),
          )
        : undefined,
    [mode, version, messageSize, existing, versionOk],
  )

  return (
    <form className="guide-form" onSubmit={(e) => e.preventDefault()}>
      <RadioGroup
        legend={m.mode}
        value={mode}
        onChange={setMode}
        options={{ standalone: m.standalone, cluster: m.cluster }}
      />
      <div className="studio-field">
        <LabelledInput
          label={m.version}
          className="studio-input"
          value={version}
          aria-invalid={!versionOk}
          aria-describedby={hintId}
          onChange={(e) => setVersion(e.target.value)}
        />
        <span id={hintId} className="studio-hint">
          {versionOk ? m.versionHint : m.versionInvalid}
        </span>
      </div>
      <RadioGroup
        legend={m.messageSize}
        value={messageSize}
        onChange={setMessageSize}
        options={{ small: m.small, large: m.large }}
      />
      <RadioGroup
        legend={m.existing}
        value={existing}
        onChange={setExisting}
        options={{ none: m.none, kafka: m.kafka, pulsar: m.pulsar }}
      />
      {result && !result.ok && <p role="alert">{format(m.failed, { detail: result.error })}</p>}
      {result?.ok && (
        <section
          className="studio-callout guide-result"
          aria-label={m.recommendation}
          aria-live="polite"
        >
          <h3>{format(m.recommended, { store: STORE_NAMES[result.value.store] })}</h3>
          <h4>{m.reasons}</h4>
          <ul>
            {result.value.reasons.map((r, i) => (
              <li key={i}>{r[lang]}</li>
            ))}
          </ul>
          <button
            type="button"
            className="studio-button studio-button--primary"
            onClick={() => {
              useStudioStore.getState().applyPatches(result.value.patches, 'form')
              onApplied()
            }}
          >
            {m.apply}
          </button>
          <p className="studio-hint">{m.applyHint}</p>
        </section>
      )}
    </form>
  )
}

export function StoreGuideDialog({ open, onClose }: StoreGuideDialogProps) {
  const m = useMessages(guideMessages)
  return (
    <Dialog open={open} onClose={onClose} title={m.title}>
      <p className="studio-dialog__intro">{m.intro}</p>
      <Answers onApplied={onClose} />
    </Dialog>
  )
}
