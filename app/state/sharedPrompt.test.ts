import { beforeEach, describe, expect, it, vi } from 'vitest'
import { selectPathInfo } from './pathInfo'
import { answerShared, useSharedPrompt } from './sharedPrompt'
import { getInitialState, useStudioStore } from './store'

const SHARED = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: shared
spec:
  mode: cluster
  components:
    queryNode:
      resources: &res
        requests:
          memory: 4Gi
    dataNode:
      resources: *res
`
const MEMORY = ['spec', 'components', 'dataNode', 'resources', 'requests', 'memory']
const store = () => useStudioStore.getState()

beforeEach(() => {
  useStudioStore.setState(getInitialState(), true)
  useSharedPrompt.setState({ question: null, remembered: null }, true)
  store().setSource(SHARED, 'import')
})

describe('a form edit of data shared through an anchor', () => {
  it('asks before writing, and writes nothing when cancelled', () => {
    store().setField(MEMORY, '8Gi')
    expect(useSharedPrompt.getState().question?.data).toEqual({ anchor: 'res', line: 9, others: 1 })
    expect(store().source).toBe(SHARED)
    answerShared(null)
    expect(useSharedPrompt.getState().question).toBeNull()
    expect(store().source).toBe(SHARED)
  })

  it('only here: copies the value into this component; one undo restores the text byte for byte', () => {
    store().setField(MEMORY, '8Gi')
    answerShared('only-here')
    expect(store().source).toContain(
      '    dataNode:\n      resources:\n        requests:\n          memory: 8Gi\n',
    )
    expect(store().source).toContain('          memory: 4Gi\n')
    store().undo()
    expect(store().source).toBe(SHARED)
    // After undo the answer no longer holds: the next edit asks again.
    store().setField(MEMORY, '8Gi')
    expect(useSharedPrompt.getState().question).not.toBeNull()
  })

  it('all: changes the anchored value and keeps answering "all" while the same field is typed into', () => {
    store().setField(MEMORY, '1G')
    answerShared('all')
    store().setField(MEMORY, '1Gi')
    store().setField(MEMORY, '8Gi')
    expect(useSharedPrompt.getState().question).toBeNull()
    expect(store().source).toBe(SHARED.replace('memory: 4Gi', 'memory: 8Gi'))
  })

  it('tells the form where the value comes from, and which fields a construct freezes', () => {
    expect(selectPathInfo(store(), MEMORY).shared).toEqual({
      anchor: 'res',
      line: 9,
      others: 1,
      via: 'alias',
    })
    store().setSource(
      SHARED.replace(
        '    dataNode:\n      resources: *res\n',
        '    dataNode: { replicas: 2, # two\n      }\n',
      ),
      'editor',
    )
    expect(
      selectPathInfo(store(), ['spec', 'components', 'dataNode', 'replicas']).refusal?.construct,
    ).toBe('flow-comment')
  })

  it('shows the refusal of a construct in both languages instead of a generic notice', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    store().setSource(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec: { mode: cluster, # c\n  }\n',
      'editor',
    )
    store().setField(['spec', 'components', 'proxy', 'replicas'], 2)
    const notice = store().notices[store().notices.length - 1]
    expect(notice?.message?.en).toContain('flow collection')
    expect(notice?.message?.ko).toContain('흐름 컬렉션')
  })
})
