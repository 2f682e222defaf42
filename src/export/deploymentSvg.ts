/**
 * Serializes the deployment layout as a standalone SVG string. Every text is escaped; the image
 * carries role="img", an aria-label with the full summary, a <title> and a <desc>. Colours come from
 * a <style> scoped to the SVG's id: a fixed light or dark palette, or (theme 'auto') light with a
 * prefers-color-scheme dark override. Pure: no geometry is decided here.
 */
import type { DeploymentModel } from './deploymentModel'
import { TONES, type LayoutEdge, type LayoutShape, type LayoutText } from './deploymentGeometry'
import type { Lang } from './deploymentLabels'
import { layoutDeployment } from './deploymentLayout'
import { MONO_FONT, SANS_FONT, TEXT_STYLES } from './deploymentText'

export interface SvgOptions {
  readonly lang: Lang
  /** 'auto' (default) follows the viewer's prefers-color-scheme. */
  readonly theme?: 'light' | 'dark' | 'auto'
  /** Prefix of the element ids, for pages that show several diagrams. */
  readonly idPrefix?: string
}

interface Palette {
  readonly bg: string
  readonly fg: string
  readonly muted: string
  readonly line: string
  readonly groupFill: string
  readonly groupStroke: string
  readonly cardFill: string
  readonly noteFill: string
  readonly milvus: string
  readonly store: string
  readonly etcd: string
  readonly storage: string
}

const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1f2328',
  muted: '#59636e',
  line: '#818b98',
  groupFill: '#f6f8fa',
  groupStroke: '#d1d9e0',
  cardFill: '#ffffff',
  noteFill: '#f6f1ff',
  milvus: '#0969da',
  store: '#8250df',
  etcd: '#1a7f37',
  storage: '#bc4c00',
}

const DARK: Palette = {
  bg: '#0d1117',
  fg: '#e6edf3',
  muted: '#9198a1',
  line: '#8b949e',
  groupFill: '#151b23',
  groupStroke: '#3d444d',
  cardFill: '#0d1117',
  noteFill: '#1f1830',
  milvus: '#4493f8',
  store: '#ab7df8',
  etcd: '#3fb950',
  storage: '#f0883e',
}

/** XML-escapes text for element content and attribute values. */
export function escapeXml(s: string): string {
  return [...s]
    .filter(isXmlChar)
    .join('')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * Escapes an attribute value. Also writes "=" as a reference, so that user text such as
 * `onerror=x` inside the aria-label cannot look like an attribute to a naive scanner.
 */
function escapeAttr(s: string): string {
  return escapeXml(s).replace(/=/g, '&#61;')
}

/** Characters XML 1.0 allows (control characters other than tab and newlines are not). */
function isXmlChar(c: string): boolean {
  const code = c.codePointAt(0) ?? 0
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff
}

function paletteRules(id: string, p: Palette): string {
  const s = `#${id}`
  const tones = TONES.map((t) => `${s} .f-${t}{fill:${p[t]}}${s} .s-${t}{stroke:${p[t]}}`).join('')
  return (
    `${s} .bg{fill:${p.bg}}${s} .group{fill:${p.groupFill};stroke:${p.groupStroke}}` +
    `${s} .card{fill:${p.cardFill};stroke:${p.line}}${s} .note,${s} .volume{fill:${p.noteFill};stroke:${p.store}}` +
    `${s} .edge{stroke:${p.line}}${s} .head{fill:${p.line}}${s} .mount{stroke:${p.store}}${tones}`
  )
}

function styleSheet(id: string, theme: 'light' | 'dark' | 'auto'): string {
  const s = `#${id}`
  const base =
    `${s} text{font-family:${SANS_FONT}}${s} .mono{font-family:${MONO_FONT}}` +
    `${s} .dash{stroke-dasharray:5 3}${s} .edge,${s} .mount{fill:none}${s} .open{fill:none;stroke-width:1.2}`
  if (theme === 'auto')
    return `${base}${paletteRules(id, LIGHT)}@media (prefers-color-scheme: dark){${paletteRules(id, DARK)}}`
  return `${base}${paletteRules(id, theme === 'dark' ? DARK : LIGHT)}`
}

function textSvg(t: LayoutText): string {
  const st = TEXT_STYLES[t.kind]
  return (
    `<text x="${t.x}" y="${t.y}" font-size="${st.size}"${st.bold ? ' font-weight="700"' : ''}` +
    ` class="f-${t.tone}${st.mono ? ' mono' : ''}">${escapeXml(t.text)}</text>`
  )
}

function cylinder(s: LayoutShape): string {
  const ry = 6
  const rx = s.w / 2
  const bottom = s.y + s.h - ry
  return (
    `<path class="volume${s.dashed ? ' dash' : ''}" stroke-width="1.2" d="M${s.x} ${s.y + ry}A${rx} ${ry} 0 0 1 ${s.x + s.w} ${s.y + ry}` +
    `V${bottom}A${rx} ${ry} 0 0 1 ${s.x} ${bottom}Z"/>` +
    `<path class="volume${s.dashed ? ' dash' : ''}" stroke-width="1.2" d="M${s.x} ${s.y + ry}A${rx} ${ry} 0 0 0 ${s.x + s.w} ${s.y + ry}"/>`
  )
}

function shapeSvg(s: LayoutShape): string {
  const dash = s.dashed ? ' dash' : ''
  const outline =
    s.kind === 'volume'
      ? cylinder(s)
      : s.kind === 'pod'
        ? `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="2" class="${s.dashed ? `open s-${s.tone}` : `f-${s.tone}`}"/>`
        : `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.kind === 'group' ? 10 : 7}" class="${s.kind}${dash}" stroke-width="${s.kind === 'group' ? 1 : 1.2}"/>`
  return outline + s.texts.map(textSvg).join('')
}

function edgeSvg(e: LayoutEdge, id: string): string {
  const d = e.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join('')
  return e.kind === 'dependency'
    ? `<path class="edge" stroke-width="1.5" d="${d}" marker-end="url(#${id}-arrow)"/>`
    : `<path class="mount" stroke-width="2" d="${d}"/>`
}

/** The diagram for the model, as SVG text. */
export function renderDeploymentSvg(model: DeploymentModel, options: SvgOptions): string {
  const layout = layoutDeployment(model, options.lang)
  const id = (options.idPrefix ?? 'deployment').replace(/[^A-Za-z0-9_-]/g, '') || 'deployment'
  const { width: w, height: h, content } = layout
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" role="img" aria-label="${escapeAttr(content.summary)}"`,
    ` width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<title id="${id}-title">${escapeXml(content.title)}</title><desc id="${id}-desc">${escapeXml(content.summary)}</desc>`,
    `<style>${styleSheet(id, options.theme ?? 'auto')}</style>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">`,
    `<path class="head" d="M0 0L10 5L0 10z"/></marker></defs>`,
    `<rect class="bg" width="${w}" height="${h}" rx="8"/>`,
    textSvg(layout.caption),
    layout.shapes.map(shapeSvg).join(''),
    layout.edges.map((e) => edgeSvg(e, id)).join(''),
    '</svg>',
  ].join('')
}
