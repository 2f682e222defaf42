// @vitest-environment jsdom
import { act } from 'react'
import type { Root } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import type { Derived, LocatedFinding } from '../../src/derive/types'
import type { Severity } from '../../src/rules/types'
import { useStudioStore } from '../state/store'
import { mountEachTest } from '../test/mountEachTest'
import { goToProblem } from './problemNavigation'
import { ProblemsPanel, WINDOW_FROM } from './ProblemsPanel'
import { windowFor } from './rowWindow'

let root: Root
let host: HTMLElement

mountEachTest((r, h) => {
  root = r
  host = h
})

/** Enough for a window (the panel renders a few dozen rows), few enough for jsdom to step through. */
const COUNT = WINDOW_FROM + 60
const SEVERITY_OF: readonly Severity[] = ['error', 'warning', 'info']

/** `count` findings, each with its own message, sorted the way the engine sorts (severity first). */
function manyFindings(count: number): LocatedFinding[] {
  const out: LocatedFinding[] = []
  for (let i = 0; i < count; i++) {
    const severity = SEVERITY_OF[Math.floor((i * 3) / count)] ?? 'info'
    out.push({
      rule: `rule-${i % 7}`,
      severity,
      path: ['spec', 'config', `key${i}`],
      message: { en: `Finding ${i}.`, ko: `문제 ${i}.` },
      explanation: { en: 'Why.', ko: '이유.' },
      source: 'test',
      range: {
        start: { line: i + 1, col: 1, offset: i * 10 },
        end: { line: i + 1, col: 5, offset: i * 10 + 4 },
      },
    })
  }
  return out
}

function show(findings: LocatedFinding[]): void {
  const derived: Derived = { ...useStudioStore.getState().derived, findings }
  act(() => {
    useStudioStore.setState({ derived })
    root.render(<ProblemsPanel />)
  })
}

const rows = () => host.querySelectorAll('li[data-row-index]')
const button = (i: number) =>
  host.querySelector<HTMLElement>(`[data-row-index="${i}"] .finding__message`)

describe('ProblemsPanel with hundreds of findings', () => {
  it('renders every row below the threshold, and a window of rows above it', () => {
    show(manyFindings(WINDOW_FROM - 1))
    expect(rows()).toHaveLength(WINDOW_FROM - 1)
    expect(rows()[0]?.hasAttribute('aria-setsize')).toBe(false)
    show(manyFindings(COUNT))
    expect(rows().length).toBeGreaterThan(0)
    expect(rows().length).toBeLessThan(100)
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe(String(COUNT))
    expect(rows()[0]?.getAttribute('aria-posinset')).toBe('1')
    // The group headings still count every finding.
    const counts = [...host.querySelectorAll('h3')].map((h) => h.textContent)
    expect(counts.join(' ')).toBe('Errors (70) Warnings (70) Advice (70)')
  })

  it('reaches every finding with F8, in order, and wraps around', { timeout: 60_000 }, () => {
    const findings = manyFindings(COUNT)
    show(findings)
    for (let i = 0; i < findings.length; i++) {
      act(() => goToProblem(1))
      expect(document.activeElement?.textContent).toBe(findings[i]?.message.en)
    }
    act(() => goToProblem(1))
    expect(document.activeElement?.textContent).toBe(findings[0]?.message.en)
    act(() => goToProblem(-1))
    expect(document.activeElement?.textContent).toBe(findings.at(-1)?.message.en)
    expect(rows().length).toBeLessThan(100)
  })

  it(
    'keeps the next and previous rows in the DOM around the focused one (Tab, Shift+Tab)',
    { timeout: 60_000 },
    () => {
      const findings = manyFindings(COUNT)
      show(findings)
      for (let i = 0; i < findings.length - 1; i++) {
        act(() => button(i)?.focus())
        expect(document.activeElement).toBe(button(i))
        expect(button(i + 1)?.textContent).toBe(findings[i + 1]?.message.en)
      }
      for (let i = findings.length - 1; i > 0; i--) {
        act(() => button(i)?.focus())
        expect(button(i - 1)?.textContent).toBe(findings[i - 1]?.message.en)
      }
    },
  )
})

describe('windowFor', () => {
  it('renders the rows on screen and a margin, clamped to the list', () => {
    expect(windowFor(1000, 0, 640, 64, null, 5)).toEqual({ start: 0, end: 15 })
    expect(windowFor(1000, 6400, 7040, 64, null, 5)).toEqual({ start: 95, end: 115 })
    expect(windowFor(10, 0, 6400, 64, null, 5)).toEqual({ start: 0, end: 10 })
  })

  it('keeps the focused row and its neighbours, near the screen or far from it', () => {
    expect(windowFor(1000, 0, 640, 64, 20, 5)).toEqual({ start: 0, end: 26 })
    expect(windowFor(1000, 0, 640, 64, 900, 5)).toEqual({ start: 895, end: 906 })
  })
})

describe('ProblemsPanel before the first check', () => {
  it('says the text is being checked, not that all is clear, until findings first arrive', () => {
    show([])
    act(() => useStudioStore.setState({ findingsVersion: 0 }))
    expect(host.textContent).toContain('Checking the configuration')
    expect(host.textContent).not.toContain('All clear')
    act(() => useStudioStore.setState({ findingsVersion: useStudioStore.getState().version }))
    expect(host.textContent).toContain('All clear')
  })
})
