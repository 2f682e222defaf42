// @vitest-environment jsdom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useStudioStore } from '../state/store'
import { PanelBoundary } from './PanelBoundary'
import { mountEachTest } from '../test/mountEachTest'

function Broken(): never {
  throw new Error('kaboom')
}

let root: Root
let host: HTMLElement

mountEachTest((r, h) => {
  root = r
  host = h
})

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('PanelBoundary', () => {
  it('keeps the other panels working and offers the YAML for download', () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:x')
    URL.createObjectURL = createObjectURL
    URL.revokeObjectURL = vi.fn()
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    act(() =>
      root.render(
        <>
          <PanelBoundary name="Form">
            <Broken />
          </PanelBoundary>
          <PanelBoundary name="Problems">
            <p>still here</p>
          </PanelBoundary>
        </>,
      ),
    )
    const alert = host.querySelector('[role="alert"]')
    expect(alert?.textContent).toContain('The Form panel stopped working.')
    expect(alert?.textContent).toContain('kaboom')
    expect(host.textContent).toContain('still here')
    const download = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Download YAML',
    )
    act(() => download?.click())
    expect(clicks).toHaveBeenCalledTimes(1)
    const blob = createObjectURL.mock.calls[0]?.[0]
    expect(blob?.size).toBe(new Blob([useStudioStore.getState().source]).size)
  })
})
