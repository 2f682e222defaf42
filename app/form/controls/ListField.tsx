/**
 * An editor for a list of strings (broker lists, endpoints, seeds, access modes): one labelled
 * input per entry with a remove button, and a labelled "new entry" input with an add button.
 */
import { useState } from 'react'
import type { SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { fieldId } from '../fieldId'
import { listToValue, toStringList } from '../formValues'
import { formMessages } from '../messages'
import { useFieldMeta, useResourceValue, useSetField } from '../useFieldMeta'
import { AddRow } from './AddRow'
import { DraftInput } from './DraftInput'
import { ListFrame } from './ListFrame'

export interface ListFieldProps {
  readonly path: SpecPath
  readonly label: string
  readonly help?: string | undefined
  readonly placeholder?: string | undefined
}

/** String-list control; an empty list deletes the key. */
export function ListField({ path, label, help, placeholder }: ListFieldProps) {
  const meta = useFieldMeta(path, { help, placeholder })
  const t = useMessages(formMessages)
  const items = toStringList(useResourceValue(path))
  const setField = useSetField()
  const [draft, setDraft] = useState('')
  const write = (next: readonly string[]): void => setField(path, listToValue(next))
  const add = (): void => {
    const v = draft.trim()
    if (v === '') return
    write([...items, v])
    setDraft('')
  }
  return (
    <ListFrame
      path={path}
      label={label}
      meta={meta}
      empty={items.length === 0 ? t.emptyList : null}
      includeDescendants
    >
      <ul className="ff-list-items">
        {items.map((item, i) => (
          <li key={i} className="ff-list-item">
            <input
              id={fieldId([...path, i])}
              className="ff-input"
              value={item}
              autoComplete="off"
              spellCheck={false}
              aria-label={format(t.itemOf, { label, n: i + 1 })}
              onChange={(e) => write(items.map((x, j) => (j === i ? e.target.value : x)))}
            />
            <button
              type="button"
              className="ff-button"
              aria-label={format(t.removeFrom, { label, n: i + 1 })}
              onClick={() => write(items.filter((_, j) => j !== i))}
            >
              {t.remove}
            </button>
          </li>
        ))}
      </ul>
      <AddRow label={label} onAdd={add}>
        <DraftInput
          value={draft}
          label={format(t.newItemFor, { label })}
          placeholder={meta.placeholder}
          onChange={setDraft}
          onEnter={add}
        />
      </AddRow>
    </ListFrame>
  )
}
