/**
 * Import by paste or file picker (drag-and-drop onto the page is handled by App). The milvus-helm
 * form and the chart mapping it runs load when that source is first chosen.
 */
import { lazy, Suspense, useState } from 'react'
import { Dialog } from '../common/Dialog'
import { RadioGroup } from '../export/RadioGroup'
import { useMessages } from '../i18n'
import { loadText } from '../state/importText'
import { helmImportMessages } from './helmImportMessages'
import { headerMessages } from './messages'
import { importFile } from './readFile'
import { FilePicker, ImportForm, PasteBox, usePaste } from './TextSource'

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
  const paste = usePaste()
  const close = () => {
    paste.clear()
    onClose()
  }
  const submit = () => {
    if (!paste.hasText()) return
    loadText(paste.text, 'import')
    close()
  }
  return (
    <Dialog open={open} onClose={close} title={t.importTitle} className="import-dialog">
      <RadioGroup
        legend={th.source}
        value={source}
        onChange={setSource}
        options={{ manifest: th.sourceManifest, helm: th.sourceHelm }}
      />
      {source === 'helm' ? (
        <Suspense fallback={null}>
          <HelmImportForm onDone={close} />
        </Suspense>
      ) : (
        <ImportForm onSubmit={submit}>
          <PasteBox label={t.importPaste} hint={t.importPasteHint} rows={12} paste={paste} />
          <div className="button-row">
            <button type="submit" className="button-primary">
              {t.importLoad}
            </button>
          </div>
          <FilePicker
            label={t.importFile}
            accept=".yaml,.yml,.json,.txt,application/yaml,text/yaml,text/plain"
            onFile={(file) => void importFile(file).then(close)}
          />
          <p className="hint">{t.importDrop}</p>
        </ImportForm>
      )}
    </Dialog>
  )
}
