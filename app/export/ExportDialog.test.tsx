// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getInitialState, useStudioStore } from '../state/store'
import { toHelmValues } from '../../src/export'
import { ExportDialog } from './ExportDialog'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const SOURCE = `# kept comment
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: wiring-demo
spec:
  mode: cluster
  dependencies:
    msgStreamType: kafka
`

let root: Root
let host: HTMLElement

function tab(name: string): HTMLButtonElement {
  const found = [...host.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find(
    (t) => t.textContent === name,
  )
  if (!found) throw new Error(`no tab ${name}`)
  return found
}

beforeEach(() => {
  useStudioStore.setState(getInitialState(), true)
  useStudioStore.getState().setSource(SOURCE, 'import')
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() => root.render(<ExportDialog open onClose={() => undefined} />))
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

describe('ExportDialog', () => {
  it('shows the manifest exactly as the editor text, with Download YAML', () => {
    expect(host.querySelector('pre')?.textContent).toBe(SOURCE)
    const buttons = [...host.querySelectorAll('button')].map((b) => b.textContent)
    expect(buttons).toContain('Download YAML')
  })

  it('strips the fields the cluster wrote when asked, keeping comments', () => {
    act(() =>
      useStudioStore.getState().setSource(`${SOURCE}status:\n  status: Healthy\n`, 'import'),
    )
    expect(host.querySelector('pre')?.textContent).toContain('status: Healthy')
    const box = host.querySelector<HTMLInputElement>('input[type="checkbox"]')
    act(() => box?.click())
    expect(host.querySelector('pre')?.textContent).toBe(SOURCE)
  })

  it('switches to the kubectl runbook, which applies the manifest through a quoted heredoc', () => {
    act(() => tab('kubectl runbook').click())
    const text = host.querySelector('pre')?.textContent ?? ''
    expect(text).toContain("<<'")
    expect(text).toContain('# kept comment')
  })

  it('offers Secrets as separate files, one Secret manifest per referenced Secret', () => {
    act(() =>
      useStudioStore
        .getState()
        .setSource(
          SOURCE.replace(
            '    msgStreamType: kafka\n',
            '    msgStreamType: kafka\n    kafka:\n      external: true\n      brokerList: [k:9092]\n      secretRef: sasl\n',
          ),
          'editor',
        ),
    )
    act(() => tab('kubectl runbook').click())
    const files = host.querySelector<HTMLInputElement>(
      'input[name="runbook-secrets"][value="files"]',
    )
    act(() => files?.click())
    const texts = [...host.querySelectorAll('pre')].map((p) => p.textContent ?? '')
    expect(
      texts.some(
        (t) => t.includes('kind: Secret') && t.includes('username: <SASL-USERNAME-PLACEHOLDER>'),
      ),
    ).toBe(true)
    expect(
      texts.some((t) => t.includes('sasl.secret.yaml') && t.startsWith('#!/usr/bin/env bash')),
    ).toBe(true)
  })

  it('shows the Helm values text that the download and the CLI produce', () => {
    act(() => tab('Helm values').click())
    expect(host.querySelector('pre')?.textContent).toBe(
      toHelmValues(useStudioStore.getState().derived).yaml,
    )
  })

  it('lists Helm values and the unmapped settings section', () => {
    act(() => tab('Helm values').click())
    expect(host.textContent).toContain('Settings with no Helm equivalent')
    expect(host.querySelector('pre')?.textContent).toMatch(/externalKafka:/)
  })

  it('draws the diagram as a data: image that follows the resource', () => {
    act(() => tab('Diagram').click())
    const before = host.querySelector('img')?.getAttribute('src') ?? ''
    expect(before.startsWith('data:image/svg+xml')).toBe(true)
    act(() => useStudioStore.getState().setSource(SOURCE.replace('kafka', 'pulsar'), 'editor'))
    expect(host.querySelector('img')?.getAttribute('src')).not.toBe(before)
  })
})
