/**
 * Export tab: the Kustomize folder (file list and .zip) with an optional overlay per named
 * baseline, and an Argo CD Application for it.
 */
import { strToU8, zipSync } from 'fflate'
import { useId, useMemo, useState } from 'react'
import { downloadBlob } from '../common/download'
import { useMessages } from '../i18n'
import { argoApplicationOf, kustomizeFolderWithBaselines, overlayFoldersOf } from '../state/exports'
import { useBaselineLibrary } from '../state/baselineStore'
import { useStudioStore } from '../state/store'
import { CopyButton } from './CopyButton'
import { gitopsMessages } from './gitopsMessages'

function zipName(path: string): string {
  return `${path.replace(/[^A-Za-z0-9._-]+/g, '-') || 'milvus'}-kustomize.zip`
}

export function KustomizeTab() {
  const m = useMessages(gitopsMessages)
  const lang = useStudioStore((s) => s.lang)
  const derived = useStudioStore((s) => s.derived)
  const [repoURL, setRepoURL] = useState('')
  const [path, setPath] = useState('milvus')
  const repoId = useId()
  const pathId = useId()
  const targetId = useId()
  const [target, setTarget] = useState('')
  const library = useBaselineLibrary((s) => s.items)
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (name: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c)
      if (on) next.add(name)
      else next.delete(name)
      return next
    })
  const folder = useMemo(
    () =>
      kustomizeFolderWithBaselines(
        derived,
        library.filter((b) => chosen.has(b.name)),
      ),
    [derived, library, chosen],
  )
  const overlays = useMemo(() => {
    const picked = library.filter((b) => chosen.has(b.name))
    const folders = overlayFoldersOf(picked.map((b) => b.name))
    return picked.map((b, i) => ({ name: b.name, folder: folders[i] ?? 'overlay' }))
  }, [library, chosen])
  // An overlay unticked after it was picked falls back to the base.
  const synced = overlays.some((o) => o.folder === target) ? target : ''
  const argo = useMemo(
    () =>
      argoApplicationOf(derived, {
        ...(repoURL.trim() ? { repoURL: repoURL.trim() } : {}),
        path: path.trim() || 'milvus',
        ...(synced ? { overlay: synced } : {}),
      }),
    [derived, repoURL, path, synced],
  )
  if (folder.files.length === 0) return <p role="alert">{folder.notes[0]?.[lang] ?? m.none}</p>
  const download = () => {
    const root = path.trim().replace(/^\/+|\/+$/g, '') || 'milvus'
    const entries = Object.fromEntries(
      folder.files.map((f) => [`${root}/${f.path}`, strToU8(f.content)]),
    )
    downloadBlob(zipName(root), new Blob([zipSync(entries)], { type: 'application/zip' }))
  }
  return (
    <>
      <p className="studio-dialog__intro">{m.intro}</p>
      <div className="studio-dialog__actions">
        <button type="button" className="studio-button" onClick={download}>
          {m.downloadZip}
        </button>
      </div>
      <fieldset>
        <legend>{m.overlaysTitle}</legend>
        {library.length === 0 ? (
          <p className="studio-hint">{m.overlaysNone}</p>
        ) : (
          library.map((b) => (
            <label key={b.name} className="studio-check">
              <input
                type="checkbox"
                checked={chosen.has(b.name)}
                onChange={(e) => toggle(b.name, e.target.checked)}
              />
              {b.name}
            </label>
          ))
        )}
      </fieldset>
      {folder.notes.map((n, i) => (
        <p key={i} role="status">
          {n[lang]}
        </p>
      ))}
      <h3>{m.files}</h3>
      {folder.files.map((f) => (
        <details key={f.path}>
          <summary>
            <code>{f.path}</code>
          </summary>
          <pre className="studio-code" tabIndex={0} aria-label={f.path}>
            {f.content}
          </pre>
        </details>
      ))}
      <h3>{m.argoTitle}</h3>
      <p>{m.argoIntro}</p>
      <label htmlFor={repoId}>{m.repo}</label>
      <input
        id={repoId}
        type="url"
        value={repoURL}
        placeholder="https://git.example.com/platform/deployments.git"
        onChange={(e) => setRepoURL(e.target.value)}
      />
      <label htmlFor={pathId}>{m.path}</label>
      <input id={pathId} type="text" value={path} onChange={(e) => setPath(e.target.value)} />
      {overlays.length > 0 ? (
        <>
          <label htmlFor={targetId}>{m.argoTarget}</label>
          <select id={targetId} value={synced} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{m.argoBase}</option>
            {overlays.map((o) => (
              <option key={o.folder} value={o.folder}>
                {`overlays/${o.folder} (${o.name})`}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <div className="studio-dialog__actions">
        <CopyButton text={argo} label={m.copyArgo} />
      </div>
      <pre className="studio-code" tabIndex={0} aria-label={m.argoTitle}>
        {argo}
      </pre>
    </>
  )
}
