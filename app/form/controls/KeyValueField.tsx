/**
 * An editor for a map of strings (node selectors, labels, annotations): one labelled value input
 * per key with a remove button, and a new key/value pair with an add button. Keys are not renamed
 * in place (remove and add again), so an edit touches one entry of the YAML only.
 */
import { useState, type ReactNode } from 'react'
import type { SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { FieldFindings } from '../FieldFindings'
import { formMessages } from '../messages'
import { podMessages } from '../messagesPods'
import { useFieldMeta, useResourceValue, useSetField } from '../useFieldMeta'
import { TextField } from './TextField'
import { isRecordValue } from './objectValues'

export interface KeyValueFieldProps {
  readonly path: SpecPath
  readonly label: string
  readonly help?: string | undefined
  readonly keyPlaceholder?: string
  /** Extra controls under the entries (one-click presets). */
  readonly children?: ReactNode
}

/** Map-of-strings control; removing the last key deletes the map. */
export function KeyValueField({ path, label, help, keyPlaceholder, children }: KeyValueFieldProps) {
  const meta = useFieldMeta(path, { help })
  const t = useMessages(podMessages)
  const f = useMessages(formMessages)
  const stored = useResourceValue(path)
  const entries = isRecordValue(stored) ? Object.keys(stored) : []
  const setField = useSetField()
  const [draft, setDraft] = useState({ key: '', value: '' })
  const labelId = `${meta.id}-label`
  const add = (): void => {
    const key = draft.key.trim()
    if (key === '') return
    setField([...path, key], draft.value)
    setDraft({ key: '', value: '' })
  }
  const remove = (key: string): void =>
    setField(entries.length === 1 ? path : [...path, key], undefined)
  const onEnter = (e: React.KeyboardEvent): void => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    add()
  }
  return (
    <div className="ff-field" data-invalid={meta.invalid || undefined}>
      <div
        id={meta.id}
        role="group"
        tabIndex={-1}
        className="ff-list"
        aria-labelledby={labelId}
        aria-describedby={meta.describedBy || undefined}
      >
        <span id={labelId} className="ff-label">
          {label}
        </span>
        {entries.length === 0 ? <p className="ff-muted">{t.noEntries}</p> : null}
        <ul className="ff-list-items">
          {entries.map((key) => (
            <li key={key} className="ff-kv-item">
              <TextField path={[...path, key]} label={key} hiddenPrefix={label} keepEmpty help="" />
              <button
                type="button"
                className="ff-button"
                aria-label={format(t.removeKey, { key, label })}
                onClick={() => remove(key)}
              >
                {f.remove}
              </button>
            </li>
          ))}
        </ul>
        <div className="ff-list-add ff-kv-add">
          <input
            className="ff-input"
            value={draft.key}
            placeholder={keyPlaceholder ?? t.key}
            autoComplete="off"
            spellCheck={false}
            aria-label={format(t.newKeyFor, { label })}
            onChange={(e) => setDraft({ ...draft, key: e.target.value })}
            onKeyDown={onEnter}
          />
          <input
            className="ff-input"
            value={draft.value}
            placeholder={t.value}
            autoComplete="off"
            spellCheck={false}
            aria-label={format(t.newValueFor, { label })}
            onChange={(e) => setDraft({ ...draft, value: e.target.value })}
            onKeyDown={onEnter}
          />
          <button
            type="button"
            className="ff-button"
            aria-label={format(f.addTo, { label })}
            onClick={add}
          >
            {f.addItem}
          </button>
        </div>
        {children}
      </div>
      {meta.help ? (
        <p id={meta.helpId} className="ff-help">
          {meta.help}
        </p>
      ) : null}
      <FieldFindings path={path} id={meta.findingsId} />
    </div>
  )
}
