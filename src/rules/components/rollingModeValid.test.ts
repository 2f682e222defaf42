import { describe, expect, it } from 'vitest'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { rollingModeValid as rule } from './rollingModeValid'

const withMode = (rollingMode: number) => milvus({ components: { rollingMode } })

describe('rolling-mode-valid', () => {
  it.each([1, 4, -1])('rejects rollingMode %s with the webhook text', (mode) => {
    const findings = findingsOf(rule, withMode(mode))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.severity).toBe('error')
    expect(findings[0]?.message.en).toContain('rollingMode should be 2 or 3')
  })

  it.each([0, 2, 3])('accepts rollingMode %s', (mode) => {
    expect(findingsOf(rule, withMode(mode))).toEqual([])
  })

  it('stays quiet when rollingMode is absent', () => {
    expect(findingsOf(rule, milvus({ components: {} }))).toEqual([])
  })

  it('sets the default mode 2', () => {
    expect(remainingAfterFix(rule, withMode(5))).toEqual([])
  })
})
