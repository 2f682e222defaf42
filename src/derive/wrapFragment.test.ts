import { describe, expect, it } from 'vitest'
import { deriveDocument } from './deriveDocument'
import { wrapFragment } from './wrapFragment'

describe('wrapFragment', () => {
  it('indents a dependencies fragment under spec and adds apiVersion, kind and a name', () => {
    const source = '# from the docs\ndependencies:\n  msgStreamType: kafka   # keep\n'
    const wrapped = wrapFragment(source)
    expect(wrapped).toBe(
      '# from the docs\napiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: my-milvus\nspec:\n  dependencies:\n    msgStreamType: kafka   # keep\n',
    )
    const d = deriveDocument(wrapped ?? '')
    expect([d.milvusIndex, d.resource?.spec.dependencies?.msgStreamType]).toEqual([0, 'kafka'])
  })

  it('adds only apiVersion and kind to a resource that lacks them', () => {
    expect(wrapFragment('metadata:\n  name: a\nspec:\n  mode: cluster\n')).toBe(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a\nspec:\n  mode: cluster\n',
    )
  })

  it('is undefined when there is no fragment', () => {
    expect(wrapFragment('apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n')).toBeUndefined()
  })
})
