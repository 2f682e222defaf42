/**
 * An editor for a list of strings (broker lists, endpoints, seeds, access modes): one labelled
 * input per entry with a remove button, and a labelled "new entry" input with an add button.
 */
import { useState } from 'react'
import type { SpecPath } from '../../../src/model'
import { FieldFindings } from '../FieldFindings'
import { format, useMessages } from '../../i18n'
import { fieldId } from '../fieldId'
import { listToValue, toStringList } from '../formValues'
import { formMessages } from '../messages'
import { useFieldMeta, useResourceValue, useSetField } from '../useFieldMeta'

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
  const labelId = `${meta.id}-label`
  const write = (next: readonly string[]): void => setField(path, listToValue(next))
  const add = (): void => {
    const v = draft.trim()
    if (v === '') return
    write([...items, v])
    setDraft('')
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
        {items.length === 0 ? <p className="ff-muted">{t.emptyList}</p> : null}
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
        <div className="ff-list-add">
          <input
            className="ff-input"
            value={draft}
            placeholder={meta.placeholder}
            autoComplete="off"
            spellCheck={false}
            aria-label={format(t.newItemFor, { label })}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                add()
              }
            }}
          />
          <button
            type="button"
            className="ff-button"
            aria-label={format(t.addTo, { label })}
            onClick={add}
          >
            {t.addItem}
          </button>
        </div>
      </div>
      {meta.help ? (
        <p id={meta.helpId} className="ff-help">
          {meta.help}
        </p>
      ) : null}
      <FieldFindings path={path} includeDescendants id={meta.findingsId} />
    </div>
  )
}
