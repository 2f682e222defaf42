/**
 * The Baseline dialog: save the current config (or a pasted live resource) under a name as what is
 * running, keep several (dev, staging, prod), compare them with each other or with the current
 * config, and see the change-safety findings, migration runbooks and upgrade plan.
 */
import { useId, useState } from 'react'
import { format, useMessages } from '../i18n'
import { compareWithBaseline, markBaseline } from '../state/baselineStore'
import { useStudioStore } from '../state/store'
import { BaselineCompare } from './BaselineCompare'
import { BaselineLibrary } from './BaselineLibrary'
import { baselineMessages } from './baselineMessages'
import { Dialog } from '../common/Dialog'
import { libraryMessages } from './libraryMessages'
import { LabelledInput } from './LabelledInput'
import './export.css'

export interface BaselineDialogProps {
  readonly open: boolean
  readonly onClose: () => void
}

function PasteBaseline({ name }: { readonly name: string }) {
  const m = useMessages(baselineMessages)
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)
  const id = useId()
  const usePasted = () => {
    const ok = markBaseline(name, text)
    setInvalid(!ok)
    if (ok) setText('')
  }
  return (
    <details className="studio-callout">
      <summary>{m.pasteTitle}</summary>
      <p className="studio-hint">{m.pasteHint}</p>
      <label htmlFor={id} className="studio-field-label">
        {m.pasteLabel}
      </label>
      <textarea
        id={id}
        className="baseline-paste"
        rows={8}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="studio-dialog__actions">
        <button
          type="button"
          className="studio-button"
          disabled={text.trim() === '' || name.trim() === ''}
          onClick={usePasted}
        >
          {m.usePasted}
        </button>
      </div>
      {invalid && <p role="alert">{m.pasteInvalid}</p>}
    </details>
  )
}

export function BaselineDialog({ open, onClose }: BaselineDialogProps) {
  const m = useMessages(baselineMessages)
  const l = useMessages(libraryMessages)
  const baseline = useStudioStore((s) => s.baseline)
  const [name, setName] = useState('prod')
  const mark = () => markBaseline(name, useStudioStore.getState().source)
  return (
    <Dialog open={open} onClose={onClose} title={m.title} wide>
      <p className="studio-dialog__intro">{m.intro}</p>
      <p role="status">{baseline ? format(m.current, { label: baseline.label }) : m.none}</p>
      <div className="studio-dialog__actions">
        <LabelledInput
          label={l.nameLabel}
          type="text"
          value={name}
          placeholder={l.namePlaceholder}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          className="studio-button studio-button--primary"
          disabled={name.trim() === ''}
          onClick={mark}
        >
          {m.markCurrent}
        </button>
        {baseline && (
          <button type="button" className="studio-button" onClick={() => compareWithBaseline(null)}>
            {m.clear}
          </button>
        )}
      </div>
      <PasteBaseline name={name} />
      <BaselineLibrary />
      {baseline && <BaselineCompare baseline={baseline} />}
    </Dialog>
  )
}
