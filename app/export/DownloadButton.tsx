/** A button that saves `text` as a file (every export tab has one). */
import { downloadText } from './fileActions'

export interface DownloadButtonProps {
  readonly text: string
  readonly fileName: string
  readonly mime: string
  readonly label: string
  readonly primary?: boolean
}

export function DownloadButton({
  text,
  fileName,
  mime,
  label,
  primary = false,
}: DownloadButtonProps) {
  return (
    <button
      type="button"
      className={primary ? 'studio-button studio-button--primary' : 'studio-button'}
      onClick={() => downloadText(text, fileName, mime)}
    >
      {label}
    </button>
  )
}
