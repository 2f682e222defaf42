/** The always-visible note on where the work is kept, with "Forget saved work". */
import { useMessages } from '../i18n'
import { enableAutosave, forgetSavedWork } from '../state/persistence'
import { usePersistence } from '../state/persistenceStore'
import { noteMessages } from './noteMessages'

export function AutosaveNote() {
  const t = useMessages(noteMessages)
  const autosave = usePersistence((s) => s.autosave)
  const storage = usePersistence((s) => s.storage)
  if (storage === 'unavailable') return null
  return (
    <p className="autosave-note">
      <span>{autosave ? t.autosaveOn : t.autosaveOff}</span>{' '}
      {autosave ? (
        <button type="button" className="link-button" onClick={forgetSavedWork}>
          {t.forget}
        </button>
      ) : (
        <button type="button" className="link-button" onClick={enableAutosave}>
          {t.turnOn}
        </button>
      )}
    </p>
  )
}
