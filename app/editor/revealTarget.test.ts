import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../../src/derive'
import { revealTarget } from './revealTarget'

const SOURCE = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: demo
spec:
  mode: cluster
  dependencies:
    msgStreamType: rocksmq
`

describe('revealTarget', () => {
  it('uses the explicit range of the request first', () => {
    const derived = deriveDocument(SOURCE)
    const exact = { start: { line: 2, col: 1, offset: 30 }, end: { line: 2, col: 5, offset: 34 } }
    expect(revealTarget(SOURCE, derived, ['spec', 'mode'], exact)).toBe(exact)
  })

  it('finds the line of a path that is written', () => {
    const derived = deriveDocument(SOURCE)
    expect(revealTarget(SOURCE, derived, ['spec', 'mode'])?.start.line).toBe(6)
  })

  it('falls back to the nearest written ancestor for an absent path', () => {
    const derived = deriveDocument(SOURCE)
    const line = revealTarget(SOURCE, derived, ['spec', 'dependencies', 'kafka', 'brokerList'])
      ?.start.line
    expect(line).toBeGreaterThanOrEqual(7)
    expect(line).toBeLessThanOrEqual(8)
  })
})
