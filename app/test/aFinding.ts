/** Test-only: a located finding with every field filled, overridden where a test cares. */
import type { LocatedFinding } from '../../src/derive/types'

export function aFinding(over: Partial<LocatedFinding> = {}): LocatedFinding {
  return {
    rule: 'some-rule',
    severity: 'error',
    path: ['spec', 'mode'],
    message: { en: 'English message', ko: '한국어 메시지' },
    explanation: { en: 'x', ko: 'x' },
    source: 'test',
    ...over,
  }
}
