/**
 * The "Manifest YAML" region: Monaco, loaded lazily, with a labelled textarea while it loads and as a
 * "plain text editor" mode (chosen by the user, or forced when Monaco fails to load).
 */
import { lazy, Suspense, useId, useState } from 'react'
import { useMessages } from '../i18n'
import { EditorLoadBoundary } from './EditorLoadBoundary'
import { editorMessages } from './editorMessages'
import { PlainYamlEditor } from './PlainYamlEditor'
import { readPlainPreference, writePlainPreference } from './plainPreference'
import './editor.css'

const YamlEditor = lazy(() => import('./YamlEditor').then((m) => ({ default: m.YamlEditor })))

export function YamlEditorPanel() {
  const m = useMessages(editorMessages)
  const [plain, setPlain] = useState(readPlainPreference)
  const [failed, setFailed] = useState(false)
  const hintId = useId()
  const usePlain = plain || failed

  const toggle = (next: boolean) => {
    setPlain(next)
    writePlainPreference(next)
  }

  return (
    <section aria-label={m.title} className="yaml-panel">
      <div className="yaml-panel__bar">
        <h2 className="yaml-panel__title">{m.title}</h2>
        <label className="yaml-panel__toggle" title={m.plainHint}>
          <input
            type="checkbox"
            checked={usePlain}
            disabled={failed}
            aria-describedby={hintId}
            onChange={(e) => toggle(e.target.checked)}
          />
          {m.plainToggle}
        </label>
        <span id={hintId} className="visually-hidden">
          {m.plainHint}
        </span>
      </div>
      {failed && (
        <p className="yaml-panel__notice" role="status">
          {m.loadFailed}
        </p>
      )}
      <div className="yaml-panel__body">
        {usePlain ? (
          <PlainYamlEditor />
        ) : (
          <EditorLoadBoundary onError={() => setFailed(true)}>
            <Suspense fallback={<PlainYamlEditor loading />}>
              <YamlEditor />
            </Suspense>
          </EditorLoadBoundary>
        )}
      </div>
      {!usePlain && (
        <p className="yaml-panel__status">
          <span>{m.leaveHint}</span>{' '}
          <span className="yaml-panel__status-keys">{m.problemKeys}</span>
        </p>
      )}
    </section>
  )
}
