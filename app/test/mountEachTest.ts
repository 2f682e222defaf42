/**
 * Test-only: a fresh store and a React root in a detached-from-nothing <div> for every test, torn
 * down after it. Component tests call it once at the top level and keep the root and host it hands
 * back (`mountEachTest((r, h) => { root = r; host = h })`).
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach } from 'vitest'
import { getInitialState, useStudioStore } from '../state/store'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

export function mountEachTest(receive: (root: Root, host: HTMLElement) => void): void {
  let root: Root | undefined
  let host: HTMLElement | undefined
  beforeEach(() => {
    useStudioStore.setState(getInitialState(), true)
    host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    receive(root, host)
  })
  afterEach(() => {
    act(() => root?.unmount())
    host?.remove()
  })
}
