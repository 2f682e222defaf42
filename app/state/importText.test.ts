import { beforeEach, describe, expect, it } from 'vitest'
import { loadText, MAX_IMPORT_CHARS } from './importText'
import { getInitialState, useStudioStore } from './store'

const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: kafka-login
stringData:
  username: someone
`
const MILVUS = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: edited
spec:
  mode: standalone
`
const ALPHA = `apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: old-style
spec:
  dependencies:
    msgStreamType: kafka
`

const texts = () => useStudioStore.getState().notices.map((n) => n.message?.en ?? n.text)

beforeEach(() => useStudioStore.setState(getInitialState(), true))

describe('loadText', () => {
  it('edits the Milvus document of a multi-document text and says the others are kept', () => {
    loadText(`${SECRET}---\n${MILVUS}`, 'import')
    const { derived, source } = useStudioStore.getState()
    expect(source).toBe(`${SECRET}---\n${MILVUS}`)
    expect(derived.milvusIndex).toBe(1)
    expect(texts().join('\n')).toMatch(/2 documents.*"edited" \(document 2\).*other 1/)
  })

  it('tells the user when a v1alpha1 document was lifted', () => {
    loadText(ALPHA, 'import')
    expect(texts().join('\n')).toContain('milvus.io/v1alpha1')
    const notice = useStudioStore.getState().notices.find((n) => n.message?.ko.includes('v1alpha1'))
    expect(notice?.kind).toBe('warning')
  })

  it('warns when there is no Milvus resource at all', () => {
    loadText(SECRET, 'import')
    expect(texts().join('\n')).toContain('No Milvus resource')
  })

  it('refuses a text beyond the limit and changes nothing', () => {
    const before = useStudioStore.getState().source
    loadText('#'.repeat(MAX_IMPORT_CHARS + 1), 'import')
    expect(useStudioStore.getState().source).toBe(before)
    expect(useStudioStore.getState().notices[0]?.kind).toBe('error')
  })

  it('is one undo step', () => {
    const before = useStudioStore.getState().source
    loadText(MILVUS, 'preset')
    useStudioStore.getState().undo()
    expect(useStudioStore.getState().source).toBe(before)
  })
})
