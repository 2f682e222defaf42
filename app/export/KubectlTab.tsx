/** Export tab: the kubectl runbook (bash), with the operator installed by Helm or by manifest. */
import { useMemo, useState } from 'react'
import { format, useMessages } from '../i18n'
import { selectResourceName } from '../state/selectors'
import { kubectlRunbookOf } from '../state/exports'
import { useStudioStore } from '../state/store'
import { CopyButton } from './CopyButton'
import { exportMessages } from './exportMessages'
import { DownloadButton } from './DownloadButton'
import { fileNameFor } from './fileActions'
import { tryCompute } from './tryCompute'

const INSTALLS = ['helm', 'manifest'] as const
type OperatorInstall = (typeof INSTALLS)[number]

export function KubectlTab() {
  const m = useMessages(exportMessages)
  const source = useStudioStore((s) => s.source)
  const name = useStudioStore(selectResourceName)
  const [install, setInstall] = useState<OperatorInstall>('helm')
  const runbook = useMemo(
    () => tryCompute(() => kubectlRunbookOf(source, { operatorInstall: install })),
    [source, install],
  )
  return (
    <>
      <p className="studio-dialog__intro">{m.kubectlIntro}</p>
      <fieldset className="studio-choice">
        <legend>{m.operatorInstall}</legend>
        {INSTALLS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="operator-install"
              value={value}
              checked={install === value}
              onChange={() => setInstall(value)}
            />
            {value === 'helm' ? m.installHelm : m.installManifest}
          </label>
        ))}
      </fieldset>
      {runbook.ok ? (
        <>
          <div className="studio-dialog__actions">
            <CopyButton text={runbook.value} label={m.copyRunbook} />
            <DownloadButton
              text={runbook.value}
              fileName={fileNameFor(`${name}-install`, 'sh')}
              mime="text/x-shellscript"
              label={m.downloadRunbook}
            />
          </div>
          <pre className="studio-code" tabIndex={0} aria-label={m.runbookLabel}>
            {runbook.value}
          </pre>
        </>
      ) : (
        <p role="alert">{format(m.failed, { detail: runbook.error })}</p>
      )}
    </>
  )
}
