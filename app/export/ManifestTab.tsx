/**
 * Export tab: the manifest, byte for byte the editor text, to download or copy; optionally without
 * the fields the cluster wrote (for an object read back with kubectl get -o yaml).
 */
import { useId, useMemo, useState } from 'react'
import { format, useMessages } from '../i18n'
import { selectResourceName } from '../state/selectors'
import { manifestOf, manifestWithoutServerFieldsOf } from '../state/exports'
import { useStudioStore } from '../state/store'
import { CopyButton } from './CopyButton'
import { exportMessages } from './exportMessages'
import { DownloadButton } from './DownloadButton'
import { fileNameFor } from './fileActions'
import { tryCompute } from './tryCompute'

export function ManifestTab() {
  const m = useMessages(exportMessages)
  const derived = useStudioStore((s) => s.derived)
  const name = useStudioStore(selectResourceName)
  const [strip, setStrip] = useState(false)
  const stripId = useId()
  const manifest = useMemo(
    () => tryCompute(() => (strip ? manifestWithoutServerFieldsOf(derived) : manifestOf(derived))),
    [derived, strip],
  )
  if (!manifest.ok) return <p role="alert">{format(m.failed, { detail: manifest.error })}</p>
  return (
    <>
      <p className="studio-dialog__intro">{m.manifestIntro}</p>
      <p>
        <input
          id={stripId}
          type="checkbox"
          checked={strip}
          onChange={(e) => setStrip(e.target.checked)}
        />{' '}
        <label htmlFor={stripId}>{m.stripServerFields}</label>
      </p>
      <div className="studio-dialog__actions">
        <DownloadButton
          text={manifest.value}
          fileName={fileNameFor(name, 'yaml')}
          mime="application/yaml"
          label={m.downloadYaml}
          primary
        />
        <CopyButton text={manifest.value} label={m.copyManifest} />
      </div>
      <pre className="studio-code" tabIndex={0} aria-label={m.manifestLabel}>
        {manifest.value}
      </pre>
    </>
  )
}
