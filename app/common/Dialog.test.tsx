// @vitest-environment jsdom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import { Dialog } from './Dialog'
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

  it('gives focus back to the control that opened it when it closes or unmounts', async () => {
    const opener = document.createElement('button')
    opener.textContent = 'Export'
    document.body.append(opener)
    opener.getClientRects = () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList
    opener.focus()
    act(() =>
      root.render(
        <Dialog open onClose={() => undefined} title="Export">
          <button type="button">inside</button>
        </Dialog>,
      ),
    )
    act(() => host.querySelector<HTMLButtonElement>('.dialog__body button')!.focus())
    expect(document.activeElement?.textContent).toBe('inside')
    act(() => root.render(<p>gone</p>))
    await Promise.resolve()
    expect(document.activeElement).toBe(opener)
    opener.remove()
  })
})
