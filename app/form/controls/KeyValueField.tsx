/**
 * An editor for a map of strings (node selectors, labels, annotations): one labelled value input
 * per key with a remove button, and a new key/value pair with an add button. Keys are not renamed
 * in place (remove and add again), so an edit touches one entry of the YAML only.
 */
import { useState, type ReactNode } from 'react'
import type { SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { formMessages } from '../messages'
import { podMessages } from '../messagesPods'
import { useFieldMeta, useResourceValue, useSetField } from '../useFieldMeta'
import { AddRow } from './AddRow'
import { DraftInput } from './DraftInput'
import { ListFrame } from './ListFrame'
import { isRecordValue } from './objectValues'
import { TextField } from './TextField'

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
  const keys = isRecordValue(stored) ? Object.keys(stored) : []
  const setField = useSetField()
  const [draft, setDraft] = useState({ key: '', value: '' })
  const add = (): void => {
    const key = draft.key.trim()
    if (key === '') return
    setField([...path, key], draft.value)
    setDraft({ key: '', value: '' })
  }
  const remove = (key: string): void =>
    setField(keys.length === 1 ? path : [...path, key], undefined)
  return (
    <ListFrame path={path} label={label} meta={meta} empty={keys.length === 0 ? t.noEntries : null}>
      <ul className="ff-list-items">
        {keys.map((key) => (
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
      <AddRow label={label} onAdd={add} className="ff-kv-add">
        <DraftInput
          value={draft.key}
          label={format(t.newKeyFor, { label })}
          placeholder={keyPlaceholder ?? t.key}
          onChange={(key) => setDraft({ ...draft, key })}
          onEnter={add}
        />
        <DraftInput
          value={draft.value}
          label={format(t.newValueFor, { label })}
          placeholder={t.value}
          onChange={(value) => setDraft({ ...draft, value })}
          onEnter={add}
        />
      </AddRow>
      {children}
    </ListFrame>
  )
}
