// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { libraryToText, readLibraryText } from './baselineLibrary'
import {
  BASELINES_KEY,
  compareWithBaseline,
  exportBaselines,
  importBaselines,
  markBaseline,
  removeBaseline,
  startBaselines,
  useBaselineLibrary,
} from './baselineStore'
import { MemoryStorage } from '../test/memoryStorage'
import { getInitialState, useStudioStore } from './store'

const ROCKS =
  'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: prod\nspec:\n  components:\n    image: milvusdb/milvus:v2.5.16\n  dependencies:\n    msgStreamType: rocksmq\n'
const NATS = ROCKS.replace('rocksmq', 'natsmq')

let storage: MemoryStorage

beforeEach(() => {
  storage = new MemoryStorage()
  useStudioStore.setState(getInitialState(), true)
  startBaselines(storage)
})

function restart(): void {
  useStudioStore.setState(getInitialState(), true)
  useStudioStore.getState().setSource(NATS, 'restore')
  startBaselines(storage)
}

describe('named baselines', () => {
  it('survive a restart, still active, with their change-safety findings', () => {
    useStudioStore.getState().setSource(NATS, 'import')
    expect(markBaseline('prod', ROCKS)).toBe(true)
    const before = useStudioStore.getState().derived.findings.map((f) => f.rule)
    expect(useStudioStore.getState().baseline?.label).toBe('prod')
    restart()
    expect(useBaselineLibrary.getState().active).toBe('prod')
    expect(useStudioStore.getState().baseline?.source).toBe(ROCKS)
    expect(useStudioStore.getState().derived.findings.map((f) => f.rule)).toEqual(before)
  })

  it('keeps several by name, replaces one of the same name, switches and removes', () => {
    markBaseline('dev', NATS, 1)
    markBaseline('prod', ROCKS, 2)
    markBaseline('dev', ROCKS, 3)
    expect(useBaselineLibrary.getState().items.map((b) => [b.name, b.savedAt])).toEqual([
      ['dev', 3],
      ['prod', 2],
    ])
    compareWithBaseline('prod')
    expect(useStudioStore.getState().baseline?.label).toBe('prod')
    removeBaseline('prod')
    expect(useStudioStore.getState().baseline).toBeNull()
    expect(JSON.parse(storage.items.get(BASELINES_KEY) ?? '{}').baselines).toHaveLength(1)
  })

  it('refuses a text without a Milvus resource and loses nothing', () => {
    markBaseline('prod', ROCKS)
    expect(markBaseline('prod', 'kind: ConfigMap\n')).toBe(false)
    expect(useBaselineLibrary.getState().items[0]?.source).toBe(ROCKS)
  })

  it('exports and imports files: the library JSON, or one manifest named after its file', () => {
    markBaseline('staging', ROCKS, 5)
    const file = exportBaselines()
    useBaselineLibrary.setState({ items: [], active: null })
    expect(importBaselines(file, 'milvus-baselines.json')).toBeNull()
    expect(useBaselineLibrary.getState().items.map((b) => b.name)).toEqual(['staging'])
    expect(importBaselines(NATS, 'prod.yaml', 9)).toBeNull()
    expect(useBaselineLibrary.getState().items.map((b) => b.name)).toEqual(['prod', 'staging'])
    expect(importBaselines('{"format":"other"}', 'x.json')?.en).toContain('not a baselines file')
    expect(importBaselines('kind: ConfigMap\n', 'x.yaml')?.en).toContain('No Milvus resource')
    expect(
      readLibraryText(libraryToText([{ name: 'a', source: ROCKS, savedAt: 1 }]), 'f.json', 0),
    ).toEqual({ ok: true, items: [{ name: 'a', source: ROCKS, savedAt: 1 }] })
  })

  it('reads corrupt storage as an empty library', () => {
    storage.items.set(BASELINES_KEY, '{not json')
    restart()
    expect(useBaselineLibrary.getState().items).toEqual([])
    expect(useStudioStore.getState().baseline).toBeNull()
  })
})
