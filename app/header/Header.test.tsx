// @vitest-environment jsdom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { beforeEach, describe, expect, it } from 'vitest'
import { blankSource } from '../state/blankSource'
import { useStudioStore } from '../state/store'
import { Header } from './Header'
import { mountEachTest } from '../test/mountEachTest'

const OTHER = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: other\nspec: {}\n'

let root: Root
let host: HTMLElement

const button = (name: string) =>
  [...host.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
  )

function click(name: string): void {
  const target = button(name)
  if (!target) throw new Error(`no button ${name}`)
  act(() => target.click())
}

mountEachTest((r, h) => {
  root = r
  host = h
})

beforeEach(() => {
  act(() => root.render(<Header />))
})

describe('Header', () => {
  it('shows the resource name and disables undo with nothing to undo', () => {
    expect(host.textContent).toContain('my-milvus')
    expect(button('↶ Undo')?.disabled).toBe(true)
    act(() => useStudioStore.getState().setSource(OTHER, 'editor'))
    expect(host.textContent).toContain('other')
    expect(button('↶ Undo')?.disabled).toBe(false)
  })

  it('asks before resetting, and Cancel keeps the text', () => {
    act(() => useStudioStore.getState().setSource(OTHER, 'editor'))
    click('Reset')
    expect(host.textContent).toContain('Start over?')
    click('Cancel')
    expect(useStudioStore.getState().source).toBe(OTHER)
    click('Reset')
    click('Reset to blank')
    expect(useStudioStore.getState().source).toBe(blankSource())
  })

  it('imports pasted YAML through the dialog', () => {
    click('Import')
    const area = host.querySelector('textarea')
    if (!area) throw new Error('no textarea')
    const label = host.querySelector(`label[for="${area.id}"]`)
    expect(label?.textContent).toBe('YAML to import')
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set
      setter?.call(area, OTHER)
      area.dispatchEvent(new Event('input', { bubbles: true }))
    })
    click('Load into the studio')
    expect(useStudioStore.getState().source).toBe(OTHER)
    expect(useStudioStore.getState().lastOrigin).toBe('import')
  })

  it('switches language from its select', () => {
    const select = [...host.querySelectorAll('select')].find((s) =>
      s.querySelector('option[value="ko"]'),
    )
    if (!select) throw new Error('no language select')
    act(() => {
      select.value = 'ko'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(useStudioStore.getState().lang).toBe('ko')
    expect(button('가져오기')).toBeDefined()
  })
})
