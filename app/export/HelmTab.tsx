/** Export tab: Helm values for milvus-helm, plus the settings Helm cannot express. */
import { useMemo } from 'react'
import { format, useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { helmValuesOf } from '../state/exports'
import { useStudioStore } from '../state/store'
import { CopyButton } from './CopyButton'
import { exportMessages } from './exportMessages'
import { DownloadButton } from './DownloadButton'
import { tryCompute } from './tryCompute'

export function HelmTab() {
  const m = useMessages(exportMessages)
  const lang = useStudioStore((s) => s.lang)
  const resource = useStudioStore(selectResource)
  const helm = useMemo(
    () => tryCompute(() => helmValuesOf({ resource }, { lang })),
    [resource, lang],
  )
  if (!helm.ok) return <p role="alert">{format(m.failed, { detail: helm.error })}</p>
  const { yaml, unmapped } = helm.value
  return (
    <>
      <p className="studio-dialog__intro">{m.helmIntro}</p>
      <div className="studio-dialog__actions">
        <CopyButton text={yaml} label={m.copyHelm} />
        <DownloadButton
          text={yaml}
          fileName="values.yaml"
          mime="application/yaml"
          label={m.downloadHelm}
        />
      </div>
      <section className="studio-callout" aria-label={m.unmappedTitle}>
        <h3>{m.unmappedTitle}</h3>
        {unmapped.length === 0 ? (
          <p>{m.unmappedNone}</p>
        ) : (
          <ul>
            {unmapped.map((u) => (
              <li key={u.path}>
                <code>{u.path}</code>: {u.reason[lang]}
              </li>
            ))}
          </ul>
        )}
      </section>
      <pre className="studio-code" tabIndex={0} aria-label={m.helmLabel}>
        {yaml}
      </pre>
    </>
  )
}
