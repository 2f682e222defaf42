import { describe, expect, it } from 'vitest'
import { findSuppressions, suppressionFor } from './suppress'

describe('findSuppressions', () => {
  it('reads rules and the reason, and targets the next line that is not blank or a comment', () => {
    const text =
      'a: 1\n# milvus-studio-disable-next-line rule-a, rule-b -- we know\n\n# other\nb: 2\n'
    expect(findSuppressions(text)).toEqual([
      { line: 2, target: 5, rules: ['rule-a', 'rule-b'], justification: 'we know' },
    ])
  })

  it('with no rule named, covers every rule; a trailing comment is not a directive', () => {
    const all = findSuppressions(
      '  #milvus-studio-disable-next-line\nb: 2 # milvus-studio-disable-next-line x\nc: 3\n',
    )
    expect(all).toHaveLength(1)
    expect(suppressionFor(all, 'anything', [2])).toBeDefined()
    expect(suppressionFor(all, 'anything', [3])).toBeUndefined()
  })

  it('covers only the named rules', () => {
    const all = findSuppressions('# milvus-studio-disable-next-line a\nx: 1\n')
    expect(suppressionFor(all, 'a', [2])).toBeDefined()
    expect(suppressionFor(all, 'b', [2])).toBeUndefined()
  })
})
