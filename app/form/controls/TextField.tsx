/** A text input bound to one path; clearing it deletes the key (or writes "" with keepEmpty). */
import type { SpecPath } from '../../../src/model'
import { Field } from '../Field'
import { textToValue, valueToText } from '../formValues'
import { controlAttributes, useFieldMeta, useResourceValue, useSetField } from '../useFieldMeta'

export interface TextFieldProps {
  readonly path: SpecPath
  readonly label: string
  /** Read by screen readers (and matched by getByLabel) before the visible label. */
  readonly hiddenPrefix?: string | undefined
  readonly help?: string | undefined
  readonly placeholder?: string | undefined
  readonly type?: 'text' | 'password'
  readonly autoComplete?: string
  /** Write "" when cleared instead of deleting the key (map values, list item fields). */
  readonly keepEmpty?: boolean
}

/** Text control: writes strings, deletes on empty. */
export function TextField({
  path,
  label,
  hiddenPrefix,
  help,
  placeholder,
  type = 'text',
  autoComplete = 'off',
  keepEmpty = false,
}: TextFieldProps) {
  const meta = useFieldMeta(path, { help, placeholder })
  const value = useResourceValue(path)
  const setField = useSetField()
  return (
    <Field path={path} label={label} hiddenPrefix={hiddenPrefix} meta={meta}>
      <input
        {...controlAttributes(meta)}
        className="ff-input"
        type={type}
        value={valueToText(value)}
        placeholder={meta.placeholder}
        autoComplete={autoComplete}
        spellCheck={false}
        onChange={(e) => setField(path, keepEmpty ? e.target.value : textToValue(e.target.value))}
      />
    </Field>
  )
}
