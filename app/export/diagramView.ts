/**
 * The pan/zoom arithmetic of the diagram viewer, pure: a view is a scale and the offset of the
 * image's top-left corner inside the viewport, in CSS pixels.
 */
export interface View {
  readonly scale: number
  readonly x: number
  readonly y: number
}

export interface Size {
  readonly width: number
  readonly height: number
}

export const MIN_SCALE = 0.1
export const MAX_SCALE = 8

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))

/** The whole image, centred, as large as fits (never upscaled past 2x). */
export function fitView(image: Size, viewport: Size): View {
  if (image.width <= 0 || image.height <= 0) return { scale: 1, x: 0, y: 0 }
  const scale = clamp(
    Math.min(viewport.width / image.width, viewport.height / image.height, 2),
    MIN_SCALE,
    MAX_SCALE,
  )
  return {
    scale,
    x: (viewport.width - image.width * scale) / 2,
    y: (viewport.height - image.height * scale) / 2,
  }
}

/** Zooms by `factor` keeping the point (px, py) of the viewport still. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE)
  const k = scale / view.scale
  return { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k }
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy }
}

const PAN_STEP = 40

/** The view after a key press in the focused viewport, or null when the key is not the viewer's. */
export function viewForKey(view: View, key: string, viewport: Size, image: Size): View | null {
  const cx = viewport.width / 2
  const cy = viewport.height / 2
  switch (key) {
    case '+':
    case '=':
      return zoomAt(view, 1.25, cx, cy)
    case '-':
    case '_':
      return zoomAt(view, 0.8, cx, cy)
    case '0':
      return fitView(image, viewport)
    case 'ArrowLeft':
      return panBy(view, PAN_STEP, 0)
    case 'ArrowRight':
      return panBy(view, -PAN_STEP, 0)
    case 'ArrowUp':
      return panBy(view, 0, PAN_STEP)
    case 'ArrowDown':
      return panBy(view, 0, -PAN_STEP)
    default:
      return null
  }
}
