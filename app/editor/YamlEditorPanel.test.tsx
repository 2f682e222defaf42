// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getInitialState, useStudioStore } from '../state/store'
import { YamlEditorPanel } from './YamlEditorPanel'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

// Monaco does not run in jsdom: the lazy chunk is replaced by a stand-in that can also fail.
const monacoStub = vi.hoisted(() => ({ fail: false }))
vi.mock('./YamlEditor', () => ({
  YamlEditor: () => {
    if (monacoStub.fail) throw new Error('chunk failed')
    return <div data-testid="monaco-stub" />
  },
}))

let root: Root
let host: HTMLElement

function textarea(): HTMLTextAreaElement | null {
  return host.querySelector('textarea')
}

function typeInto(area: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set
  act(() => {
    setter?.call(area, value)
    area.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

beforeEach(() => {
  useStudioStore.setState(getInitialState(), true)
  localStorage.clear()
  monacoStub.fail = false
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
  vi.restoreAllMocks()
})

describe('YamlEditorPanel', () => {
  it('is a region named "Manifest YAML" showing the plain editor until Monaco has loaded', async () => {
    act(() => root.render(<YamlEditorPanel />))
    expect(host.querySelector('section')?.getAttribute('aria-label')).toBe('Manifest YAML')
    expect(textarea()?.value).toBe(useStudioStore.getState().source)
    expect(textarea()?.getAttribute('aria-busy')).toBe('true')
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0))
    })
    expect(host.querySelector('[data-testid="monaco-stub"]')).not.toBeNull()
    expect(textarea()).toBeNull()
  })

  it('binds the plain editor to the store both ways', () => {
    localStorage.setItem('milvus-studio.editor.plain', '1')
    act(() => root.render(<YamlEditorPanel />))
    const area = textarea()
    expect(area).not.toBeNull()
    const next = `${useStudioStore.getState().source}# typed\n`
    typeInto(area!, next)
    expect(useStudioStore.getState().source).toBe(next)
    expect(useStudioStore.getState().lastOrigin).toBe('editor')
    act(() => useStudioStore.getState().setSource('kind: Milvus\n', 'form'))
    expect(textarea()?.value).toBe('kind: Milvus\n')
  })

  it('sends Ctrl+Z and Ctrl+Shift+Z in the plain editor to the store history', () => {
    localStorage.setItem('milvus-studio.editor.plain', '1')
    const undo = vi.fn()
    const redo = vi.fn()
    useStudioStore.setState({ undo, redo })
    act(() => root.render(<YamlEditorPanel />))
    const area = textarea()!
    act(() => {
      area.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
      area.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true, bubbles: true }),
      )
      area.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true }))
    })
    expect(undo).toHaveBeenCalledTimes(1)
    expect(redo).toHaveBeenCalledTimes(2)
  })

  it('falls back to the plain editor, and says so, when Monaco fails to load', async () => {
    monacoStub.fail = true
    act(() => root.render(<YamlEditorPanel />))
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0))
    })
    expect(textarea()).not.toBeNull()
    expect(host.querySelector('[role="status"]')?.textContent).toContain('could not load')
    const toggle = host.querySelector<HTMLInputElement>('input[type="checkbox"]')
    expect(toggle?.checked).toBe(true)
    expect(toggle?.disabled).toBe(true)
  })

  it('switches to plain text with the toggle and remembers it', async () => {
    act(() => root.render(<YamlEditorPanel />))
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0))
    })
    const toggle = host.querySelector<HTMLInputElement>('input[type="checkbox"]')!
    act(() => toggle.click())
    expect(textarea()).not.toBeNull()
    expect(localStorage.getItem('milvus-studio.editor.plain')).toBe('1')
  })
})
