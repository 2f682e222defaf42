import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deriveDocument } from '../../src/derive'
import { setDeriver } from './documentDerive'
import { createWorkerDeriver, mainThreadDeriver, type Deriver, type WorkerPort } from './deriver'
import { createDeriveHandler } from './derive.worker'
import {
  deriveFull,
  findingsOnly,
  type DeriveMessage,
  type DeriveRequest,
  type DeriveResult,
} from './deriveWork'
import { getInitialState, useStudioStore } from './store'

const doc = (name: string, replicas: number) => `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: ${name}
spec:
  mode: cluster
  dependencies:
    etcd:
      inCluster:
        values:
          replicaCount: ${replicas}
`
// An even etcd replica count is reported; an odd one is not.
const SLOW = doc('slow', 2)
const NEWER = doc('newer', 3)

/** A deriver that answers only when the test says so, in any order: a slow worker. */
function slowDeriver() {
  const pending: DeriveRequest[] = []
  const deriver: Deriver = { derive: (request) => void pending.push(request) }
  const answer = (source: string) => {
    const request = pending.find((r) => r.source === source)
    if (!request) throw new Error('no request for that text')
    useStudioStore.getState().receiveDerived(structuredClone(deriveFull(request)))
  }
  return { deriver, answer }
}

const store = () => useStudioStore.getState()

beforeEach(() => useStudioStore.setState(getInitialState(), true))
afterEach(() => void setDeriver(mainThreadDeriver))

describe('findings computed later (worker)', () => {
  it("never shows a slow derive's findings once a newer text is in place", () => {
    const { deriver, answer } = slowDeriver()
    setDeriver(deriver)
    const before = store().derived.findings
    store().setSource(SLOW, 'editor')
    store().setSource(NEWER, 'editor')
    // The form follows the newest text at once; the findings stay those of the last answer.
    expect(store().derived.resource?.metadata.name).toBe('newer')
    expect(store().derived.findings).toBe(before)
    answer(SLOW)
    expect(store().derived.findings).toBe(before)
    expect(store().derived.resource?.metadata.name).toBe('newer')
    answer(NEWER)
    expect(store().findingsVersion).toBe(store().version)
    expect(store().derived.findings).toEqual(deriveDocument(NEWER).findings)
    answer(SLOW)
    expect(store().derived.findings).toEqual(deriveDocument(NEWER).findings)
  })

  it('applies an answer for the current text even when an older one never came', () => {
    const { deriver, answer } = slowDeriver()
    setDeriver(deriver)
    store().setSource(SLOW, 'editor')
    answer(SLOW)
    expect(store().derived.findings.some((f) => f.rule.includes('etcd'))).toBe(true)
    expect(store().derived.findings).toEqual(deriveDocument(SLOW).findings)
  })
})

describe('createWorkerDeriver', () => {
  function fakePort() {
    const sent: DeriveRequest[] = []
    const port: WorkerPort = {
      postMessage: (m) => void sent.push(m),
      onmessage: null,
      onerror: null,
      terminate: () => {},
    }
    const reply = (r: DeriveResult) => port.onmessage?.({ data: r } as MessageEvent<DeriveResult>)
    return { port, sent, reply }
  }

  it('keeps one request in flight and sends only the newest waiting one', () => {
    const { port, sent, reply } = fakePort()
    const got: number[] = []
    const deriver = createWorkerDeriver(
      port,
      (r) => got.push(r.version),
      () => {},
    )
    for (const version of [1, 2, 3])
      expect(deriver.derive({ version, source: doc('a', version), baseline: null })).toBeUndefined()
    expect(sent.map((r) => r.version)).toEqual([1])
    reply(deriveFull(sent[0]!))
    expect(sent.map((r) => r.version)).toEqual([1, 3])
    reply(deriveFull(sent[1]!))
    expect(got).toEqual([1, 3])
  })

  it('reports a broken worker once', () => {
    const { port } = fakePort()
    let failures = 0
    createWorkerDeriver(
      port,
      () => {},
      () => failures++,
    )
    port.onerror?.(new Event('error'))
    expect(failures).toBe(1)
    expect(port.onerror).toBeNull()
  })
})

describe('findings sent as edits and answered lean (the browser worker)', () => {
  /** The store's deriver in edits mode, with a worker that answers only when the test says so. */
  function editsWorker() {
    const handle = createDeriveHandler()
    const inbox: DeriveMessage[] = []
    const port: WorkerPort<DeriveMessage> = {
      postMessage: (m) => void inbox.push(structuredClone(m)),
      onmessage: null,
      onerror: null,
      terminate: () => {},
    }
    const deriver = createWorkerDeriver(
      port,
      (r) => store().receiveDerived(r),
      () => {},
      { edits: true },
    )
    const step = () => {
      const m = inbox.shift()
      if (m) handle(m, (r) => port.onmessage?.({ data: structuredClone(r) } as MessageEvent))
    }
    return { deriver, step, inbox }
  }

  it("never shows an older text's findings, and ends with the whole-text path's state", () => {
    const { deriver, step, inbox } = editsWorker()
    setDeriver(deriver)
    const before = store().derived.findings
    store().setSource(SLOW, 'editor')
    store().setSource(doc('between', 4), 'editor')
    store().setSource(NEWER, 'editor')
    expect(inbox).toHaveLength(1)
    step() // the answer for SLOW arrives after NEWER is in place: dropped
    expect(store().derived.findings).toBe(before)
    expect(store().derived.resource?.metadata.name).toBe('newer')
    expect(inbox[0]).toHaveProperty('base')
    step()
    const whole = deriveDocument(NEWER)
    expect(store().findingsVersion).toBe(store().version)
    expect(store().derived.findings).toEqual(whole.findings)
    expect(store().derived.documents.map((d) => d.findings)).toEqual(
      whole.documents.map((d) => d.findings),
    )
    expect(store().derived.resource).toEqual(whole.resource)
    expect(store().derived.ok).toBe(whole.ok)
  })

  it('drops a lean answer that comes after the text moved on', () => {
    setDeriver({ derive: () => undefined })
    store().setSource(SLOW, 'editor')
    const stale = findingsOnly(
      deriveFull({ version: store().version, source: SLOW, baseline: null }),
    )
    store().setSource(NEWER, 'editor')
    const shown = store().derived
    store().receiveDerived(stale)
    expect(store().derived).toBe(shown)
  })
})
