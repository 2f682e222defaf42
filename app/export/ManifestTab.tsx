/** Export tab: the manifest, byte for byte the editor text, to download or copy. */
import { useMemo } from 'react'
import { format, useMessages } from '../i18n'
import { selectResourceName } from '../state/selectors'
import { manifestOf } from '../state/exports'
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
  const manifest = useMemo(() => tryCompute(() => manifestOf(derived)), [derived])
  if (!manifest.ok) return <p role="alert">{format(m.failed, { detail: manifest.error })}</p>
  return (
    <>
      <p className="studio-dialog__intro">{m.manifestIntro}</p>
      <div className="studio-dialog__actions">
        <DownloadButton text={manifest.value} fileName={fileNameFor(name, 'yaml')} mime="application/yaml" label={m.downloadYaml} primary />
        <CopyButton text={manifest.value} label={m.copyManifest} />
      </div>
      <pre className="studio-code" tabIndex={0} aria-label={m.manifestLabel}>
        {manifest.value}
      </pre>
    </>
  )
}
