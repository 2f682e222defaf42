import { describe, expect, it } from 'vitest'
import { buildKeyIndex } from './keyIndex'

const index = buildKeyIndex([
  ['a', 'o'],
  ['a.b', 'i', 3],
  ['a.m', 'm'],
  ['v', 'o'],
  ['v.*', 'o'],
  ['v.*.size', 's'],
  ['v.data', 'o'],
  ['v.data.name', 's'],
])

describe('buildKeyIndex', () => {
  it.each([
    [['a', 'b'], 'known', 'a.b'],
    [['a', 'm', 'anything', 'deeper'], 'open', 'a.m'],
    [['v', 'data', 'size'], 'known', 'v.*.size'],
    [['v', 'other', 'size'], 'known', 'v.*.size'],
  ])('resolves %j', (path, kind, entry) => {
    const res = index.resolve(path)
    expect(res.kind).toBe(kind)
    if (res.kind !== 'unknown') expect(res.entry.path).toBe(entry)
  })

  it('says where a path leaves the catalogue and what is known there', () => {
    expect(index.resolve(['a', 'c'])).toEqual({
      kind: 'unknown',
      parent: 'a',
      depth: 1,
      known: ['b', 'm'],
    })
    expect(index.resolve(['zz'])).toMatchObject({ kind: 'unknown', parent: '', depth: 0 })
  })

  it('keeps defaults and lists children', () => {
    expect(index.entry('a.b')).toEqual({ path: 'a.b', type: 'i', default: 3 })
    expect(index.children('a')).toEqual(['b', 'm'])
  })
})
