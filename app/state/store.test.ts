import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aFinding } from '../test/aFinding'
import { EXTERNAL_KAFKA_HEAD } from '../test/externalKafka'
import { blankSource } from './blankSource'
import { selectIsReadOnly, selectResource } from './selectors'
import { getInitialState, useStudioStore } from './store'

const KAFKA = `# a commented cluster on external Kafka
${EXTERNAL_KAFKA_HEAD}        - kafka-0:9092
  config:
    kafka:
      securityProtocol: SASL_SSL
`

const store = () => useStudioStore.getState()

beforeEach(() => {
  useStudioStore.setState(getInitialState(), true)
  vi.useRealTimers()
})

describe('useStudioStore document actions', () => {
  it('starts from the blank preset with nothing to undo', () => {
    expect(store().source).toBe(blankSource())
    expect(store().derived.ok).toBe(true)
    expect(store().canUndo).toBe(false)
  })

  it('wraps a pasted fragment into a full resource that becomes the edited document', () => {
    store().setSource('dependencies:\n  msgStreamType: kafka\n', 'import')
    expect(store().derived.milvusIndex).toBe(-1)
    store().wrapFragment()
    expect(store().derived.milvusIndex).toBe(0)
    expect(store().derived.resource?.spec.dependencies?.msgStreamType).toBe('kafka')
  })

  it('re-derives on setSource and records the origin', () => {
    store().setSource(KAFKA, 'import')
    expect(selectResource(store()).metadata.name).toBe('demo')
    expect(store().lastOrigin).toBe('import')
    expect(store().canUndo).toBe(true)
  })

  it('keeps the last good resource, read-only, while the text does not parse', () => {
    store().setSource(KAFKA, 'import')
    store().setSource(KAFKA.replace('  mode: cluster', '  mode: [cluster'), 'editor')
    expect(store().derived.ok).toBe(false)
    expect(selectIsReadOnly(store())).toBe(true)
    expect(selectResource(store()).metadata.name).toBe('demo')
    const broken = store().source
    store().setField(['spec', 'mode'], 'standalone')
    expect(store().source).toBe(broken)
  })

  it('setField edits only its line and keeps comments', () => {
    store().setSource(KAFKA, 'import')
    store().setField(['metadata', 'namespace'], 'milvus')
    expect(selectResource(store()).metadata.namespace).toBe('milvus')
    expect(store().source).toContain('name: demo # keep this comment')
    expect(store().source).toContain('# a commented cluster on external Kafka')
    expect(store().lastOrigin).toBe('form')
  })

  it('setField with undefined deletes the key', () => {
    store().setSource(KAFKA, 'import')
    store().setField(['spec', 'mode'], undefined)
    expect(selectResource(store()).spec.mode).toBeUndefined()
    expect(store().source).not.toContain('mode: cluster')
  })

  it('undo and redo walk across form and editor edits', () => {
    store().setSource(KAFKA, 'import')
    store().setField(['metadata', 'name'], 'renamed')
    const afterForm = store().source
    store().setSource(afterForm.replace('kafka-0:9092', 'kafka-1:9092'), 'editor')
    const afterEditor = store().source
    store().undo()
    expect(store().source).toBe(afterForm)
    expect(store().lastOrigin).toBe('undo')
    store().undo()
    expect(store().source).toBe(KAFKA)
    store().redo()
    store().redo()
    expect(store().source).toBe(afterEditor)
    expect(store().canRedo).toBe(false)
  })

  it('coalesces quick editor keystrokes into one undo step', () => {
    vi.useFakeTimers()
    vi.setSystemTime(10_000)
    store().setSource(KAFKA, 'import')
    vi.setSystemTime(20_000)
    store().setSource(KAFKA + '#', 'editor')
    vi.setSystemTime(20_100)
    store().setSource(KAFKA + '#a', 'editor')
    vi.setSystemTime(20_200)
    store().setSource(KAFKA + '#ab', 'editor')
    store().undo()
    expect(store().source).toBe(KAFKA)
  })

  it('applyFix applies the patches and can be undone', () => {
    store().setSource(KAFKA, 'import')
    const finding = aFinding({
      fix: {
        title: { en: 'Fix it', ko: '고치기' },
        patches: [{ op: 'set', path: ['spec', 'mode'], value: 'standalone' }],
      },
    })
    store().applyFix(finding)
    expect(selectResource(store()).spec.mode).toBe('standalone')
    expect(store().lastOrigin).toBe('fix')
    store().undo()
    expect(store().source).toBe(KAFKA)
  })

  it('switching store and back loses nothing', () => {
    store().setSource(KAFKA, 'import')
    store().switchMessageStore('pulsar')
    const r = selectResource(store())
    expect(r.spec.dependencies?.msgStreamType).toBe('pulsar')
    expect(r.spec.dependencies?.kafka).toBeUndefined()
    expect(r.spec.config?.kafka).toBeUndefined()
    expect(store().storeStash.kafka).toBeDefined()
    store().switchMessageStore('kafka')
    const back = selectResource(store())
    expect(back.spec.dependencies?.kafka).toEqual({ external: true, brokerList: ['kafka-0:9092'] })
    expect(back.spec.config?.kafka).toEqual({ securityProtocol: 'SASL_SSL' })
    expect(store().storeStash.kafka).toBeUndefined()
  })

  it('reset goes back to the blank preset and can be undone', () => {
    store().setSource(KAFKA, 'import')
    store().reset()
    expect(store().source).toBe(blankSource())
    store().undo()
    expect(store().source).toBe(KAFKA)
  })

  it('restore and link loads start a fresh history', () => {
    store().setSource(KAFKA, 'import')
    store().setSource(blankSource(), 'link')
    expect(store().canUndo).toBe(false)
  })

  it('setBaseline keeps the text and stores the baseline', () => {
    store().setSource(KAFKA, 'import')
    const resource = selectResource(store())
    store().setBaseline({ source: KAFKA, resource, label: 'running' })
    expect(store().baseline?.label).toBe('running')
    expect(store().source).toBe(KAFKA)
    store().setBaseline(null)
    expect(store().baseline).toBeNull()
  })
})

describe('useStudioStore ui actions', () => {
  it('revealPath bumps the nonce so the same path can be revealed twice', () => {
    store().revealPath(['spec', 'mode'])
    const first = store().reveal?.nonce ?? 0
    store().revealPath(['spec', 'mode'])
    expect(store().reveal?.nonce).toBe(first + 1)
  })

  it('setLang marks the language as chosen', () => {
    store().setLang('ko')
    expect(store().lang).toBe('ko')
    expect(store().langChosen).toBe(true)
  })

  it('notices can be pushed and dismissed', () => {
    store().pushNotice({ kind: 'info', text: 'hello' })
    const id = store().notices[0]?.id ?? -1
    store().dismissNotice(id)
    expect(store().notices).toEqual([])
  })
})

describe('form edits on a v1alpha1 document', () => {
  beforeEach(() => useStudioStore.setState(getInitialState(), true))

  it('refuses v1beta1-only paths with a notice and leaves the text alone', () => {
    const text =
      'apiVersion: milvus.io/v1alpha1\nkind: Milvus\nmetadata:\n  name: old\nspec:\n  dependencies: {}\n'
    useStudioStore.getState().setSource(text, 'import')
    useStudioStore.getState().setField(['spec', 'mode'], 'cluster')
    expect(useStudioStore.getState().source).toBe(text)
    expect(useStudioStore.getState().notices.at(-1)?.kind).toBe('warning')
    useStudioStore.getState().setField(['spec', 'dependencies', 'msgStreamType'], 'kafka')
    expect(useStudioStore.getState().source).toContain('msgStreamType: kafka')
  })
})
