// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SpecPath } from '../../src/model'
import { getInitialState, useStudioStore } from '../state/store'
import { fieldId } from './fieldId'
import { StudioForm } from './StudioForm'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let host: HTMLDivElement
let root: Root

const state = () => useStudioStore.getState()
const byPath = <T extends HTMLElement = HTMLInputElement>(path: SpecPath): T => {
  const el = document.getElementById(fieldId(path))
  if (!el) throw new Error(`no control for ${path.join('.')}`)
  return el as T
}
const radio = (groupName: string, label: string): HTMLInputElement => {
  const group = [...document.querySelectorAll('[role="radiogroup"]')].find(
    (g) =>
      document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent === groupName,
  )
  const labelEl = [...(group?.querySelectorAll('label') ?? [])].find((l) => l.textContent === label)
  const input = labelEl ? document.getElementById(labelEl.htmlFor) : null
  if (!(input instanceof HTMLInputElement)) throw new Error(`no radio ${label} in ${groupName}`)
  return input
}
const type = (el: HTMLInputElement, value: string): void => {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  act(() => {
    setter?.call(el, value)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
}
const click = (el: HTMLElement): void => act(() => el.click())

beforeEach(() => {
  useStudioStore.setState(getInitialState(), true)
  host = document.createElement('div')
  document.body.appendChild(host)
  root = createRoot(host)
  act(() => root.render(<StudioForm />))
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

describe('StudioForm', () => {
  it('writes the mode from the Mode radio group and marks the default while it is absent', () => {
    act(() => state().setField(['spec', 'mode'], undefined))
    expect(radio('Mode', 'Standalone').checked).toBe(true)
    expect(host.textContent).toContain('default')
    click(radio('Mode', 'Cluster'))
    expect(state().source).toMatch(/mode: cluster/)
    expect(radio('Mode', 'Cluster').checked).toBe(true)
  })

  it('switches the store through switchMessageStore and shows that store’s settings', () => {
    click(radio('Message storage', 'Kafka'))
    expect(state().source).toMatch(/msgStreamType: kafka/)
    expect(
      document.getElementById(fieldId(['spec', 'dependencies', 'kafka', 'external'])),
    ).not.toBeNull()
    expect(
      document.getElementById(fieldId(['spec', 'dependencies', 'pulsar', 'external'])),
    ).toBeNull()
  })

  it('edits a text field and deletes the key when it is cleared', () => {
    const ns = byPath(['metadata', 'namespace'])
    type(ns, 'search')
    expect(state().source).toMatch(/namespace: search/)
    type(byPath(['metadata', 'namespace']), '')
    expect(state().source).not.toMatch(/namespace:/)
  })

  it('keeps an unparsable number local and writes a number once it parses', () => {
    const path = ['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'replicaCount'] as const
    const before = state().source
    type(byPath(path), 'three')
    expect(state().source).toBe(before)
    expect(byPath(path).getAttribute('aria-invalid')).toBe('true')
    type(byPath(path), '3')
    expect(state().source).toMatch(/replicaCount: 3/)
  })

  it('sets a boolean explicitly and goes back to the default with "Use default"', () => {
    const path = ['spec', 'dependencies', 'etcd', 'external'] as const
    click(byPath(path))
    expect(state().source).toMatch(/external: true/)
    const useDefault = [...host.querySelectorAll('button')].find((b) =>
      b.getAttribute('aria-label')?.includes('External etcd'),
    )
    expect(useDefault).toBeDefined()
    if (useDefault) click(useDefault)
    expect(state().source).not.toMatch(/external:/)
  })

  it('adds and removes list entries through labelled controls', () => {
    act(() => state().setField(['spec', 'dependencies', 'etcd', 'external'], true))
    const byLabel = <T extends HTMLElement>(label: string): T => {
      const el = host.querySelector(`[aria-label="${label}"]`)
      if (!el) throw new Error(`no control labelled ${label}`)
      return el as T
    }
    type(byLabel<HTMLInputElement>('New entry for etcd endpoints'), 'etcd-0:2379')
    click(byLabel('Add to etcd endpoints'))
    type(byLabel<HTMLInputElement>('New entry for etcd endpoints'), 'etcd-1:2379')
    click(byLabel('Add to etcd endpoints'))
    expect(state().derived.resource?.spec.dependencies?.etcd?.endpoints).toEqual([
      'etcd-0:2379',
      'etcd-1:2379',
    ])
    click(byLabel('Remove entry 1 from etcd endpoints'))
    expect(state().derived.resource?.spec.dependencies?.etcd?.endpoints).toEqual(['etcd-1:2379'])
    click(byLabel('Remove entry 1 from etcd endpoints'))
    expect(state().source).not.toMatch(/endpoints:/)
  })

  it('disables every control while the YAML does not parse, keeping the last good values', () => {
    type(byPath(['metadata', 'namespace']), 'kept')
    act(() => state().setSource('spec: [\n', 'editor'))
    const fieldset = host.querySelector('fieldset')
    expect(fieldset?.disabled).toBe(true)
    expect(byPath(['metadata', 'namespace']).value).toBe('kept')
    const show = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Show the error in the YAML',
    )
    expect(show?.disabled).toBe(false)
    // The form does not move focus while frozen: the editor shows the place.
    const before = document.activeElement
    act(() => state().revealPath(['metadata', 'namespace']))
    expect(document.activeElement).toBe(before)
  })

  it('focuses the field for a revealed path, or its nearest ancestor, opening collapsed parts', () => {
    act(() => state().setField(['spec', 'mode'], 'cluster'))
    act(() => state().revealPath(['spec', 'components', 'proxy', 'replicas']))
    const replicas = byPath(['spec', 'components', 'proxy', 'replicas'])
    expect(document.activeElement).toBe(replicas)
    expect(replicas.closest('details')?.open).toBe(true)
    act(() => state().revealPath(['spec', 'dependencies', 'msgStreamType', 'extra']))
    expect(document.activeElement).toBe(radio('Message storage', 'Pulsar'))
  })

  it('lists a finding that has no control of its own in its section, and not one that has', () => {
    const finding = (path: SpecPath, en: string) => ({
      rule: 'test-rule',
      severity: 'warning' as const,
      path,
      message: { en, ko: en },
      explanation: { en, ko: en },
      source: 'test',
    })
    act(() =>
      useStudioStore.setState({
        derived: {
          ...state().derived,
          findings: [
            finding(['spec', 'dependencies', 'etcd', 'endpointz'], 'orphan message'),
            finding(['spec', 'dependencies', 'etcd', 'external'], 'field message'),
          ],
        },
      }),
    )
    const orphan = host.querySelector('[data-testid="findings:spec.dependencies.etcd.endpointz"]')
    expect(orphan?.textContent).toContain('orphan message')
    expect(
      host.querySelectorAll('[data-testid="findings:spec.dependencies.etcd.external"]'),
    ).toHaveLength(1)
    expect(byPath(['spec', 'dependencies', 'etcd', 'external']).getAttribute('aria-invalid')).toBe(
      'true',
    )
  })
})
