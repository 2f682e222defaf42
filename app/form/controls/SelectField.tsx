/** A select for an enum; the first option means "not set" and deletes the key. */
import type { SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { Field } from '../Field'
import { formatDefault, valueToText } from '../formValues'
import { formMessages } from '../messages'
import { controlAttributes, useFieldMeta, useResourceValue, useSetField } from '../useFieldMeta'

export interface SelectOption {
  readonly value: string | number
  readonly label?: string
}

export interface SelectFieldProps {
  readonly path: SpecPath
  readonly label: string
  /** Read by screen readers (and matched by getByLabel) before the visible label. */
  readonly hiddenPrefix?: string | undefined
  readonly help?: string | undefined
  /** Options; defaults to the catalogue's enum for the path. */
  readonly options?: readonly (string | number | SelectOption)[]
  /** Shown in the "not set" option when the default is computed. */
  readonly defaultText?: string | undefined
}

const toOption = (o: string | number | SelectOption): SelectOption =>
  typeof o === 'object' ? o : { value: o }

/** Enum select; keeps an unknown written value visible as an extra option. */
export function SelectField(props: SelectFieldProps) {
  const { path, label, hiddenPrefix, help, options, defaultText } = props
  const meta = useFieldMeta(path, { help })
  const t = useMessages(formMessages)
  const value = useResourceValue(path)
  const setField = useSetField()
  const enumValues = (options ?? meta.enumValues ?? []).map(toOption)
  const current = valueToText(value)
  const known = enumValues.some((o) => String(o.value) === current)
  const shownDefault = defaultText ?? formatDefault(meta.defaultValue)
  const unsetLabel = shownDefault ? format(t.defaultOption, { value: shownDefault }) : t.notSet
  const onChange = (text: string): void => {
    if (text === '') return setField(path, undefined)
    const opt = enumValues.find((o) => String(o.value) === text)
    setField(path, opt ? opt.value : text)
  }
  return (
    <Field path={path} label={label} hiddenPrefix={hiddenPrefix} meta={meta}>
      <select
        {...controlAttributes(meta)}
        className="ff-select"
        value={current}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{unsetLabel}</option>
        {enumValues.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label ?? String(o.value)}
          </option>
        ))}
        {current !== '' && !known ? <option value={current}>{current}</option> : null}
      </select>
    </Field>
  )
}
