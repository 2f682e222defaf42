/** A labelled text input for a list entry not written yet; Enter commits it. */

export interface DraftInputProps {
  readonly value: string
  readonly label: string
  readonly placeholder?: string | undefined
  readonly onChange: (value: string) => void
  /** Enter in the input. */
  readonly onEnter: () => void
}

/** A labelled text input for a value not written yet. */
export function DraftInput({ value, label, placeholder, onChange, onEnter }: DraftInputProps) {
  return (
    <input
      className="ff-input"
      value={value}
      placeholder={placeholder}
      autoComplete="off"
      spellCheck={false}
      aria-label={label}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return
        e.preventDefault()
        onEnter()
      }}
    />
  )
}
