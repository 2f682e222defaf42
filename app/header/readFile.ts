/** Reads a dropped or picked file into the studio, with a clear message when it cannot. */
import { format } from '../i18n'
import { loadText, MAX_IMPORT_CHARS, reportTooLarge } from '../state/importText'
import { useStudioStore } from '../state/store'
import { headerMessages } from './messages'

export async function importFile(file: File): Promise<void> {
  const { lang, pushNotice } = useStudioStore.getState()
  if (file.size > MAX_IMPORT_CHARS * 4) {
    // Far beyond any text we accept (4 bytes per character at most): do not read it into memory.
    reportTooLarge()
    return
  }
  try {
    loadText(await file.text(), 'import')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const message = {
      en: format(headerMessages.en.importReadError, { reason }),
      ko: format(headerMessages.ko.importReadError, { reason }),
    }
    pushNotice({ kind: 'error', text: message[lang], message })
  }
}
