// @vitest-environment jsdom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { useStudioStore } from '../state/store'
import { ReadOnlyBanner } from './ReadOnlyBanner'
import { mountEachTest } from '../test/mountEachTest'

let root: Root
let host: HTMLElement

mountEachTest((r, h) => {
  root = r
  host = h
})

describe('ReadOnlyBanner', () => {
  it('is absent while the text parses', () => {
    act(() => root.render(<ReadOnlyBanner />))
    expect(host.innerHTML).toBe('')
  })

  it('names the error line and reveals it on request', () => {
    const broken =
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: x\nspec:\n  mode: [standalone\n'
    act(() => root.render(<ReadOnlyBanner />))
    act(() => useStudioStore.getState().setSource(broken, 'editor'))
    const banner = host.querySelector('[role="alert"]')
    expect(banner?.textContent).toContain('The YAML does not parse')
    const line = useStudioStore.getState().derived.findings[0]?.range?.start.line
    expect(line).toBeDefined()
    expect(banner?.textContent).toContain(`Line ${line}:`)
    act(() => host.querySelector('button')?.click())
    expect(useStudioStore.getState().reveal?.range?.start.line).toBe(line)
  })

  it('says so when the text holds no Milvus resource, and offers the blank one', () => {
    act(() => root.render(<ReadOnlyBanner />))
    act(() => useStudioStore.getState().setSource('', 'editor'))
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'The text has no Milvus resource',
    )
    act(() => host.querySelector('button')?.click())
    expect(useStudioStore.getState().derived.milvusIndex).toBe(0)
    expect(host.innerHTML).toBe('')
  })
})
