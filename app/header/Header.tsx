/**
 * The header: the resource name, the ways to get a config in (presets, import), undo/redo, the
 * ways to get it out (download, export, share), baseline, the store guide, reset, and preferences.
 */
import { useState } from 'react'
import { useMessages } from '../i18n'
import { selectResourceName } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { downloadManifest } from './downloadManifest'
import { ImportDialog } from './ImportDialog'
import { LazyDialog, type LazyDialogName } from './LazyDialogs'
import { headerMessages } from './messages'
import { PreferenceSelects } from './PreferenceSelects'
import { PresetsDialog } from './PresetsDialog'
import { ResetDialog } from './ResetDialog'

type OpenDialog = 'presets' | 'import' | 'reset' | LazyDialogName | null

export function Header() {
  const t = useMessages(headerMessages)
  const name = useStudioStore(selectResourceName)
  const canUndo = useStudioStore((s) => s.canUndo)
  const canRedo = useStudioStore((s) => s.canRedo)
  const undo = useStudioStore((s) => s.undo)
  const redo = useStudioStore((s) => s.redo)
  const [open, setOpen] = useState<OpenDialog>(null)
  const close = () => setOpen(null)
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true" />
        <h1 className="app-header__title">{t.appName}</h1>
        <p className="app-header__resource">
          <span className="visually-hidden">{t.resource}: </span>
          <span className={name ? undefined : 'muted'}>{name || t.unnamed}</span>
        </p>
      </div>
      <div className="app-header__actions" role="group" aria-label={t.actions}>
        <div className="button-group">
          <button type="button" onClick={() => setOpen('presets')}>
            {t.presets}
          </button>
          <button type="button" onClick={() => setOpen('import')}>
            {t.import}
          </button>
        </div>
        <div className="button-group">
          <button type="button" onClick={undo} disabled={!canUndo} title={t.undoHint}>
            <span aria-hidden="true">↶ </span>
            {t.undo}
          </button>
          <button type="button" onClick={redo} disabled={!canRedo} title={t.redoHint}>
            <span aria-hidden="true">↷ </span>
            {t.redo}
          </button>
        </div>
        <div className="button-group">
          <button type="button" className="button-primary" onClick={() => void downloadManifest()}>
            {t.downloadYaml}
          </button>
          <button type="button" onClick={() => setOpen('export')}>
            {t.export}
          </button>
          <button type="button" onClick={() => setOpen('share')}>
            {t.share}
          </button>
        </div>
        <div className="button-group">
          <button type="button" onClick={() => setOpen('baseline')}>
            {t.baseline}
          </button>
          <button type="button" onClick={() => setOpen('guide')}>
            {t.guide}
          </button>
          <button type="button" onClick={() => setOpen('reset')}>
            {t.reset}
          </button>
        </div>
      </div>
      <PreferenceSelects />
      <PresetsDialog open={open === 'presets'} onClose={close} />
      <ImportDialog open={open === 'import'} onClose={close} />
      <ResetDialog open={open === 'reset'} onClose={close} />
      {(open === 'export' || open === 'share' || open === 'baseline' || open === 'guide') && (
        <LazyDialog name={open} onClose={close} />
      )}
    </header>
  )
}
