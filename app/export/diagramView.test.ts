import { describe, expect, it } from 'vitest'
import { fitView, MAX_SCALE, MIN_SCALE, panBy, viewForKey, zoomAt } from './diagramView'

const viewport = { width: 400, height: 300 }
const image = { width: 800, height: 300 }

describe('diagram view', () => {
  it('fits the whole image centred', () => {
    expect(fitView(image, viewport)).toEqual({ scale: 0.5, x: 0, y: 75 })
    expect(fitView({ width: 0, height: 0 }, viewport)).toEqual({ scale: 1, x: 0, y: 0 })
  })

  it('zooms around a fixed point and stays within its limits', () => {
    const view = zoomAt({ scale: 1, x: 0, y: 0 }, 2, 100, 50)
    expect(view).toEqual({ scale: 2, x: -100, y: -50 })
    // The image point under (100, 50) is the same before and after.
    expect((100 - view.x) / view.scale).toBe(100)
    expect(zoomAt({ scale: 1, x: 0, y: 0 }, 1000, 0, 0).scale).toBe(MAX_SCALE)
    expect(zoomAt({ scale: 1, x: 0, y: 0 }, 0.0001, 0, 0).scale).toBe(MIN_SCALE)
  })

  it('maps keys to zoom, pan and fit, and ignores the rest', () => {
    const start = { scale: 1, x: 0, y: 0 }
    expect(viewForKey(start, '+', viewport, image)?.scale).toBe(1.25)
    expect(viewForKey(start, '-', viewport, image)?.scale).toBe(0.8)
    expect(viewForKey(start, '0', viewport, image)).toEqual(fitView(image, viewport))
    expect(viewForKey(start, 'ArrowRight', viewport, image)).toEqual(panBy(start, -40, 0))
    expect(viewForKey(start, 'a', viewport, image)).toBeNull()
  })
})
