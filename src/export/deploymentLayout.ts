/**
 * Lays out the deployment diagram: the Milvus group on the left (a card per component, the embedded
 * store and the volume its pods mount), a column of dependency cards on the right, and arrows that
 * fork in the gap between the columns so they never cross text. Every box is sized from the
 * estimated width of its text, and the canvas fits the content. Pure: returns geometry, draws nothing.
 */
import type { DeploymentModel } from './deploymentModel'
import { diagramContent, type DependencyCard, type DiagramContent } from './deploymentContent'
import {
  line,
  linesHeight,
  linesWidth,
  placeLines,
  placeRow,
  ROW_HEIGHT,
  rowColumns,
  rowWidth,
  type LayoutEdge,
  type LayoutShape,
  type LayoutText,
  type Line,
  type RowColumns,
} from './deploymentGeometry'
import type { Lang } from './deploymentLabels'
import { clipText, textWidth } from './deploymentText'

export interface DeploymentLayout {
  readonly width: number
  readonly height: number
  /** The caption above the drawing (inside the canvas, outside every shape). */
  readonly caption: LayoutText
  /** In drawing order: containers before what they contain. */
  readonly shapes: readonly LayoutShape[]
  readonly edges: readonly LayoutEdge[]
  readonly content: DiagramContent
}

const MARGIN = 20
const PAD = 14
const INSET = 10
const GAP = 72
const STACK = 14
const BUS = 18
const COMPONENT_H = 28
const VOLUME_CAP = 12
const MAX_CAPTION = 640

interface Block {
  readonly shapes: LayoutShape[]
  readonly edges: LayoutEdge[]
  readonly w: number
  readonly h: number
}

function box(
  kind: LayoutShape['kind'],
  x: number,
  y: number,
  w: number,
  h: number,
  tone: LayoutShape['tone'],
  dashed: boolean,
  texts: LayoutText[],
): LayoutShape {
  return { kind, x, y, w, h, tone, dashed, texts }
}

function milvusLines(c: DiagramContent) {
  const header = [
    line(c.milvusTitle, 'heading', 'milvus'),
    line(c.milvusSubtitle, 'muted', 'muted'),
  ]
  const note = c.embedded
    ? [
        line(c.embedded.title, 'count', 'store'),
        ...c.embedded.lines.map((t) => line(t, 'muted', 'muted')),
      ]
    : []
  const volume = c.embedded?.volume
    ? [
        line(c.embedded.volume.title, 'count', 'store'),
        ...c.embedded.volume.lines.map((t) => line(t, 'muted', 'muted')),
      ]
    : []
  return { header, note, volume }
}

/** The Milvus group, its origin at (x, y). */
function milvusGroup(c: DiagramContent, x: number, y: number): Block {
  const { header, note, volume } = milvusLines(c)
  const cols = rowColumns(c.components)
  const bus = volume.length > 0 ? BUS : 0
  const inner = Math.max(rowWidth(cols), linesWidth(note), linesWidth(volume)) + 2 * INSET
  const w = Math.max(2 * PAD + bus + inner, 2 * PAD + linesWidth(header))
  const cx = x + PAD + bus
  const cw = w - 2 * PAD - bus
  const shapes: LayoutShape[] = []
  const mids: number[] = []
  let cy = y + PAD + linesHeight(header) + 10
  for (const row of c.components) {
    const placed = placeRow(row, cols, cx + INSET, cy + (COMPONENT_H - ROW_HEIGHT) / 2, 'milvus')
    shapes.push(box('card', cx, cy, cw, COMPONENT_H, 'milvus', false, placed.texts), ...placed.pods)
    mids.push(cy + COMPONENT_H / 2)
    cy += COMPONENT_H + 6
  }
  if (note.length > 0) {
    const h = linesHeight(note) + 2 * 8
    shapes.push(
      box('note', cx, cy + 4, cw, h, 'store', false, placeLines(note, cx + INSET, cy + 4 + 8)),
    )
    cy += 4 + h + 10
  }
  const edges: LayoutEdge[] = []
  if (volume.length > 0) {
    const h = VOLUME_CAP + 6 + linesHeight(volume) + 8
    shapes.push(
      box(
        'volume',
        cx,
        cy,
        cw,
        h,
        'store',
        c.embedded?.volume?.ephemeral === true,
        placeLines(volume, cx + INSET, cy + VOLUME_CAP + 6),
      ),
    )
    edges.push(...mountEdges(x + PAD + bus / 2, cx, [...mids, cy + h / 2]))
    cy += h + 6
  }
  const group = box(
    'group',
    x,
    y,
    w,
    cy - 6 + PAD - y,
    'milvus',
    false,
    placeLines(header, x + PAD, y + PAD),
  )
  return { shapes: [group, ...shapes], edges, w: group.w, h: group.h }
}

/** A vertical bus in the group's left margin, with a tick into each pod card and the volume. */
function mountEdges(busX: number, cardX: number, mids: readonly number[]): LayoutEdge[] {
  const first = mids[0] ?? 0
  const last = mids[mids.length - 1] ?? first
  return [
    {
      kind: 'mount',
      points: [
        [busX, first],
        [busX, last],
      ],
    },
    ...mids.map((m): LayoutEdge => ({
      kind: 'mount',
      points: [
        [busX, m],
        [cardX, m],
      ],
    })),
  ]
}

function cardLines(card: DependencyCard): { head: Line[]; tail: Line[] } {
  return {
    head: [line(card.title, 'heading', card.id), line(card.subtitle, 'muted', 'muted')],
    tail: [
      ...card.endpoints.map((e) => line(e, 'mono', 'fg')),
      ...card.notes.map((n) => line(n, 'muted', 'muted')),
    ],
  }
}

function cardHeight(card: DependencyCard): number {
  const { head, tail } = cardLines(card)
  const rows = card.pods.length > 0 ? 4 + card.pods.length * ROW_HEIGHT : 0
  return 8 + linesHeight(head) + rows + (tail.length > 0 ? 4 + linesHeight(tail) : 0) + 10
}

function cardWidth(card: DependencyCard, cols: RowColumns): number {
  const { head, tail } = cardLines(card)
  return (
    Math.max(linesWidth(head), linesWidth(tail), card.pods.length > 0 ? rowWidth(cols) : 0) + 2 * 12
  )
}

function placeCard(
  card: DependencyCard,
  cols: RowColumns,
  x: number,
  y: number,
  w: number,
): LayoutShape[] {
  const { head, tail } = cardLines(card)
  const texts = placeLines(head, x + 12, y + 8)
  const pods: LayoutShape[] = []
  let cy = y + 8 + linesHeight(head) + 4
  for (const row of card.pods) {
    const placed = placeRow(row, cols, x + 12, cy, card.id)
    texts.push(...placed.texts)
    pods.push(...placed.pods)
    cy += ROW_HEIGHT
  }
  if (tail.length > 0) texts.push(...placeLines(tail, x + 12, card.pods.length > 0 ? cy + 4 : cy))
  return [box('card', x, y, w, cardHeight(card), card.id, card.external, texts), ...pods]
}

/** Arrows from the group's right edge, forking in the gap, to the middle of each card's left edge. */
function dependencyEdges(
  groupRight: number,
  groupTop: number,
  groupBottom: number,
  targets: readonly number[],
  cardX: number,
): LayoutEdge[] {
  const middle = targets[Math.floor((targets.length - 1) / 2)] ?? groupTop
  const ys = Math.min(Math.max(middle, groupTop + 16), groupBottom - 16)
  const forkX = groupRight + Math.round(GAP / 2)
  return targets.map((ty) => ({
    kind: 'dependency',
    points:
      Math.abs(ty - ys) < 1
        ? [
            [groupRight, ys],
            [cardX, ys],
          ]
        : [
            [groupRight, ys],
            [forkX, ys],
            [forkX, ty],
            [cardX, ty],
          ],
  }))
}

/** Geometry of the diagram for this model, in one language. */
export function layoutDeployment(model: DeploymentModel, lang: Lang): DeploymentLayout {
  const content = diagramContent(model, lang)
  const captionText = clipText(content.title, 'title', MAX_CAPTION)
  const top = MARGIN + 20 + 10
  const cols = rowColumns(content.cards.flatMap((c) => c.pods))
  const cardW = content.cards.reduce((w, c) => Math.max(w, cardWidth(c, cols)), 0)
  const heights = content.cards.map(cardHeight)
  const columnH = heights.reduce((s, h) => s + h, 0) + STACK * Math.max(0, heights.length - 1)
  const probe = milvusGroup(content, MARGIN, top)
  const groupTop = top + Math.max(0, Math.round((columnH - probe.h) / 2))
  const group = milvusGroup(content, MARGIN, groupTop)
  const cardX = MARGIN + group.w + GAP
  let cy = top + Math.max(0, Math.round((group.h - columnH) / 2))
  const shapes: LayoutShape[] = [...group.shapes]
  const targets: number[] = []
  content.cards.forEach((card, i) => {
    const h = heights[i] ?? 0
    shapes.push(...placeCard(card, cols, cardX, cy, cardW))
    targets.push(cy + Math.round(h / 2))
    cy += h + STACK
  })
  const edges = [
    ...group.edges,
    ...dependencyEdges(MARGIN + group.w, groupTop, groupTop + group.h, targets, cardX),
  ]
  const bottom = Math.max(groupTop + group.h, cy - STACK)
  const width = Math.max(cardX + cardW, MARGIN + textWidth(captionText, 'title')) + MARGIN
  const caption: LayoutText = {
    x: MARGIN,
    y: MARGIN + 15,
    text: captionText,
    kind: 'title',
    tone: 'fg',
  }
  return { width, height: bottom + MARGIN, caption, shapes, edges, content }
}
