/**
 * The Share dialog: a link carrying the whole document in its fragment, and on request the user's
 * named baselines; secrets left out unless the user opts in (and the list of what was left out or
 * kept), a length meter, and a copy button.
 */
import { useEffect, useId, useMemo, useState } from 'react'
import { encodeShareLink, findSecrets, type EncodedShareLink } from '../state/shareLink'
import { useBaselineLibrary } from '../state/baselineStore'
import type { SharedBaselines } from '../../src/share'
import { format, useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { CopyButton } from './CopyButton'
import { Dialog } from '../common/Dialog'
import { BROWSER_LIMIT, CHAT_LIMIT, linkLengthLevel, shareUrl } from './shareLength'
import { shareMessages } from './shareMessages'
import './export.css'

export interface ShareDialogProps {
  readonly open: boolean
  readonly onClose: () => void
}

type LinkState =
  | { readonly kind: 'building' }
  | { readonly kind: 'ready'; readonly link: EncodedShareLink }
  | { readonly kind: 'error'; readonly message: string; readonly tooLarge: boolean }

function useShareLink(
  source: string,
  includeSecrets: boolean,
  open: boolean,
  baselines: SharedBaselines | undefined,
): LinkState {
  const [state, setState] = useState<LinkState>({ kind: 'building' })
  useEffect(() => {
    if (!open) return
    let live = true
    encodeShareLink(source, { includeSecrets, ...(baselines ? { baselines } : {}) }).then(
      (link) => live && setState({ kind: 'ready', link }),
      (error: unknown) =>
        live &&
        setState({
          kind: 'error',
          message: error instanceof Error ? error.message : String(error),
          tooLarge: error instanceof RangeError,
        }),
    )
    return () => {
      live = false
    }
  }, [source, includeSecrets, open, baselines])
  return state
}

function LengthMeter({ length }: { readonly length: number }) {
  const m = useMessages(shareMessages)
  const id = useId()
  const level = linkLengthLevel(length)
  const note = level === 'ok' ? m.lengthOk : level === 'chat' ? m.lengthChat : m.lengthBrowser
  return (
    <div className={`share-length share-length--${level}`}>
      <label htmlFor={id}>{m.lengthLabel}</label>
      <meter
        id={id}
        min={0}
        max={BROWSER_LIMIT * 1.25}
        low={CHAT_LIMIT}
        high={BROWSER_LIMIT}
        optimum={0}
        value={length}
      />
      <span>{format(m.lengthValue, { count: length.toLocaleString() })}</span>
      <p role={level === 'ok' ? undefined : 'alert'}>{note}</p>
    </div>
  )
}

function SecretList({
  title,
  paths,
  empty,
}: {
  readonly title: string
  readonly paths: readonly string[]
  readonly empty: string
}) {
  return (
    <section className="studio-callout" aria-label={title}>
      <h3>{title}</h3>
      {paths.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {paths.map((p, i) => (
            <li key={`${p}:${i}`}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function ShareDialog({ open, onClose }: ShareDialogProps) {
  const m = useMessages(shareMessages)
  const source = useStudioStore((s) => s.source)
  const [includeSecrets, setIncludeSecrets] = useState(false)
  const library = useBaselineLibrary()
  const [includeBaselines, setIncludeBaselines] = useState(false)
  const baselines = useMemo(
    () =>
      includeBaselines && library.items.length > 0
        ? {
            items: library.items.map(({ name, source: text }) => ({ name, source: text })),
            active: library.active,
          }
        : undefined,
    [includeBaselines, library],
  )
  const state = useShareLink(source, includeSecrets, open, baselines)
  const secrets = useMemo(
    () =>
      includeSecrets
        ? [
            ...findSecrets(source),
            ...(baselines?.items ?? []).flatMap((b) =>
              findSecrets(b.source).map((f) => ({ ...f, baseline: b.name })),
            ),
          ]
        : [],
    [source, includeSecrets, baselines],
  )
  const linkId = useId()
  const url =
    state.kind === 'ready' ? shareUrl(location.origin, location.pathname, state.link.fragment) : ''
  const label = (s: { document: number; path: string; baseline?: string }) => {
    const at = s.document > 0 ? `#${s.document + 1} ${s.path}` : s.path
    return s.baseline === undefined ? at : format(m.inBaseline, { name: s.baseline, path: at })
  }

  return (
    <Dialog open={open} onClose={onClose} title={m.title}>
      <p className="studio-dialog__intro">{m.intro}</p>
      <label className="studio-check">
        <input
          type="checkbox"
          checked={includeSecrets}
          onChange={(e) => setIncludeSecrets(e.target.checked)}
        />
        {m.includeSecrets}
      </label>
      <p className="studio-hint">{m.includeSecretsHint}</p>
      {library.items.length > 0 && (
        <>
          <label className="studio-check">
            <input
              type="checkbox"
              checked={includeBaselines}
              onChange={(e) => setIncludeBaselines(e.target.checked)}
            />
            {format(m.includeBaselines, { count: library.items.length })}
          </label>
          <p className="studio-hint">{m.includeBaselinesHint}</p>
        </>
      )}
      {state.kind === 'building' && <p role="status">{m.building}</p>}
      {state.kind === 'error' && (
        <p role="alert">
          {format(state.tooLarge ? m.tooLarge : m.failed, { detail: state.message })}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <label htmlFor={linkId} className="studio-field-label">
            {m.linkLabel}
          </label>
          <textarea
            id={linkId}
            className="share-link"
            readOnly
            value={url}
            rows={3}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="studio-dialog__actions">
            <CopyButton text={url} label={m.copyLink} />
          </div>
          <LengthMeter length={url.length} />
          {includeSecrets ? (
            <section
              className="studio-callout studio-callout--warning"
              aria-label={m.includedTitle}
            >
              <h3>{m.includedTitle}</h3>
              <p>{m.includedWarning}</p>
              <ul>
                {secrets.map((s, i) => (
                  <li key={`${label(s)}:${i}`}>
                    <code>{label(s)}</code>
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <SecretList
              title={m.removedTitle}
              paths={state.link.removed.map(label)}
              empty={m.removedNone}
            />
          )}
        </>
      )}
    </Dialog>
  )
}
