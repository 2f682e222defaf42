import { describe, expect, it } from 'vitest'
import { parseGitignore } from './gitignore'

describe('parseGitignore', () => {
  const list = parseGitignore(
    [
      '# comment',
      '',
      'build/',
      '*.tmp.yaml',
      '/rendered',
      'charts/**/values.yaml',
      '!keep.tmp.yaml',
      'secret?.yaml',
      'x[0-9].yaml',
    ].join('\n'),
  )

  it.each([
    ['build', true, true],
    ['deep/build', true, true],
    ['build', false, false],
    ['a.tmp.yaml', false, true],
    ['sub/a.tmp.yaml', false, true],
    ['keep.tmp.yaml', false, false],
    ['rendered', true, true],
    ['sub/rendered', true, false],
    ['charts/values.yaml', false, true],
    ['charts/a/b/values.yaml', false, true],
    ['values.yaml', false, false],
    ['secret1.yaml', false, true],
    ['secret12.yaml', false, false],
    ['x7.yaml', false, true],
    ['xa.yaml', false, false],
  ])('%s (folder %s) ignored: %s', (path, isDir, ignored) => {
    expect(list.ignores(path, isDir)).toBe(ignored)
  })

  it('ignores nothing for an empty file', () => {
    expect(parseGitignore('').ignores('a.yaml', false)).toBe(false)
  })
})
