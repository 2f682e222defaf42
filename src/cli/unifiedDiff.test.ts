import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { unifiedDiff } from './unifiedDiff'

/** Applies a unified diff made by unifiedDiff (hunks in order, context checked). */
function applyDiff(before: string, diff: string): string {
  const src = before === '' ? [] : before.replace(/\n$/, '').split('\n')
  const out: string[] = []
  let at = 0
  for (const line of diff.split('\n').slice(2)) {
    const hunk = /^@@ -(\d+),(\d+) /.exec(line)
    if (hunk) {
      const start = Number(hunk[2]) === 0 ? Number(hunk[1]) : Number(hunk[1]) - 1
      out.push(...src.slice(at, start))
      at = start
    } else if (line.startsWith(' ') || line.startsWith('-')) {
      expect(src[at]).toBe(line.slice(1))
      if (line.startsWith(' ')) out.push(line.slice(1))
      at++
    } else if (line.startsWith('+')) out.push(line.slice(1))
  }
  out.push(...src.slice(at))
  return out.length === 0 ? '' : `${out.join('\n')}\n`
}

describe('unifiedDiff', () => {
  it('is empty for equal texts and shows a change with three lines of context', () => {
    expect(unifiedDiff('a.yaml', 'x\n', 'x\n')).toBe('')
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n'
    const diff = unifiedDiff('a.yaml', before, before.replace('e\n', 'E\n'))
    expect(diff).toBe(
      '--- a/a.yaml\n+++ b/a.yaml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n',
    )
  })

  it('marks a missing final newline', () => {
    expect(unifiedDiff('/abs.yaml', 'a\n', 'a')).toContain(
      '--- /abs.yaml\n+++ /abs.yaml\n@@ -1,1 +1,1 @@\n-a\n+a\n\\ No newline at end of file',
    )
  })

  it('applies back to the new text (property)', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'key: 1', '# note', ''), {
      maxLength: 30,
    })
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const before = a.length ? `${a.join('\n')}\n` : ''
        const after = b.length ? `${b.join('\n')}\n` : ''
        expect(applyDiff(before, unifiedDiff('f', before, after))).toBe(after)
      }),
    )
  })
})
