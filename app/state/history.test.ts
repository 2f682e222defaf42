import { describe, expect, it } from 'vitest'
import {
  COALESCE_MS,
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  recordChange,
  redoStep,
  undoStep,
} from './history'

describe('recordChange', () => {
  it('coalesces editor keystrokes that follow each other quickly', () => {
    let h = recordChange(EMPTY_HISTORY, 'a', 'editor', 1000)
    h = recordChange(h, 'ab', 'editor', 1000 + COALESCE_MS - 1)
    expect(h.past).toEqual(['a'])
  })

  it('starts a new step after a pause or from another origin', () => {
    let h = recordChange(EMPTY_HISTORY, 'a', 'editor', 1000)
    h = recordChange(h, 'ab', 'editor', 1000 + COALESCE_MS + 1)
    h = recordChange(h, 'abc', 'form', 1000 + COALESCE_MS + 2)
    h = recordChange(h, 'abcd', 'editor', 1000 + COALESCE_MS + 3)
    expect(h.past).toEqual(['a', 'ab', 'abc', 'abcd'])
  })

  it('never coalesces form edits without a field key (store switches, several patches)', () => {
    let h = recordChange(EMPTY_HISTORY, 'a', 'form', 0)
    h = recordChange(h, 'b', 'form', 1)
    expect(h.past).toEqual(['a', 'b'])
  })

  it('coalesces quick form edits of the same field, not of different fields', () => {
    let h = recordChange(EMPTY_HISTORY, 'n', 'form', 0, 'metadata.name')
    h = recordChange(h, 'na', 'form', 100, 'metadata.name')
    h = recordChange(h, 'nam', 'form', 200, 'metadata.name')
    expect(h.past).toEqual(['n'])
    h = recordChange(h, 'name', 'form', 300, 'metadata.namespace')
    expect(h.past).toEqual(['n', 'name'])
    h = recordChange(h, 'name2', 'form', 300 + COALESCE_MS + 1, 'metadata.namespace')
    expect(h.past).toEqual(['n', 'name', 'name2'])
  })

  it('keeps at most HISTORY_LIMIT steps, dropping the oldest', () => {
    let h = EMPTY_HISTORY
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = recordChange(h, `t${i}`, 'form', i)
    expect(h.past).toHaveLength(HISTORY_LIMIT)
    expect(h.past[0]).toBe('t10')
  })

  it('clears the redo stack on a new change', () => {
    const h = recordChange(EMPTY_HISTORY, 'a', 'form', 0)
    const undone = undoStep(h, 'b')
    expect(undone?.history.future).toEqual(['b'])
    const after = recordChange(undone!.history, 'a', 'form', 5)
    expect(after.future).toEqual([])
  })
})

describe('undoStep / redoStep', () => {
  it('walks back and forth', () => {
    let h = recordChange(EMPTY_HISTORY, 'one', 'form', 0)
    h = recordChange(h, 'two', 'form', 1)
    // current text is 'three'
    const u1 = undoStep(h, 'three')!
    expect(u1.text).toBe('two')
    const u2 = undoStep(u1.history, u1.text)!
    expect(u2.text).toBe('one')
    expect(undoStep(u2.history, u2.text)).toBeNull()
    const r1 = redoStep(u2.history, u2.text)!
    expect(r1.text).toBe('two')
    const r2 = redoStep(r1.history, r1.text)!
    expect(r2.text).toBe('three')
    expect(redoStep(r2.history, r2.text)).toBeNull()
  })

  it('does not coalesce a keystroke into the step before an undo', () => {
    let h = recordChange(EMPTY_HISTORY, 'x', 'form', 0)
    h = recordChange(h, 'a', 'editor', 1)
    const u = undoStep(h, 'ab')!
    expect(u.text).toBe('a')
    h = recordChange(u.history, 'a', 'editor', 10)
    expect(h.past).toEqual(['x', 'a'])
  })
})
