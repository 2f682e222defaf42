/** The "Secrets as separate files" list: one Secret manifest per Secret the config refers to. */
import { useMemo } from 'react'
import { secretFilesOf } from '../state/exports'
import { format, useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { CopyButton } from './CopyButton'
import { downloadText } from './fileActions'
import { runbookMessages } from './runbookMessages'

export function SecretFiles() {
  const m = useMessages(runbookMessages)
  const derived = useStudioStore((s) => s.derived)
  const files = useMemo(() => secretFilesOf(derived), [derived])
  return (
    <section className="studio-callout" aria-label={m.filesTitle}>
      <h3>{m.filesTitle}</h3>
      <p>{files.length === 0 ? m.filesNone : m.filesHint}</p>
      {files.map((f) => (
        <div key={f.name}>
          <div className="studio-dialog__actions">
            <button
              type="button"
              className="studio-button"
              onClick={() => downloadText(f.yaml, f.fileName, 'application/yaml')}
            >
              {format(m.downloadFile, { file: f.fileName })}
            </button>
            <CopyButton text={f.yaml} />
          </div>
          <pre className="studio-code" tabIndex={0} aria-label={f.fileName}>
            {f.yaml}
          </pre>
        </div>
      ))}
    </section>
  )
}
