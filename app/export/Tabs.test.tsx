// @vitest-environment jsdom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import { mountEachTest } from '../test/mountEachTest'
import { Tabs } from './Tabs'

let root: Root
let host: HTMLElement

mountEachTest((r, h) => {
  root = r
  host = h
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
    expect(host.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe(
      selected?.id,
    )
  })
})
