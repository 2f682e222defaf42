/**
 * A tri-state boolean: "default (x)" while the key is absent, or explicitly set. The checkbox
 * shows the effective value; "Use default" removes the key again.
 */
import type { SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { Field } from '../Field'
import { formMessages } from '../messages'
import { useFieldMeta, useResourceValue, useSetField } from '../useFieldMeta'

export interface BoolFieldProps {
  readonly path: SpecPath
  readonly label: string
  readonly help?: string | undefined
  /** The operator's default when the catalogue has none (false otherwise). */
  readonly defaultValue?: boolean
}

/** Checkbox with a visible default/explicit state and a way back to the default. */
export function BoolField({ path, label, help, defaultValue }: BoolFieldProps) {
  const meta = useFieldMeta(path, { help })
  const t = useMessages(formMessages)
  const value = useResourceValue(path)
  const setField = useSetField()
  const fallback =
    defaultValue ?? (typeof meta.defaultValue === 'boolean' ? meta.defaultValue : false)
  const isSet = value !== undefined
  const checked = isSet ? value === true : fallback
  const stateId = `${meta.id}-state`
  const aside = (
    <span className="ff-bool-state">
      <span id={stateId} className="ff-muted">
        {isSet ? t.explicitlySet : format(t.defaultIs, { value: String(fallback) })}
      </span>
      {isSet ? (
        <button
          type="button"
          className="ff-link-button"
          aria-label={format(t.useDefaultFor, { label })}
          onClick={() => setField(path, undefined)}
        >
          {t.useDefault}
        </button>
      ) : null}
    </span>
  )
  return (
    <Field path={path} label={label} meta={meta} labelAfter aside={aside}>
      <input
        id={meta.id}
        type="checkbox"
        className="ff-checkbox"
        checked={checked}
        aria-invalid={meta.invalid || undefined}
        aria-describedby={[stateId, meta.describedBy].filter(Boolean).join(' ')}
        onChange={(e) => setField(path, e.target.checked)}
      />
    </Field>
  )
}
