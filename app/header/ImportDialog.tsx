/**
 * Import by paste or file picker (drag-and-drop onto the page is handled by App). The milvus-helm
 * form and the chart mapping it runs load when that source is first chosen.
 */
import { lazy, Suspense, useId, useState } from 'react'
import { Dialog } from '../common/Dialog'
import { RadioGroup } from '../export/RadioGroup'
import { useMessages } from '../i18n'
import { loadText } from '../state/importText'
import { helmImportMessages } from './helmImportMessages'
import { headerMessages } from './messages'
import { importFile } from './readFile'

const HelmImportForm = lazy(() =>
  import('./HelmImportForm').then((m) => ({ default: m.HelmImportForm })),
)

export interface ImportDialogProps {
  open: boolean
  onClose: () => void
}

export function ImportDialog({ open, onClose }: ImportDialogProps) {
  const t = useMessages(headerMessages)
  const th = useMessages(helmImportMessages)
  const [source, setSource] = useState<'manifest' | 'helm'>('manifest')
  const [text, setText] = useState('')
  const [empty, setEmpty] = useState(false)
  const pasteId = useId()
  const fileId = useId()
  const hintId = useId()
  const close = () => {
    setText('')
    setEmpty(false)
    onClose()
  }
  const submit = () => {
    if (text.trim() === '') {
      setEmpty(true)
      return
    }
    loadText(text, 'import')
    close()
  }
  return (
    <Dialog open={open} onClose={close} title={t.importTitle} className="import-dialog">
      <RadioGroup
        legend={th.source}
        value={source}
        onChange={setSource}
        options={[
          { value: 'manifest', label: th.sourceManifest },
          { value: 'helm', label: th.sourceHelm },
        ]}
      />
      {source === 'helm' ? (
        <Suspense fallback={null}>
          <HelmImportForm onDone={close} />
        </Suspense>
      ) : (
        <form
          className="import-form"
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          <label htmlFor={pasteId}>{t.importPaste}</label>
          <p id={hintId} className="hint">
            {t.importPasteHint}
          </p>
          <textarea
            id={pasteId}
            className="import-form__text"
            rows={12}
            spellCheck={false}
            aria-describedby={hintId}
            aria-invalid={empty || undefined}
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              setEmpty(false)
            }}
          />
          {empty && (
            <p className="field-error" role="alert">
              {t.importEmpty}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button-primary">
              {t.importLoad}
            </button>
          </div>
          <label htmlFor={fileId}>{t.importFile}</label>
          <input
            id={fileId}
            type="file"
            accept=".yaml,.yml,.json,.txt,application/yaml,text/yaml,text/plain"
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (!file) return
              void importFile(file).then(close)
            }}
          />
          <p className="hint">{t.importDrop}</p>
        </form>
      )}
    </Dialog>
  )
}
