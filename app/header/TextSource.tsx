/**
 * The parts both import forms (manifest and milvus-helm values) are made of: the form itself, a
 * paste box (label, hint, "nothing pasted" error) with its state, and a file picker.
 */
import { useId, useState, type ReactNode } from 'react'
import { useMessages } from '../i18n'
import { headerMessages } from './messages'

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

/** What a paste box holds: the text, and whether a submit found nothing in it. */
export interface Paste {
  readonly text: string
  /** Set by `hasText` when there is nothing but white space; cleared when the text changes. */
  readonly empty: boolean
  readonly change: (text: string) => void
  /** For a submit: true when there is text to load, else marks the box empty. */
  readonly hasText: () => boolean
  readonly clear: () => void
}

export function usePaste(): Paste {
  const [text, setText] = useState('')
  const [empty, setEmpty] = useState(false)
  return {
    text,
    empty,
    change: (next) => {
      setText(next)
      setEmpty(false)
    },
    hasText: () => {
      if (text.trim() !== '') return true
      setEmpty(true)
      return false
    },
    clear: () => {
      setText('')
      setEmpty(false)
    },
  }
}

export interface PasteBoxProps {
  readonly label: string
  readonly hint: string
  readonly rows: number
  readonly paste: Paste
}

export function PasteBox({ label, hint, rows, paste }: PasteBoxProps) {
  const t = useMessages(headerMessages)
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
        aria-invalid={paste.empty || undefined}
        value={paste.text}
        onChange={(e) => paste.change(e.target.value)}
      />
      {paste.empty && (
        <p className="field-error" role="alert">
          {t.importEmpty}
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
