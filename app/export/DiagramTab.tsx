/**
 * Export tab: the deployment diagram. The engine renders an SVG string (every text escaped); it is
 * shown as an <img> from a data: URL, so nothing in it can run, and it re-renders on every edit.
 * It sits in a viewer that pans, zooms and fits (ZoomableDiagram).
 */
import { useMemo } from 'react'
import { useResolvedTheme } from '../editor/useResolvedTheme'
import { format, useMessages } from '../i18n'
import { selectResource, selectResourceName } from '../state/selectors'
import { deploymentSvgOf } from '../state/exports'
import { useStudioStore } from '../state/store'
import { exportMessages } from './exportMessages'
import { DownloadButton } from './DownloadButton'
import { fileNameFor } from './fileActions'
import { tryCompute } from './tryCompute'
import { ZoomableDiagram } from './ZoomableDiagram'

/** A data: URL for an SVG string (percent-encoded, safe for any characters). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

export function DiagramTab() {
  const m = useMessages(exportMessages)
  const lang = useStudioStore((s) => s.lang)
  const resource = useStudioStore(selectResource)
  const name = useStudioStore(selectResourceName)
  const theme = useResolvedTheme()
  const svg = useMemo(
    () => tryCompute(() => deploymentSvgOf(resource, { lang, theme })),
    [resource, lang, theme],
  )
  if (!svg.ok) return <p role="alert">{format(m.failed, { detail: svg.error })}</p>
  return (
    <>
      <p className="studio-dialog__intro">{m.diagramIntro}</p>
      <div className="studio-dialog__actions">
        <DownloadButton
          text={svg.value}
          fileName={fileNameFor(`${name}-deployment`, 'svg')}
          mime="image/svg+xml"
          label={m.downloadSvg}
        />
      </div>
      <figure className="studio-diagram" data-svg-length={svg.value.length}>
        <ZoomableDiagram
          src={svgDataUrl(svg.value)}
          alt={format(m.diagramAlt, { name: name || 'Milvus' })}
        />
      </figure>
    </>
  )
}
