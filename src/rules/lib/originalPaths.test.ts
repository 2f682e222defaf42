import { describe, expect, it } from 'vitest'
import type { Fix } from '../types'
import { fixForOriginal } from './originalPaths'

const fix = (...paths: (readonly (string | number)[])[]): Fix => ({
  title: { en: 't', ko: '제목' },
  patches: paths.map((path) => ({ op: 'set', path, value: 1 })),
})
const alpha = {
  apiVersion: 'milvus.io/v1alpha1',
  kind: 'Milvus',
  metadata: { name: 'a' },
  spec: { persistence: { enabled: false } },
}
const beta = { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name: 'a' }, spec: {} }

describe('fixForOriginal', () => {
  it('leaves v1beta1 fixes untouched', () => {
    const f = fix(['spec', 'components', 'image'])
    expect(fixForOriginal(f, beta)).toBe(f)
  })

  it.each([
    [
      ['spec', 'components', 'standalone', 'image'],
      ['spec', 'image'],
    ],
    [
      ['spec', 'dependencies', 'rocksmq', 'persistence', 'enabled'],
      ['spec', 'persistence', 'enabled'],
    ],
    [
      ['spec', 'dependencies', 'msgStreamType'],
      ['spec', 'dependencies', 'msgStreamType'],
    ],
    [['apiVersion'], ['apiVersion']],
  ])('maps %j to %j in a v1alpha1 document', (from, to) => {
    expect(fixForOriginal(fix(from), alpha)?.patches[0]?.path).toEqual(to)
  })

  it.each([[['spec', 'mode']], [['spec', 'components', 'enableRollingUpdate']]])(
    'drops a fix that v1alpha1 cannot hold (%j)',
    (path) => {
      expect(
        fixForOriginal(fix(['spec', 'dependencies', 'msgStreamType'], path), alpha),
      ).toBeUndefined()
    },
  )
})
