import { describe, expect, it } from 'vitest'
import { fieldId, revealCandidates } from './fieldId'

describe('fieldId', () => {
  it('joins path segments into a valid id', () => {
    expect(fieldId(['spec', 'dependencies', 'kafka', 'brokerList', 0])).toBe(
      'ff-spec.dependencies.kafka.brokerList.0',
    )
  })

  it('escapes characters that would break an id or a selector', () => {
    const id = fieldId(['spec', 'config', 'a b', 'x"y'])
    expect(id).not.toMatch(/[ "]/)
    expect(id).not.toBe(fieldId(['spec', 'config', 'a_b', 'x_y']))
  })

  it('gives different ids to different paths', () => {
    expect(fieldId(['spec', 'a.b'])).not.toBe(fieldId(['spec', 'a', 'b']))
  })
})

describe('revealCandidates', () => {
  it('lists the path and then each ancestor, longest first', () => {
    expect(revealCandidates(['spec', 'mode'])).toEqual([
      fieldId(['spec', 'mode']),
      fieldId(['spec']),
    ])
  })

  it('is empty for the empty path', () => {
    expect(revealCandidates([])).toEqual([])
  })
})
