/** Export tab: the kubectl runbook (bash); operator by Helm or manifest, Secrets by the script or as files. */
import { useMemo, useState } from 'react'
import { format, useMessages } from '../i18n'
import { selectResourceName } from '../state/selectors'
import { kubectlRunbookOf } from '../state/exports'
import { useStudioStore } from '../state/store'
import { CopyButton } from './CopyButton'
import { exportMessages } from './exportMessages'
import { DownloadButton } from './DownloadButton'
import { fileNameFor } from './fileActions'
import { runbookMessages } from './runbookMessages'
import { SecretFiles } from './SecretFiles'
import { tryCompute } from './tryCompute'

const INSTALLS = ['helm', 'manifest'] as const
type OperatorInstall = (typeof INSTALLS)[number]
const SECRET_MODES = ['script', 'files'] as const
type SecretMode = (typeof SECRET_MODES)[number]

export function KubectlTab() {
  const m = useMessages(exportMessages)
  const r = useMessages(runbookMessages)
  const derived = useStudioStore((s) => s.derived)
  const name = useStudioStore(selectResourceName)
  const [install, setInstall] = useState<OperatorInstall>('helm')
  const [secrets, setSecrets] = useState<SecretMode>('script')
  const runbook = useMemo(
    () => tryCompute(() => kubectlRunbookOf(derived, { operatorInstall: install, secrets })),
    [derived, install, secrets],
  )
  return (
    <>
      <p className="studio-dialog__intro">{r.intro}</p>
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
      <fieldset className="studio-choice">
        <legend>{r.secretsMode}</legend>
        {SECRET_MODES.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="runbook-secrets"
              value={value}
              checked={secrets === value}
              onChange={() => setSecrets(value)}
            />
            {value === 'script' ? r.secretsScript : r.secretsFiles}
          </label>
        ))}
      </fieldset>
      {secrets === 'files' && <SecretFiles />}
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
