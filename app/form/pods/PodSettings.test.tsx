// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import DOC from '../../../src/test/fixtures/queryNodeCommented.yaml?raw'
import { getInitialState, useStudioStore } from '../../state/store'
import { PodSettings } from './PodSettings'
import { ServiceFields } from './ServiceFields'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const QN = ['spec', 'components', 'queryNode'] as const

let host: HTMLDivElement
let root: Root
const state = () => useStudioStore.getState()
const queryNode = () =>
  (state().derived.resource?.spec.components?.queryNode ?? {}) as Record<string, unknown>
const byLabel = <T extends HTMLElement>(label: string): T => {
  const el = [...host.querySelectorAll<HTMLElement>('input, select, textarea, button')].find(
    (e) => e.getAttribute('aria-label') === label || accessibleLabel(e) === label,
  )
  if (!el) throw new Error(`no control labelled ${label}`)
  return el as T
}
function accessibleLabel(el: HTMLElement): string | undefined {
  const label = [...host.querySelectorAll('label')].find((l) => el.id !== '' && l.htmlFor === el.id)
  return label?.textContent?.replace(/\s+/g, ' ').trim()
}
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string): void => {
  const proto = Object.getPrototypeOf(el) as object
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set
  act(() => {
    setter?.call(el, value)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
}
const choose = (el: HTMLSelectElement, value: string): void => {
  act(() => {
    el.value = value
    el.dispatchEvent(new Event('change', { bubbles: true }))
  })
}
const click = (el: HTMLElement): void => act(() => el.click())

beforeEach(() => {
  useStudioStore.setState(getInitialState(), true)
  act(() => state().setSource(DOC, 'editor'))
  host = document.createElement('div')
  document.body.appendChild(host)
  root = createRoot(host)
  act(() =>
    root.render(
      <>
        <PodSettings base={QN} who="queryNode" component="queryNode" />
        <ServiceFields base={['spec', 'components', 'proxy']} who="proxy" />
      </>,
    ),
  )
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

describe('PodSettings', () => {
  it('adds, edits and removes node selector entries, keeping the comment', () => {
    type(byLabel('New key for queryNode node selector'), 'gpu')
    type(byLabel('New value for queryNode node selector'), 'true')
    click(byLabel('Add to queryNode node selector'))
    expect(queryNode().nodeSelector).toEqual({ gpu: 'true' })
    expect(state().source).toContain('# query nodes run on the GPU pool')
    type(byLabel('queryNode node selector gpu'), 'a100')
    expect(queryNode().nodeSelector).toEqual({ gpu: 'a100' })
    click(byLabel('Remove gpu from queryNode node selector'))
    expect(state().source).not.toContain('nodeSelector')
  })

  it('adds tolerations and edits their fields in place', () => {
    type(byLabel('New toleration key for queryNode'), 'dedicated')
    click(byLabel('Add to queryNode tolerations'))
    choose(byLabel('queryNode toleration 1 Operator'), 'Equal')
    type(byLabel('queryNode toleration 1 Value'), 'a100')
    choose(byLabel('queryNode toleration 2 Effect'), 'NoExecute')
    type(byLabel('queryNode toleration 2 Seconds (NoExecute)'), '30')
    expect(queryNode().tolerations).toEqual([
      { key: 'gpu', operator: 'Equal', value: 'a100' },
      { key: 'dedicated', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 },
    ])
    click(byLabel('Remove toleration 1 from queryNode tolerations'))
    expect(queryNode().tolerations).toEqual([
      { key: 'dedicated', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 },
    ])
    expect(state().source).toContain('# query nodes run on the GPU pool')
  })

  it('writes a volumes list from the YAML box and refuses text that is not one', () => {
    const box = byLabel<HTMLTextAreaElement>('queryNode volumes')
    type(box, 'name: cache')
    click(byLabel('Apply queryNode volumes'))
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/list/)
    expect(queryNode().volumes).toBeUndefined()
    type(byLabel<HTMLTextAreaElement>('queryNode volumes'), '- name: cache\n  emptyDir: {}\n')
    click(byLabel('Apply queryNode volumes'))
    expect(queryNode().volumes).toEqual([{ name: 'cache', emptyDir: {} }])
    expect(host.querySelector('[role="alert"]')).toBeNull()
  })

  it('shows a YAML syntax error and writes nothing', () => {
    const before = state().source
    type(byLabel<HTMLTextAreaElement>('queryNode affinity as YAML'), 'nodeAffinity: [')
    click(byLabel('Apply queryNode affinity as YAML'))
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/Not valid YAML/)
    expect(state().source).toBe(before)
  })

  it('applies the dedicated-nodes and zone-spread presets', () => {
    type(byLabel('Dedicated node label for queryNode (key=value)'), 'pool=milvus')
    click(byLabel('Pin queryNode to dedicated nodes'))
    click(byLabel('Spread queryNode across zones'))
    const qn = queryNode()
    expect(qn.tolerations).toEqual([
      { key: 'gpu', operator: 'Exists' },
      { key: 'pool', operator: 'Equal', value: 'milvus', effect: 'NoSchedule' },
    ])
    expect(JSON.stringify(qn.affinity)).toContain('"values":["milvus"]')
    expect(JSON.stringify(qn.affinity)).toContain('"app.kubernetes.io/instance":"vectors"')
    expect(JSON.stringify(qn.affinity)).toContain('"app.kubernetes.io/component":"querynode"')
  })

  it('refuses a dedicated label that is not key=value', () => {
    const before = state().source
    type(byLabel('Dedicated node label for queryNode (key=value)'), 'pool')
    click(byLabel('Pin queryNode to dedicated nodes'))
    expect(state().source).toBe(before)
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/key=value/)
  })

  it('applies a cloud load-balancer preset to the proxy service', () => {
    click(byLabel('Use Azure internal load balancer for proxy'))
    expect(state().derived.resource?.spec.components?.proxy).toMatchObject({
      serviceType: 'LoadBalancer',
      serviceAnnotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' },
    })
  })
})
