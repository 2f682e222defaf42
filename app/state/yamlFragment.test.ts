import { describe, expect, it } from 'vitest'
import { readYamlFragment, writeYamlFragment } from './yamlFragment'

describe('yamlFragment', () => {
  it('reads a list and writes it back as block YAML', () => {
    const read = readYamlFragment('- name: cache\n  emptyDir: {}\n')
    expect(read).toEqual({ ok: true, value: [{ name: 'cache', emptyDir: {} }] })
    expect(writeYamlFragment([{ name: 'cache' }])).toBe('- name: cache\n')
  })

  it('reads a blank box as no value', () => {
    expect(readYamlFragment('  \n')).toEqual({ ok: true, value: undefined })
    expect(writeYamlFragment(undefined)).toBe('')
  })

  it('reports the line of a syntax error in both languages', () => {
    const read = readYamlFragment('a: 1\nb: [\n')
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.line).toBeGreaterThanOrEqual(2)
    expect(read.message.en).not.toBe('')
    expect(read.message.ko).not.toBe('')
  })
})
