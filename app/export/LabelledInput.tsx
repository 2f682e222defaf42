/** A text input and the label that names it, in the export dialogs' look; other input attributes pass through. */
import { useId, type InputHTMLAttributes } from 'react'

export type LabelledInputProps = { readonly label: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id'
>

export function LabelledInput({ label, ...input }: LabelledInputProps) {
  const id = useId()
  return (
    <>
      <label htmlFor={id} className="studio-field-label">
        {label}
      </label>
      <input id={id} {...input} />
    </>
  )
}
