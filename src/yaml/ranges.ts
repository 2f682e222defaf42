/**
 * Offsets -> editor ranges, and the duplicate-key problem text, shared by both parse paths (the
 * `yaml` library's and the fast one) so their output cannot drift apart. Pure.
 */
import type { LineCounter } from 'yaml'
import type { Range, YamlProblem } from './types'

export function toRange(lc: LineCounter, start: number, end: number): Range {
  const a = lc.linePos(start)
  const b = lc.linePos(end)
  return {
    start: { line: Math.max(1, a.line), col: a.col, offset: start },
    end: { line: Math.max(1, b.line), col: b.col, offset: end },
  }
}

export function duplicateProblem(
  lc: LineCounter,
  key: string,
  start: number,
  end: number,
): YamlProblem {
  return {
    code: 'yaml-duplicate-key',
    message: `The key "${key}" appears twice in this mapping; keep only one.`,
    messageKo: `"${key}" 키가 이 매핑에 두 번 나옵니다. 하나만 남겨 주세요.`,
    range: toRange(lc, start, end),
  }
}
