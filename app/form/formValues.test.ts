import { describe, expect, it } from 'vitest'
import {
  formatDefault,
  listToValue,
  parseNumberInput,
  textToValue,
  toStringList,
  valueToText,
} from './formValues'

describe('parseNumberInput', () => {
  it.each([
    ['', true, { kind: 'empty' }],
    ['  ', true, { kind: 'empty' }],
    ['3', true, { kind: 'number', value: 3 }],
    ['-1', true, { kind: 'number', value: -1 }],
    ['1.5', true, { kind: 'invalid' }],
    ['1.5', false, { kind: 'number', value: 1.5 }],
    ['-', true, { kind: 'invalid' }],
    ['12abc', true, { kind: 'invalid' }],
    ['0x10', true, { kind: 'invalid' }],
    ['1e3', true, { kind: 'number', value: 1000 }],
  ])('parses %j (integer: %s)', (text, integer, expected) => {
    expect(parseNumberInput(text, integer)).toEqual(expected)
  })
})

describe('formatDefault', () => {
  it.each([
    [undefined, ''],
    [null, ''],
    [false, 'false'],
    [19530, '19530'],
    [['ReadWriteOnce'], 'ReadWriteOnce'],
    [{ a: 1 }, '{"a":1}'],
  ])('formats %j', (value, text) => {
    expect(formatDefault(value)).toBe(text)
  })
})

describe('text and list conversions', () => {
  it('deletes on empty text and keeps other text as written', () => {
    expect(textToValue('')).toBeUndefined()
    expect(textToValue('my-milvus')).toBe('my-milvus')
  })

  it('shows stored values as text', () => {
    expect(valueToText(undefined)).toBe('')
    expect(valueToText(3)).toBe('3')
    expect(valueToText(['a'])).toBe('["a"]')
  })

  it('reads a hand-written scalar as a one-entry list and deletes an empty list', () => {
    expect(toStringList('k:9092')).toEqual(['k:9092'])
    expect(toStringList(['a', 2])).toEqual(['a', '2'])
    expect(toStringList(undefined)).toEqual([])
    expect(listToValue([])).toBeUndefined()
    expect(listToValue(['a'])).toEqual(['a'])
  })
})
