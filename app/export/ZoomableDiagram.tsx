/**
 * The diagram in a viewport that pans and zooms: drag (one pointer) to move, pinch (two pointers)
 * or the wheel to zoom, Zoom in / Zoom out / Fit buttons, and the keys of viewForKey while the
 * viewport has focus. It opens fitted, and fits again when the viewport changes size.
 */
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import { format, useMessages } from '../i18n'
import { diagramMessages } from './diagramMessages'
import { fitView, panBy, viewForKey, zoomAt, type Size, type View } from './diagramView'

export interface ZoomableDiagramProps {
  readonly src: string
  readonly alt: string
}

function sizeOf(el: HTMLElement | null): Size {
  return { width: el?.clientWidth ?? 0, height: el?.clientHeight ?? 0 }
}

export function ZoomableDiagram({ src, alt }: ZoomableDiagramProps) {
  const m = useMessages(diagramMessages)
  const viewport = useRef<HTMLDivElement>(null)
  const image = useRef<Size>({ width: 0, height: 0 })
  const pointers = useRef(new Map<number, { x: number; y: number }>())
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 })

  const fit = useCallback(() => setView(fitView(image.current, sizeOf(viewport.current))), [])
  useEffect(() => {
    const el = viewport.current
    if (!el) return
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : null
    observer?.observe(el)
    // The wheel listener must not be passive, so the page does not scroll while zooming.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const box = el.getBoundingClientRect()
      setView((v) =>
        zoomAt(v, e.deltaY < 0 ? 1.1 : 1 / 1.1, e.clientX - box.left, e.clientY - box.top),
      )
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => {
      observer?.disconnect()
      el.removeEventListener('wheel', onWheel)
    }
  }, [fit])

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const known = pointers.current
    const before = known.get(e.pointerId)
    if (!before) return
    const others = [...known.entries()].filter(([id]) => id !== e.pointerId).map(([, p]) => p)
    known.set(e.pointerId, { x: e.clientX, y: e.clientY })
    const other = others[0]
    if (!other) return setView((v) => panBy(v, e.clientX - before.x, e.clientY - before.y))
    const box = e.currentTarget.getBoundingClientRect()
    const factor =
      Math.hypot(e.clientX - other.x, e.clientY - other.y) /
      (Math.hypot(before.x - other.x, before.y - other.y) || 1)
    setView((v) =>
      zoomAt(v, factor, (e.clientX + other.x) / 2 - box.left, (e.clientY + other.y) / 2 - box.top),
    )
  }
  const release = (e: PointerEvent<HTMLDivElement>) => pointers.current.delete(e.pointerId)

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = viewForKey(view, e.key, sizeOf(viewport.current), image.current)
    if (!next) return
    e.preventDefault()
    setView(next)
  }
  const zoomCentre = (factor: number) => {
    const size = sizeOf(viewport.current)
    setView((v) => zoomAt(v, factor, size.width / 2, size.height / 2))
  }

  return (
    <div className="diagram-viewer">
      <div className="diagram-viewer__controls" role="group" aria-label={m.controls}>
        <button type="button" className="studio-button" onClick={() => zoomCentre(1.25)}>
          {m.zoomIn}
        </button>
        <button type="button" className="studio-button" onClick={() => zoomCentre(0.8)}>
          {m.zoomOut}
        </button>
        <button type="button" className="studio-button" onClick={fit}>
          {m.fit}
        </button>
        <output className="diagram-viewer__level">
          {format(m.zoomLevel, { percent: Math.round(view.scale * 100) })}
        </output>
      </div>
      <div
        ref={viewport}
        className="diagram-viewer__viewport"
        role="group"
        aria-label={m.viewer}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId)
          pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY })
        }}
        onPointerMove={onPointerMove}
        onPointerUp={release}
        onPointerCancel={release}
      >
        <img
          src={src}
          alt={alt}
          draggable={false}
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
          onLoad={(e) => {
            image.current = {
              width: e.currentTarget.naturalWidth,
              height: e.currentTarget.naturalHeight,
            }
            fit()
          }}
        />
      </div>
    </div>
  )
}
