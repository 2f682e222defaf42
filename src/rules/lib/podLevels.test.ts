import { describe, expect, it } from 'vitest'
import { milvus } from '../../test/ruleKit'
import { podLevels, podListItems } from './podLevels'

describe('podLevels', () => {
  const r = milvus({
    components: {
      env: [{ name: 'A' }, 'not a map'],
      proxy: { env: [{ name: 'B' }] },
      queryNode: { env: 'not a list' },
    },
  })

  it('puts the global level first', () => {
    const [global, ...components] = podLevels(r)
    expect(global?.component).toBeUndefined()
    expect(components.map((l) => l.component)).toEqual(['proxy', 'queryNode'])
  })

  it('lists the map items of a list field on every level, with their paths', () => {
    expect(podListItems(r, 'env').map(({ item, path }) => [item.name, path])).toEqual([
      ['A', ['spec', 'components', 'env', 0]],
      ['B', ['spec', 'components', 'proxy', 'env', 0]],
    ])
  })
})
