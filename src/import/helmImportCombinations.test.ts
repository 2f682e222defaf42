/**
 * Every message-queue combination the chart's values allow (cluster or standalone, each store
 * switch on or off, every standalone.messageQueue) imports to a resource that lints without
 * errors, unless the release itself could not run (then the import says so as an error note).
 */
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { deriveDocument } from '../derive'
import { HELM_STORE_FLAGS, effectiveMsgStreamType } from '../model'
import { importHelmValues } from './helmImport'
import { chooseStore } from './helmStoreChoice'
import { chartProfile, type ChartProfile } from './helmProfile'

const FLAGS = HELM_STORE_FLAGS
const QUEUES = ['rocksmq', 'natsmq', 'woodpecker', 'pulsar', 'kafka'] as const
/** What a real file enabling an external store also gives: where it is and how to log in. */
const EXTERNAL = {
  externalPulsar: { host: 'pulsar.example', port: 6650 },
  externalKafka: { brokerList: 'k1:9092,k2:9092', sasl: { username: 'u', password: 'p' } },
}

function valuesFor(cluster: boolean, mask: number, queue: string): Record<string, unknown> {
  const values: Record<string, unknown> = {
    cluster: { enabled: cluster },
    standalone: { messageQueue: queue },
  }
  FLAGS.forEach((flag, i) => {
    values[flag] = {
      enabled: (mask & (1 << i)) !== 0,
      ...(flag in EXTERNAL ? EXTERNAL[flag as keyof typeof EXTERNAL] : {}),
    }
  })
  return values
}

const combos = [true, false].flatMap((cluster) =>
  Array.from({ length: 1 << FLAGS.length }, (_, mask) => mask).flatMap((mask) =>
    (cluster ? ['woodpecker'] : QUEUES).map((queue) => [cluster, mask, queue] as const),
  ),
)

describe('every message-queue combination of the chart', () => {
  const profile = chartProfile() as ChartProfile

  it(`imports ${combos.length} combinations to resources that lint without errors`, () => {
    const failures: string[] = []
    for (const [cluster, mask, queue] of combos) {
      const values = valuesFor(cluster, mask, queue)
      const expected = chooseStore({ values, profile, notes: [] })
      const result = importHelmValues(stringify(values), { name: 'combo' })
      const label = `cluster=${String(cluster)} flags=${FLAGS.filter((_, i) => mask & (1 << i)).join('+') || '-'} queue=${queue}`
      const errorNotes = result.notes.filter((n) => n.kind === 'error')
      if (expected.kind === 'none') {
        if (errorNotes.length === 0) failures.push(`${label}: no queue rendered but no error note`)
        continue
      }
      if (errorNotes.length > 0) failures.push(`${label}: ${errorNotes[0]?.message.en ?? ''}`)
      if (!result.resource || effectiveMsgStreamType(result.resource) !== expected.kind)
        failures.push(`${label}: not ${expected.kind}`)
      // NATS is gone from Milvus 2.6, which chart 5 deploys: the release itself would crash, and the lint says so.
      const errors = deriveDocument(result.yaml).findings.filter(
        (f) => f.severity === 'error' && f.rule !== 'natsmq-removed-in-milvus-2-6',
      )
      if (errors.length > 0)
        failures.push(`${label}: ${errors.map((f) => `${f.rule} ${f.path.join('.')}`).join(', ')}`)
    }
    expect(failures).toEqual([])
  })

  it('imports NATS cleanly for a chart 4 release pinned to Milvus 2.5', () => {
    const values = {
      cluster: { enabled: false },
      standalone: { messageQueue: 'natsmq' },
      image: { all: { tag: 'v2.5.14' } },
    }
    const result = importHelmValues(stringify(values), { chartVersion: '4.2.56' })
    expect(result.resource && effectiveMsgStreamType(result.resource)).toBe('natsmq')
    expect(deriveDocument(result.yaml).findings.filter((f) => f.severity === 'error')).toEqual([])
  })
})
