/** A labelled group of radio buttons (fieldset + legend), used by the guide and export choices. */
import { useId } from 'react'

export interface RadioGroupProps<V extends string> {
  readonly legend: string
  readonly value: V
  /**
   * Each option's label by its value, in the order shown (object key order: a value must not look
   * like an array index, e.g. "2").
   */
  readonly options: Readonly<Record<V, string>>
  readonly onChange: (value: V) => void
}

export function RadioGroup<V extends string>({
  legend,
  value,
  options,
  onChange,
}: RadioGroupProps<V>) {
  const name = useId()
  return (
    <fieldset className="studio-choice">
      <legend>{legend}</legend>
      {(Object.entries(options) as [V, string][]).map(([v, label]) => (
        <label key={v}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  )
}
