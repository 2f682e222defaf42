// @vitest-environment jsdom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { blankSource } from '../state/blankSource'
import { useStudioStore } from '../state/store'
import { mountEachTest } from '../test/mountEachTest'
import { StaleCommentOffer } from './StaleCommentOffer'

let root: Root
let host: HTMLElement

mountEachTest((r, h) => {
  root = r
  host = h
})

const button = (name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === name)

describe('StaleCommentOffer', () => {
  it('offers to update the comment that names the old mode, and changes it only when asked', () => {
    act(() => root.render(<StaleCommentOffer />))
    act(() => useStudioStore.getState().setSource(blankSource(), 'preset'))
    expect(host.textContent).toBe('')
    act(() => useStudioStore.getState().setField(['spec', 'mode'], 'cluster'))
    expect(host.textContent).toContain('# A minimal standalone Milvus')
    expect(useStudioStore.getState().source).toContain('# A minimal standalone Milvus')
    act(() => button('Update the comments')?.click())
    expect(useStudioStore.getState().source).toContain('# A minimal cluster Milvus')
    expect(useStudioStore.getState().source).toContain('mode: cluster')
    expect(host.textContent).toBe('')
  })

  it('keeps the comment on "Keep them", and says nothing for edits typed in the editor', () => {
    act(() => root.render(<StaleCommentOffer />))
    act(() => useStudioStore.getState().setSource(blankSource(), 'preset'))
    act(() =>
      useStudioStore
        .getState()
        .setSource(blankSource().replace('mode: standalone', 'mode: cluster'), 'editor'),
    )
    expect(host.textContent).toBe('')
    act(() => useStudioStore.getState().setField(['spec', 'mode'], 'standalone'))
    act(() => useStudioStore.getState().setField(['spec', 'mode'], 'cluster'))
    act(() => button('Keep them')?.click())
    expect(host.textContent).toBe('')
    expect(useStudioStore.getState().source).toContain('# A minimal standalone Milvus')
  })
})
