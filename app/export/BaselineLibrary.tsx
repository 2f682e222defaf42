/** The saved baselines: compare against one, delete, export them all, import a file. */
import { useId, useState } from 'react'
import { format, useMessages } from '../i18n'
import {
  compareWithBaseline,
  exportBaselines,
  importBaselines,
  removeBaseline,
  useBaselineLibrary,
} from '../state/baselineStore'
import { useStudioStore } from '../state/store'
import { downloadText } from './fileActions'
import { libraryMessages } from './libraryMessages'

function when(at: number): string {
  return new Date(at).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })
}

export function BaselineLibrary() {
  const m = useMessages(libraryMessages)
  const lang = useStudioStore((s) => s.lang)
  const { items, active } = useBaselineLibrary()
  const [note, setNote] = useState<string | null>(null)
  const fileId = useId()
  const onFile = async (file: File | undefined) => {
    if (!file) return
    const error = importBaselines(await file.text(), file.name)
    setNote(error ? format(m.importFailed, { detail: error[lang] }) : m.imported)
  }
  return (
    <section className="studio-callout" aria-label={m.libraryTitle}>
      <h3>{m.libraryTitle}</h3>
      {items.length === 0 ? (
        <p>{m.libraryEmpty}</p>
      ) : (
        <ul className="baseline-library">
          {items.map((b) => (
            <li key={b.name}>
              <strong>{b.name}</strong>{' '}
              <span className="studio-hint">{format(m.savedAt, { time: when(b.savedAt) })}</span>{' '}
              {active === b.name ? (
                <span className="studio-tag">{m.active}</span>
              ) : (
                <button
                  type="button"
                  className="studio-button"
                  onClick={() => compareWithBaseline(b.name)}
                >
                  {m.compareCurrent}
                </button>
              )}{' '}
              <button
                type="button"
                className="studio-button"
                onClick={() => removeBaseline(b.name)}
                aria-label={format(m.remove, { name: b.name })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="studio-dialog__actions">
        <button
          type="button"
          className="studio-button"
          disabled={items.length === 0}
          onClick={() =>
            downloadText(exportBaselines(), 'milvus-baselines.json', 'application/json')
          }
        >
          {m.exportAll}
        </button>
        <label htmlFor={fileId} className="studio-button">
          {m.importFile}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,.yaml,.yml"
          className="visually-hidden"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {note && <p role="status">{note}</p>}
    </section>
  )
}
