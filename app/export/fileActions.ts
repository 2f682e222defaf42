/** Browser side effects the export dialogs share: download a text as a file, copy to the clipboard. */
import { downloadText as saveText, fileNameFor } from '../common/download'

/** Saves `text` under `filename` (the shared Blob download, argument order kept for the tabs). */
export function downloadText(text: string, filename: string, mime: string): void {
  saveText(filename, text, mime)
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  let ok: boolean
  try {
    ok = document.execCommand('copy')
  } catch {
    ok = false
  }
  area.remove()
  return ok
}

/** Copies `text`; resolves false when neither the Clipboard API nor the fallback worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Permission denied or insecure context: try the selection fallback.
  }
  return copyWithSelection(text)
}

export { fileNameFor }
