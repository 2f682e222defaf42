import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../../src/derive'
import { PRESETS } from '../../src/presets'
import { createDeriveHandler, onDeriveRequest } from './derive.worker'
import type { DeriveFindings, DeriveMessage, DeriveReply, DeriveResult } from './deriveWork'
import { createWorkerDeriver, type WorkerPort } from './workerDeriver'

/** What crosses the worker boundary: a structured clone, as postMessage makes it. */
function throughWorker(
  source: string,
  baseline: DeriveResult['derived']['resource'] | null = null,
): DeriveResult {
  let answer: DeriveResult | undefined
  onDeriveRequest(
    structuredClone({ version: 7, source, baseline }),
    (r) => (answer = structuredClone(r)),
  )
  if (!answer) throw new Error('the worker handler did not answer')
  return answer
}

describe('the derive worker', () => {
  it.each(PRESETS.map((p) => [p.id, p.yaml] as const))(
    "gives the main thread's findings for preset %s",
    (_id, yaml) => {
      const result = throughWorker(yaml)
      const main = deriveDocument(yaml)
      expect(result.version).toBe(7)
      expect(result.derived.findings).toEqual(main.findings)
      expect(result.derived.resource).toEqual(main.resource)
      expect(result.derived.ok).toBe(main.ok)
      expect(result.withoutBaseline).toEqual(main.findings)
    },
  )

  it('computes the findings with and without a baseline', () => {
    const running = PRESETS.find((p) => /kafka/.test(p.id))
    const edited = PRESETS.find((p) => /pulsar/.test(p.id))
    if (!running || !edited) throw new Error('presets changed')
    const baseline = deriveDocument(running.yaml).resource ?? null
    const result = throughWorker(edited.yaml, baseline)
    expect(result.derived.findings).toEqual(
      deriveDocument(edited.yaml, baseline ? { baseline } : {}).findings,
    )
    expect(result.withoutBaseline).toEqual(deriveDocument(edited.yaml).findings)
  })
})

/**
 * The worker in memory behind a deriver in edits mode: messages are structured clones, read in
 * order when the test says so; `got` collects the answers the deriver passes on.
 */
function memoryWorker() {
  let handle = createDeriveHandler()
  const inbox: DeriveMessage[] = []
  const kinds: ('edit' | 'whole')[] = []
  const port: WorkerPort<DeriveMessage> = {
    postMessage: (m) => {
      kinds.push('source' in m ? 'whole' : 'edit')
      inbox.push(structuredClone(m))
    },
    onmessage: null,
    onerror: null,
    terminate: () => {},
  }
  const step = (): boolean => {
    const message = inbox.shift()
    if (!message) return false
    handle(message, (reply) =>
      port.onmessage?.({ data: structuredClone(reply) } as MessageEvent<DeriveReply>),
    )
    return true
  }
  const got: (DeriveResult | DeriveFindings)[] = []
  const deriver = createWorkerDeriver(
    port,
    (r) => got.push(r),
    () => {},
    { edits: true },
  )
  return {
    deriver,
    got,
    inbox,
    kinds,
    step,
    drain: () => {
      while (step());
    },
    /** A new worker that holds no text (as after a reload of the worker script). */
    restart: () => void (handle = createDeriveHandler()),
  }
}

/** Deterministic edits: replace a span of `text` with a piece of another text. */
function randomEdits(seed: number, start: string, donors: readonly string[], count: number) {
  let x = seed
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x % Math.max(1, n)
  }
  const texts: string[] = []
  let text = start
  for (let i = 0; i < count; i++) {
    const donor = donors[next(donors.length)] ?? ''
    const from = next(text.length + 1)
    const to = Math.min(text.length, from + next(40))
    const at = next(donor.length + 1)
    text = text.slice(0, from) + donor.slice(at, at + next(60)) + text.slice(to)
    texts.push(text)
  }
  return texts
}

describe('the derive worker, sent edits', () => {
  const yamls = PRESETS.map((p) => p.yaml)

  it('reaches the text and findings of the whole-text path, answer by answer', () => {
    const { deriver, got, ...worker } = memoryWorker()
    const texts = randomEdits(11, yamls[0] ?? '', yamls, 25)
    texts.forEach((source, i) => {
      deriver.derive({ version: i + 1, source, baseline: null })
      worker.drain()
    })
    // Every message after the first is an edit, and each answer is the whole-text path's findings.
    expect(worker.kinds).toEqual(texts.map((_, i) => (i === 0 ? 'whole' : 'edit')))
    expect(got.map((r) => r.version)).toEqual(texts.map((_, i) => i + 1))
    got.forEach((r, i) => {
      const whole = deriveDocument(texts[i] ?? '')
      expect('derived' in r).toBe(false)
      const lean = r as DeriveFindings
      expect(lean.findings).toEqual(whole.findings)
      expect(lean.documentFindings).toEqual(whole.documents.map((d) => d.findings))
      expect(lean.withoutBaseline).toEqual(whole.findings)
    })
  })

  it('skips stale versions while the worker is busy and still ends on the newest text', () => {
    const { deriver, got: answers, ...worker } = memoryWorker()
    const texts = randomEdits(5, yamls[1] ?? '', yamls, 12)
    // Versions 1..12 arrive faster than the worker answers; it reads one message in three.
    texts.forEach((source, i) => {
      deriver.derive({ version: i + 1, source, baseline: null })
      if (i % 3 === 2) worker.step()
    })
    worker.drain()
    const got = answers.map((r) => r.version)
    expect(got.length).toBeLessThan(texts.length)
    expect(got.at(-1)).toBe(texts.length)
    expect(got).toEqual([...got].sort((a, b) => a - b))
    expect((answers.at(-1) as DeriveFindings).findings).toEqual(
      deriveDocument(texts.at(-1) ?? '').findings,
    )
  })

  it('sends the whole text again when the worker does not hold the edited version', () => {
    const { deriver, got, ...worker } = memoryWorker()
    const [a, b, c] = randomEdits(9, yamls[2] ?? '', yamls, 3)
    deriver.derive({ version: 1, source: a ?? '', baseline: null })
    worker.drain()
    worker.restart()
    deriver.derive({ version: 2, source: b ?? '', baseline: null })
    expect(worker.inbox[0]).toHaveProperty('base', 1)
    worker.step()
    // The restarted worker answered `resend`; the deriver has sent version 2 whole.
    expect(worker.inbox[0]).toHaveProperty('source', b)
    worker.drain()
    deriver.derive({ version: 3, source: c ?? '', baseline: null })
    worker.drain()
    expect(got.map((r) => r.version)).toEqual([1, 2, 3])
    expect((got[1] as DeriveFindings).findings).toEqual(deriveDocument(b ?? '').findings)
    expect((got[2] as DeriveFindings).findings).toEqual(deriveDocument(c ?? '').findings)
  })

  it('answers an edit of a version it does not hold with resend, and derives nothing', () => {
    const handle = createDeriveHandler()
    const replies: DeriveReply[] = []
    const post = (r: DeriveReply) => void replies.push(r)
    handle({ version: 4, source: yamls[0] ?? '', baseline: null }, post)
    handle({ version: 6, base: 5, start: 0, end: 0, text: '#\n', baseline: null }, post)
    expect(replies[1]).toEqual({ version: 6, resend: true })
    // After a resend it holds nothing: even an edit of version 4 needs the whole text.
    handle({ version: 7, base: 4, start: 0, end: 0, text: '#\n', baseline: null }, post)
    expect(replies[2]).toEqual({ version: 7, resend: true })
  })
})
