/** A labelled group of radio buttons (fieldset + legend), used by the guide and export choices. */
import { useId } from 'react'

export interface RadioGroupProps<V extends string> {
  readonly legend: string
  readonly value: V
  readonly options: readonly { readonly value: V; readonly label: string }[]
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
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}
