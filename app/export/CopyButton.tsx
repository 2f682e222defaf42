/** A copy button that says "Copied" (politely announced) for a moment after it worked. */
import { useEffect, useState } from 'react'
import { useMessages } from '../i18n'
import { exportCommonMessages } from './exportMessages'
import { copyText } from './fileActions'

export interface CopyButtonProps {
  readonly text: string
  /** Accessible name; defaults to "Copy". */
  readonly label?: string
}

export function CopyButton({ text, label }: CopyButtonProps) {
  const m = useMessages(exportCommonMessages)
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = window.setTimeout(() => setState('idle'), 2000)
    return () => window.clearTimeout(timer)
  }, [state])

  return (
    <>
      <button
        type="button"
        className="studio-button"
        onClick={() => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        {label ?? m.copy}
      </button>
      <span className="studio-dialog__status" role="status" aria-live="polite">
        {state === 'copied' ? m.copied : state === 'failed' ? m.copyFailed : ''}
      </span>
    </>
  )
}
