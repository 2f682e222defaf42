/**
 * An editor for a list of small objects (tolerations, env vars, image pull secrets): each item's
 * fields are ordinary controls bound to `path[i].field`, so an edit touches one entry; a new item
 * starts from one typed value (its key or name) and an add button.
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
import { isRecordValue, toList } from './objectValues'

/** What every field of an item takes: words naming the item for screen readers, no help line. */
export interface ItemFieldProps {
  readonly hiddenPrefix: string
  readonly help: ''
}

export interface ObjectListFieldProps {
  readonly path: SpecPath
  readonly label: string
  readonly help?: string | undefined
  /** Who the list is for ("queryNode", "All components"), read before each item's field labels. */
  readonly who: string
  /** The name of one item, numbered ("toleration 2"). */
  readonly itemName: (n: number) => string
  /** The fields of an item (controls bound under `itemPath`, each given `fields`). */
  readonly renderItem: (
    itemPath: SpecPath,
    item: Readonly<Record<string, unknown>>,
    fields: ItemFieldProps,
  ) => ReactNode
  /** Label of the input that starts a new item, and the item it makes from the typed text. */
  readonly newLabel: string
  readonly newPlaceholder?: string
  readonly newItem: (text: string) => Record<string, unknown>
}

/** List-of-objects control; removing the last item deletes the list. */
export function ObjectListField(props: ObjectListFieldProps) {
  const { path, label, help, who, itemName, renderItem, newLabel, newPlaceholder, newItem } = props
  const meta = useFieldMeta(path, { help })
  const t = useMessages(podMessages)
  const f = useMessages(formMessages)
  const items = toList(useResourceValue(path))
  const setField = useSetField()
  const [draft, setDraft] = useState('')
  const add = (): void => {
    const text = draft.trim()
    if (text === '') return
    if (items.length === 0) setField(path, [newItem(text)])
    else setField([...path, items.length], newItem(text))
    setDraft('')
  }
  const remove = (i: number): void => setField(items.length === 1 ? path : [...path, i], undefined)
  return (
    <ListFrame
      path={path}
      label={label}
      meta={meta}
      empty={items.length === 0 ? t.noEntries : null}
    >
      <ol className="ff-list-items">
        {items.map((item, i) => (
          <li key={i} className="ff-object-item">
            <div className="ff-object-head">
              <span className="ff-object-name">{itemName(i + 1)}</span>
              <button
                type="button"
                className="ff-button"
                aria-label={format(t.removeItem, { item: itemName(i + 1), label })}
                onClick={() => remove(i)}
              >
                {f.remove}
              </button>
            </div>
            <div className="ff-grid">
              {renderItem([...path, i], isRecordValue(item) ? item : {}, {
                hiddenPrefix: `${who} ${itemName(i + 1)}`,
                help: '',
              })}
            </div>
          </li>
        ))}
      </ol>
      <AddRow label={label} onAdd={add}>
        <DraftInput
          value={draft}
          label={newLabel}
          placeholder={newPlaceholder}
          onChange={setDraft}
          onEnter={add}
        />
      </AddRow>
    </ListFrame>
  )
}
