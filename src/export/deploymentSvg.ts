/**
 * Renders a DeploymentModel as a standalone SVG string: Milvus pods on the left, the message store
 * in the middle, etcd and object storage on the right. Every text is escaped; the image carries a
 * <title> and role="img"; colours come from an explicit light/dark palette or currentColor. Pure.
 */
import type { DeploymentModel } from './deploymentModel'
import { countText, labels, limit, placementText, storeLines, storeName, type Labels, type Lang } from './deploymentLabels'

export interface SvgOptions {
  readonly lang: Lang
  /** 'auto' (default) draws with currentColor so it follows the surrounding text colour. */
  readonly theme?: 'light' | 'dark' | 'auto'
  /** Prefix of the element ids, for pages that show several diagrams. */
  readonly idPrefix?: string
}

interface Palette { bg: string; fg: string; box: string; stroke: string; accent: string; muted: string }

const PALETTES: Record<'light' | 'dark' | 'auto', Palette> = {
  light: { bg: '#ffffff', fg: '#1f2328', box: '#f6f8fa', stroke: '#57606a', accent: '#0969da', muted: '#57606a' },
  dark: { bg: '#0d1117', fg: '#e6edf3', box: '#161b22', stroke: '#8b949e', accent: '#58a6ff', muted: '#8b949e' },
  auto: { bg: 'none', fg: 'currentColor', box: 'none', stroke: 'currentColor', accent: 'currentColor', muted: 'currentColor' },
}

const W = 760
const LINE = 18
const MAX_CHARS = 34

/** XML-escapes text for element content and attribute values. */
export function escapeXml(s: string): string {
  return [...s].filter(isXmlChar).join('').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Characters XML 1.0 allows (control characters other than tab and newlines are not). */
function isXmlChar(c: string): boolean {
  const code = c.codePointAt(0) ?? 0
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff
}

function clip(s: string, max = MAX_CHARS): string {
  const chars = [...s]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s
}

function box(x: number, y: number, w: number, title: string, lines: readonly string[], p: Palette, dashed = false): string {
  const h = 34 + lines.length * LINE
  const dash = dashed ? ' stroke-dasharray="6 4"' : ''
  const body = lines.map((line, i) =>
    `<text x="${x + 12}" y="${y + 46 + i * LINE}" fill="${p.fg}">${escapeXml(clip(line))}</text>`).join('')
  return `<g><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="${p.box}" stroke="${p.stroke}"${dash}/>` +
    `<text x="${x + 12}" y="${y + 22}" fill="${p.accent}" font-weight="600">${escapeXml(clip(title))}</text>${body}</g>`
}

function arrow(x1: number, y1: number, x2: number, y2: number, p: Palette, id: string): string {
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${p.stroke}" stroke-width="1.5" marker-end="url(#${id}-arrow)"/>`
}

/** The diagram for the model, as SVG text. */
export function renderDeploymentSvg(model: DeploymentModel, options: SvgOptions): string {
  const l = labels(options.lang)
  const p = PALETTES[options.theme ?? 'auto']
  const id = (options.idPrefix ?? 'deployment').replace(/[^A-Za-z0-9_-]/g, '') || 'deployment'
  const milvusLines = model.milvus.map((c) => `${c.component} ${countText(c.replicas, l)}`)
  const milvusTitle = `${l.milvus} ${model.milvusVersion} (${model.mode === 'cluster' ? l.cluster : l.standalone})`
  const storeTitle = `${storeName(model.store.type)} (${placementText(model.store.placement, l)})`
  const sLines = storeLines(model, l)
  const etcdLines = model.etcd.placement === 'external'
    ? limit(model.etcd.endpoints.length > 0 ? model.etcd.endpoints : [l.noEndpoint])
    : [`${l.inCluster} ${countText(model.etcd.replicas, l)}`]
  const storageLines = [`${model.storage.type} (${placementText(model.storage.placement, l)})`, ...(model.storage.endpoint ? [model.storage.endpoint] : [])]
  const etcdH = 34 + etcdLines.length * LINE
  const storageY = 40 + etcdH + 20
  const height = Math.max(40 + 34 + milvusLines.length * LINE, 40 + 34 + sLines.length * LINE, storageY + 34 + storageLines.length * LINE) + 20
  const title = `${l.title} ${model.name || 'Milvus'} (${model.namespace})`
  const desc = [milvusTitle, ...milvusLines, `${l.store}: ${storeTitle}`, ...sLines, l.etcd, ...etcdLines, l.storage, ...storageLines].join('; ')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${p.stroke}"/></marker></defs>`,
    p.bg === 'none' ? '' : `<rect width="${W}" height="${height}" fill="${p.bg}"/>`,
    `<text x="20" y="24" fill="${p.muted}">${escapeXml(clip(title, 90))}</text>`,
    box(20, 40, 240, milvusTitle, milvusLines, p),
    box(290, 40, 210, `${l.store}: ${storeTitle}`, sLines, p, model.store.placement === 'external'),
    box(530, 40, 210, l.etcd, etcdLines, p, model.etcd.placement === 'external'),
    box(530, storageY, 210, l.storage, storageLines, p, model.storage.placement === 'external'),
    arrow(260, 60, 288, 60, p, id),
    arrow(260, 70, 528, 70, p, id),
    arrow(260, 80, 528, storageY + 20, p, id),
    '</svg>',
  ].join('')
}

export type { Labels }
