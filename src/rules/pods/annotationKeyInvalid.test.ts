import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus } from '../../test/ruleKit'
import { annotationKeyInvalid as rule } from './annotationKeyInvalid'

describe('annotation-key-invalid', () => {
  it.each([
    ['a key with a space', { podAnnotations: { 'my note': 'x' } }, 'podAnnotations', 'my note'],
    ['a key with two slashes', { podAnnotations: { 'a/b/c': 'x' } }, 'podAnnotations', 'a/b/c'],
    [
      'a null value',
      { podAnnotations: { 'example.com/owner': null } },
      'podAnnotations',
      'example.com/owner',
    ],
  ])('refuses %s', (_, components, field, key) => {
    expect(findingsOf(rule, milvus({ components } as never)).map((f) => f.path)).toEqual([
      ['spec', 'components', field, key],
    ])
  })

  it('checks the service annotations of the proxy', () => {
    const doc = cluster({
      components: { proxy: { serviceAnnotations: { 'bad key': 'x' } } },
    } as never)
    expect(findingsOf(rule, doc).map((f) => f.path)).toEqual([
      ['spec', 'components', 'proxy', 'serviceAnnotations', 'bad key'],
    ])
  })

  it.each([
    [
      'free-text values',
      { podAnnotations: { 'prometheus.io/scrape': 'true', note: 'any text: here' } },
    ],
    ['no annotations', {}],
  ])('stays quiet for %s', (_, components) => {
    expect(findingsOf(rule, milvus({ components } as never))).toEqual([])
  })

  it('stays quiet without components', () => {
    expect(findingsOf(rule, milvus())).toEqual([])
  })
})
