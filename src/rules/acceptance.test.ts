/**
 * Acceptance against the reference data: every operator sample lints without errors (apart from
 * the two the reference calls wrong), and each seed-page example gets the findings its mistakes
 * deserve (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/config/samples, https://milvus.io/docs/message_storage_operator.md). Skips when ../shared is absent.
 */
import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../derive'
import { applyPatches } from '../yaml'
import {
  HAS_SHARED,
  listSamples,
  readSample,
  seedExamples,
  SKIP_REASON,
} from '../test/sharedReference'

/** Errors the reference documents as real mistakes in the samples. */
const EXPECTED_SAMPLE_ERRORS: readonly { file: string; rule: string }[] = [
  { file: 'milvus_natsmq.yaml', rule: 'natsmq-removed-in-milvus-2-6' },
  { file: 'milvus_pulsar_with_authn_jwt_token.yaml', rule: 'schema-unknown-key' },
]

function milvusDocs(file: string) {
  return deriveDocument(readSample(file)).documents.filter((d) => d.isMilvus)
}

describe.skipIf(!HAS_SHARED)(
  `operator samples (${HAS_SHARED ? 'reference present' : SKIP_REASON})`,
  () => {
    const files = HAS_SHARED ? listSamples() : []

    it('finds the 42 sample files and 44 Milvus documents', () => {
      expect(files).toHaveLength(42)
      expect(files.flatMap(milvusDocs)).toHaveLength(44)
    })

    it.each(files)('%s has no unexpected error', (file) => {
      const errors = milvusDocs(file).flatMap((d) =>
        d.findings.filter((f) => f.severity === 'error'),
      )
      const unexpected = errors.filter(
        (f) => !EXPECTED_SAMPLE_ERRORS.some((e) => e.file === file && e.rule === f.rule),
      )
      expect(unexpected.map((f) => `${f.rule} at ${f.path.join('.')}: ${f.message.en}`)).toEqual([])
    })

    it.each(EXPECTED_SAMPLE_ERRORS)('$file gets its expected $rule error', ({ file, rule }) => {
      const rules = milvusDocs(file).flatMap((d) =>
        d.findings.filter((f) => f.severity === 'error').map((f) => f.rule),
      )
      expect(rules).toContain(rule)
    })
  },
)

interface SeedCase {
  name: string
  /** rule ids that must be present */
  expect: readonly string[]
  /** rule ids allowed to be errors */
  errors: readonly string[]
}

const SEED_CASES: readonly SeedCase[] = [
  { name: 'rocksmq', expect: ['message-log-pvc-deletion'], errors: [] },
  {
    name: 'natsmq',
    expect: [
      'v1alpha1-is-standalone',
      'natsmq-removed-in-milvus-2-6',
      'schema-unknown-key',
      'embedded-store-without-persistence',
    ],
    errors: ['natsmq-removed-in-milvus-2-6', 'schema-unknown-key'],
  },
  {
    name: 'external pulsar',
    expect: [
      'v1alpha1-is-standalone',
      'schema-unknown-key',
      'unused-store-block',
      'default-store-choice',
    ],
    errors: ['schema-unknown-key'],
  },
  {
    name: 'internal pulsar',
    expect: [
      'v1alpha1-is-standalone',
      'chart-values-unknown-key',
      'unused-store-block',
      'default-store-choice',
    ],
    errors: [],
  },
  {
    name: 'external kafka',
    expect: ['v1alpha1-is-standalone', 'kafka-sasl-settings-ignored', 'kafka-version-notes'],
    errors: [],
  },
  { name: 'internal kafka', expect: ['v1alpha1-is-standalone'], errors: [] },
]

describe.skipIf(!HAS_SHARED)('seed page examples', () => {
  const seeds = HAS_SHARED ? seedExamples() : []

  it('has the six examples in order', () => {
    expect(seeds).toHaveLength(SEED_CASES.length)
  })

  it.each(SEED_CASES.map((c, i) => [c.name, i, c] as const))(
    '%s gets the findings its mistakes deserve',
    (_name, i, c) => {
      const derived = deriveDocument(seeds[i] ?? '')
      const rules = derived.findings.map((f) => f.rule)
      for (const id of c.expect) expect(rules).toContain(id)
      const errors = derived.findings.filter((f) => f.severity === 'error').map((f) => f.rule)
      expect(errors.filter((id) => !c.errors.includes(id))).toEqual([])
    },
  )

  it('points the NATS example at spec.config.natsmq.server and the Pulsar one at endpoint', () => {
    const nats = deriveDocument(seeds[1] ?? '').findings.find(
      (f) => f.rule === 'schema-unknown-key',
    )
    expect(nats?.path).toEqual(['spec', 'dependencies', 'natsmq', 'server'])
    expect(
      nats?.fix?.patches.some(
        (p) => p.op === 'set' && p.path.join('.') === 'spec.config.natsmq.server',
      ),
    ).toBe(true)
    const pulsar = deriveDocument(seeds[2] ?? '').findings.find(
      (f) => f.rule === 'schema-unknown-key',
    )
    expect(pulsar?.fix?.patches).toContainEqual({
      op: 'set',
      path: ['spec', 'dependencies', 'pulsar', 'endpoint'],
      value: '192.168.1.1:6650',
    })
  })

  it('names the empty SASL credentials of the external Kafka example', () => {
    const sasl = deriveDocument(seeds[4] ?? '').findings.find(
      (f) => f.rule === 'kafka-sasl-settings-ignored',
    )
    expect(sasl?.message.en).toMatch(/saslMechanisms, saslUsername, saslPassword .*PLAINTEXT/)
  })

  it('flags both bookkeeper typos of the internal Pulsar example', () => {
    const typos = deriveDocument(seeds[3] ?? '')
      .findings.filter((f) => f.rule === 'chart-values-unknown-key')
      .map((f) => f.path.at(-1))
    expect(typos).toEqual(expect.arrayContaining(['resoureces', 'limit']))
  })
})

/** Applies each fix to the text and checks that its finding is gone. */
function unclearedFixes(text: string, docIndex: number): string[] {
  const doc = deriveDocument(text).documents[docIndex]
  const out: string[] = []
  for (const f of doc?.findings ?? []) {
    if (!f.fix) continue
    const after = deriveDocument(applyPatches(text, f.fix.patches, docIndex)).documents[docIndex]
    const key = f.path.join('.')
    if (after?.findings.some((g) => g.rule === f.rule && g.path.join('.') === key))
      out.push(`${f.rule} at ${key}`)
  }
  return out
}

describe.skipIf(!HAS_SHARED)('fixes applied to the real text', () => {
  it.each(
    HAS_SHARED ? seedExamples().map((s, i) => [SEED_CASES[i]?.name ?? String(i), s] as const) : [],
  )('every fix on the %s seed example clears its finding', (_name, text) => {
    expect(unclearedFixes(text, 0)).toEqual([])
  })

  it('pins the image where a v1alpha1 document keeps it (spec.image)', () => {
    const nats = deriveDocument(seedExamples()[1] ?? '').findings.find(
      (f) => f.rule === 'natsmq-removed-in-milvus-2-6',
    )
    expect(nats?.fix?.patches).toEqual([
      { op: 'set', path: ['spec', 'image'], value: 'milvusdb/milvus:v2.5.16' },
    ])
  })

  it.each(HAS_SHARED ? listSamples() : [])('every fix on sample %s clears its finding', (file) => {
    const text = readSample(file)
    const indexes = deriveDocument(text)
      .documents.filter((d) => d.isMilvus)
      .map((d) => d.index)
    expect(indexes.flatMap((i) => unclearedFixes(text, i))).toEqual([])
  })
})
