// @vitest-environment jsdom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import { Dialog } from './Dialog'
import { Tabs } from './Tabs'
import { mountEachTest } from '../test/mountEachTest'

let root: Root
let host: HTMLElement

mountEachTest((r, h) => {
  root = r
  host = h
})

describe('Dialog', () => {
  it('is a modal labelled by its title, and Escape (cancel) or Close calls onClose', () => {
    const onClose = vi.fn()
    act(() =>
      root.render(
        <Dialog open onClose={onClose} title="Export">
          <p>body</p>
        </Dialog>,
      ),
    )
    const dialog = host.querySelector('dialog')!
    const title = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')
    expect(title?.textContent).toBe('Export')
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(dialog.open).toBe(true)
    act(() => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }))
    })
    expect(onClose).toHaveBeenCalledTimes(1)
    act(() => host.querySelector<HTMLButtonElement>('header button')!.click())
    expect(onClose).toHaveBeenCalledTimes(2)
  })

  it('renders nothing inside while closed', () => {
    act(() =>
      root.render(
        <Dialog open={false} onClose={() => undefined} title="Share">
          <p>secret body</p>
        </Dialog>,
      ),
    )
    expect(host.textContent).not.toContain('secret body')
  })
})

describe('Tabs', () => {
  it('moves the selection with arrow keys, Home and End', () => {
    const onSelect = vi.fn()
    const tabs = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ] as const
    act(() =>
      root.render(
        <Tabs label="Formats" tabs={tabs} selected="a" onSelect={onSelect}>
          <p>panel</p>
        </Tabs>,
      ),
    )
    const list = host.querySelector('[role="tablist"]')!
    const press = (key: string) =>
      act(() => {
        list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
      })
    press('ArrowRight')
    press('ArrowLeft')
    press('End')
    press('Home')
    expect(onSelect.mock.calls.map((c) => c[0])).toEqual(['b', 'c', 'c', 'a'])
    const selected = host.querySelector('[role="tab"][aria-selected="true"]')
    expect(selected?.textContent).toBe('A')
    expect(host.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe(selected?.id)
  })
})
