/**
 * A number input bound to one path. Keeps what the user types locally until it parses, so
 * "-" or "1." do not fight the store; empty deletes the key.
 */
import { useState } from 'react'
import type { SpecPath } from '../../../src/model'
import { useMessages } from '../../i18n'
import { Field } from '../Field'
import { parseNumberInput, valueToText } from '../formValues'
import { formMessages } from '../messages'
import { controlAttributes, useFieldMeta, useResourceValue, useSetField } from '../useFieldMeta'

export interface NumberFieldProps {
  readonly path: SpecPath
  readonly label: string
  /** Read by screen readers (and matched by getByLabel) before the visible label. */
  readonly hiddenPrefix?: string | undefined
  readonly help?: string | undefined
  readonly placeholder?: string | undefined
  readonly integer?: boolean
  /** Write the number as a string (Helm chart values that the chart reads as strings). */
  readonly asString?: boolean
}

/** Number control with local draft text. */
export function NumberField(props: NumberFieldProps) {
  const { path, label, hiddenPrefix, help, placeholder, integer = true, asString = false } = props
  const meta = useFieldMeta(path, { help, placeholder })
  const t = useMessages(formMessages)
  const stored = valueToText(useResourceValue(path))
  const setField = useSetField()
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null)
  // A draft only lives while the stored value is the one it was typed against.
  const text = draft !== null && draft.base === stored ? draft.text : stored
  const bad =
    draft !== null &&
    draft.base === stored &&
    parseNumberInput(draft.text, integer).kind === 'invalid'
  const onChange = (next: string): void => {
    const parsed = parseNumberInput(next, integer)
    if (parsed.kind === 'invalid') {
      setDraft({ text: next, base: stored })
      return
    }
    setDraft(null)
    if (parsed.kind === 'empty') setField(path, undefined)
    else setField(path, asString ? String(parsed.value) : parsed.value)
  }
  return (
    <Field
      path={path}
      label={label}
      hiddenPrefix={hiddenPrefix}
      meta={meta}
      aside={
        bad ? (
          <span id={`${meta.id}-bad`} className="ff-bad">
            {t.invalidNumber}
          </span>
        ) : null
      }
    >
      <input
        {...controlAttributes(meta, bad ? `${meta.id}-bad` : undefined)}
        className="ff-input ff-number"
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        placeholder={meta.placeholder}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setDraft(null)}
      />
    </Field>
  )
}
