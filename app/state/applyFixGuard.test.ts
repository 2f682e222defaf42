import { beforeEach, describe, expect, it } from 'vitest'
import type { LocatedFinding } from '../../src/derive/types'
import { getInitialState, useStudioStore } from './store'

const ALPHA =
  'apiVersion: milvus.io/v1alpha1\nkind: Milvus\nmetadata:\n  name: old\nspec:\n  dependencies: {}\n'

function fixWriting(path: readonly (string | number)[], value: unknown): LocatedFinding {
  return {
    rule: 'test-rule',
    severity: 'warning',
    path: ['spec'],
    message: { en: 'm', ko: 'm' },
    explanation: { en: 'e', ko: 'e' },
    source: 'test',
    fix: { title: { en: 'Fix', ko: '수정' }, patches: [{ op: 'set', path, value }] },
  }
}

const store = () => useStudioStore.getState()

beforeEach(() => useStudioStore.setState(getInitialState(), true))

describe('applyFix on a v1alpha1 document', () => {
  it('refuses a fix that writes a v1beta1-only path, as setField does, and says why', () => {
    store().setSource(ALPHA, 'import')
    store().applyFix(fixWriting(['spec', 'components', 'resources', 'limits', 'memory'], '10Gi'))
    expect(store().source).toBe(ALPHA)
    expect(store().notices.some((n) => n.kind === 'warning' && n.text.includes('v1alpha1'))).toBe(
      true,
    )
    store().setField(['spec', 'mode'], 'cluster')
    expect(store().source).toBe(ALPHA)
  })

  it('still applies a fix that writes a path v1alpha1 has', () => {
    store().setSource(ALPHA, 'import')
    store().applyFix(fixWriting(['metadata', 'name'], 'renamed'))
    expect(store().source).toContain('name: renamed')
    expect(store().lastOrigin).toBe('fix')
  })
})
