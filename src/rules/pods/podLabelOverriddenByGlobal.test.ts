import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus } from '../../test/ruleKit'
import { podLabelOverriddenByGlobal as rule } from './podLabelOverriddenByGlobal'

describe('pod-label-overridden-by-global', () => {
  it('warns when a component label is replaced by the global one', () => {
    const doc = cluster({
      components: { podLabels: { team: 'platform' }, queryNode: { podLabels: { team: 'search' } } },
    } as never)
    const findings = findingsOf(rule, doc)
    expect(findings.map((f) => [f.path, f.severity])).toEqual([
      [['spec', 'components', 'queryNode', 'podLabels', 'team'], 'warning'],
    ])
    expect(findings[0]?.message.en).toContain('platform')
  })

  it('warns for annotations too', () => {
    const doc = cluster({
      components: { podAnnotations: { a: '1' }, proxy: { podAnnotations: { a: '2' } } },
    } as never)
    expect(findingsOf(rule, doc).map((f) => f.path)).toEqual([
      ['spec', 'components', 'proxy', 'podAnnotations', 'a'],
    ])
  })

  it.each([
    [
      'the same value in both',
      cluster({
        components: { podLabels: { a: 'x' }, queryNode: { podLabels: { a: 'x' } } },
      } as never),
    ],
    [
      'different keys',
      cluster({
        components: { podLabels: { a: 'x' }, queryNode: { podLabels: { b: 'y' } } },
      } as never),
    ],
    [
      'only component labels',
      cluster({ components: { queryNode: { podLabels: { b: 'y' } } } } as never),
    ],
    ['no components', milvus()],
  ])('stays quiet for %s', (_, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })
})
