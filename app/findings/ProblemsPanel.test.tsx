// @vitest-environment jsdom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import type { Derived, LocatedFinding } from '../../src/derive/types'
import { useStudioStore } from '../state/store'
import { InlineFindings } from './InlineFindings'
import { ProblemsPanel } from './ProblemsPanel'
import { mountEachTest } from '../test/mountEachTest'

const ERROR: LocatedFinding = {
  rule: 'cluster-needs-shared-stream',
  severity: 'error',
  path: ['spec', 'dependencies', 'msgStreamType'],
  message: {
    en: 'Cluster mode cannot use RocksMQ.',
    ko: '클러스터 모드에서는 RocksMQ를 쓸 수 없습니다.',
  },
  explanation: {
    en: 'Embedded stores live in one pod.',
    ko: '내장 저장소는 한 파드 안에 있습니다.',
  },
  source: 'operator webhook',
  range: { start: { line: 9, col: 5, offset: 0 }, end: { line: 9, col: 12, offset: 0 } },
  fix: { title: { en: 'Switch to Pulsar', ko: 'Pulsar로 바꾸기' }, patches: [] },
}
const INFO: LocatedFinding = {
  ...ERROR,
  rule: 'advice',
  severity: 'info',
  path: ['spec', 'mode'],
  message: { en: 'Advice.', ko: '조언.' },
}
delete (INFO as { fix?: unknown }).fix

let root: Root
let host: HTMLElement

function withFindings(findings: LocatedFinding[]): void {
  const derived: Derived = { ...useStudioStore.getState().derived, findings }
  useStudioStore.setState({ derived })
}

function render(node: React.ReactNode): void {
  act(() => root.render(node))
}

mountEachTest((r, h) => {
  root = r
  host = h
})

describe('ProblemsPanel', () => {
  it('shows the all-clear state when there are no findings', () => {
    withFindings([])
    render(<ProblemsPanel />)
    expect(host.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Problems')
    expect(host.textContent).toContain('All clear')
  })

  it('groups findings by severity with counts, path and line', () => {
    withFindings([ERROR, INFO])
    render(<ProblemsPanel />)
    const groups = [...host.querySelectorAll('h3')].map((h) => h.textContent)
    expect(groups).toEqual(['Errors (1)', 'Advice (1)'])
    expect(host.textContent).toContain('Cluster mode cannot use RocksMQ.')
    expect(host.textContent).toContain('line 9')
    expect(host.querySelector('.problems__counts')?.textContent).toMatch(
      /Error\s*1.*Warning\s*0.*Info\s*1/,
    )
  })

  it('reveals the path on click and applies the fix through the store', () => {
    const applyFix = vi.fn()
    useStudioStore.setState({ applyFix })
    withFindings([ERROR])
    render(<ProblemsPanel />)
    const message = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === ERROR.message.en,
    )
    act(() => message?.click())
    expect(useStudioStore.getState().reveal?.path).toEqual(ERROR.path)
    const fix = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Switch to Pulsar',
    )
    act(() => fix?.click())
    expect(applyFix).toHaveBeenCalledWith(ERROR)
  })

  it('speaks Korean when the UI does', () => {
    useStudioStore.setState({ lang: 'ko' })
    withFindings([ERROR])
    render(<ProblemsPanel />)
    expect(host.textContent).toContain(ERROR.message.ko)
    expect(host.textContent).toContain('Pulsar로 바꾸기')
    expect(host.textContent).toContain('9행')
  })
})

describe('InlineFindings', () => {
  it('shows only the findings of its path, or nothing', () => {
    withFindings([ERROR, INFO])
    render(<InlineFindings path={['spec', 'mode']} id="x" />)
    expect(host.querySelector('#x')?.textContent).toContain('Advice.')
    expect(host.textContent).not.toContain(ERROR.message.en)
    render(<InlineFindings path={['spec', 'components']} />)
    expect(host.innerHTML).toBe('')
  })

  it('includes descendants on request', () => {
    withFindings([ERROR, INFO])
    render(<InlineFindings path={['spec']} includeDescendants />)
    expect(host.querySelectorAll('li')).toHaveLength(2)
  })
})
