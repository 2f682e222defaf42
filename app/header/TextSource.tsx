/**
 * The parts both import forms (manifest and milvus-helm values) are made of: the form itself, a
 * paste box (label, hint, "nothing pasted" error) and a file picker.
 */
import { useId, type ReactNode } from 'react'

/** The import form: submitting (button or Enter) calls `onSubmit` instead of reloading the page. */
export function ImportForm({
  onSubmit,
  children,
}: {
  readonly onSubmit: () => void
  readonly children: ReactNode
}) {
  return (
    <form
      className="import-form"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      {children}
    </form>
  )
}

export interface PasteBoxProps {
  readonly label: string
  readonly hint: string
  readonly rows: number
  readonly value: string
  /** Set after a submit with nothing pasted; cleared by the form when the text changes. */
  readonly empty: boolean
  readonly emptyMessage: string
  readonly onChange: (text: string) => void
}

export function PasteBox({
  label,
  hint,
  rows,
  value,
  empty,
  emptyMessage,
  onChange,
}: PasteBoxProps) {
  const id = useId()
  const hintId = useId()
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <textarea
        id={id}
        className="import-form__text"
        rows={rows}
        spellCheck={false}
        aria-describedby={hintId}
        aria-invalid={empty || undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {empty && (
        <p className="field-error" role="alert">
          {emptyMessage}
        </p>
      )}
    </>
  )
}

export function FilePicker({
  label,
  accept,
  onFile,
}: {
  readonly label: string
  readonly accept: string
  readonly onFile: (file: File) => void
}) {
  const id = useId()
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) onFile(file)
        }}
      />
    </>
  )
}
