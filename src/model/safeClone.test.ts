import { describe, expect, it } from 'vitest'
import { MAX_NODES, safeClone, type CloneIssue } from './safeClone'

describe('safeClone', () => {
  it.each([
    [new Date('2024-01-02T03:04:05Z'), '2024-01-02T03:04:05.000Z'],
    [Object('text') as unknown, 'text'],
    [Object(5) as unknown, 5],
    [12n, 12],
    [2n ** 80n, (2n ** 80n).toString()],
    [
      [1, undefined, 3],
      [1, null, 3],
    ],
    [{ a: undefined, b: 1 }, { b: 1 }],
  ])('turns case %# into plain data', (input, expected) => {
    expect(safeClone(input)).toEqual(expected)
  })

  it('copies into plain objects even from null-prototype input', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, { a: { b: 1 } })
    const copy = safeClone(input) as Record<string, unknown>
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(copy).toEqual({ a: { b: 1 } })
  })

  it('reports functions and symbols and drops them', () => {
    const issues: CloneIssue[] = []
    expect(safeClone({ f: () => 1, s: Symbol('x'), ok: 1 }, issues)).toEqual({ ok: 1 })
    expect(issues.map((i) => [i.path.join('.'), i.problem])).toEqual([
      ['f', 'unsupported'],
      ['s', 'unsupported'],
    ])
  })

  it('keeps shared (non-cyclic) references as separate copies', () => {
    const shared = { x: 1 }
    const copy = safeClone({ a: shared, b: shared }) as Record<string, unknown>
    expect(copy).toEqual({ a: { x: 1 }, b: { x: 1 } })
    expect(copy.a).not.toBe(copy.b)
  })

  it('stops at the size limit and reports it once', () => {
    const issues: CloneIssue[] = []
    const copy = safeClone({ big: new Array<number>(MAX_NODES + 10).fill(1) }, issues) as {
      big: unknown[]
    }
    expect(copy.big.length).toBeLessThan(MAX_NODES)
    expect(issues.filter((i) => i.problem === 'too-large')).toHaveLength(1)
  })
})
