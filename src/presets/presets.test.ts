import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { BLANK_ENTRY, DOCS_ENTRIES, SAMPLE_ENTRIES } from './catalog'
import {
  HAS_SHARED,
  SKIP_REASON,
  listSamples,
  readReference,
  readSample,
} from '../test/sharedReference'
import { PRESETS, findPreset } from './index'

const commentsOf = (text: string): string[] =>
  [...text.matchAll(/#\s*(.+)$/gm)].map((m) => (m[1] ?? '').trim()).filter((c) => c.length > 12)

describe('PRESETS', () => {
  it('has unique kebab-case ids', () => {
    const ids = PRESETS.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('has the six docs and six docs-original presets', () => {
    const docs = PRESETS.filter((p) => p.group === 'docs').map((p) => p.id.replace('docs-', ''))
    const originals = PRESETS.filter((p) => p.group === 'docs-original')
    expect(docs).toHaveLength(6)
    expect(originals.map((p) => p.id.replace('original-', ''))).toEqual(docs)
  })

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s parses with no YAML errors',
    (_id, preset) => {
      const docs = parseAllDocuments(preset.yaml, { uniqueKeys: true })
      expect(Array.isArray(docs)).toBe(true)
      if (!Array.isArray(docs)) return
      for (const d of docs) expect(d.errors).toEqual([])
      const first = docs[0]?.toJS() as { kind?: string; metadata?: { name?: string } }
      expect(first.kind).toBe('Milvus')
      expect(first.metadata?.name).toBeTruthy()
      expect(preset.title.ko).not.toBe(preset.title.en)
      expect(preset.yaml.endsWith('\n')).toBe(true)
    },
  )

  it('pairs every docs example with its as-published copy, file beside file', () => {
    for (const [corrected, published] of DOCS_ENTRIES) {
      expect(published.file).toBe(corrected.file.replace(/\.yaml$/, '.published.yaml'))
      expect(published.id).toBe(corrected.id.replace(/^docs-/, 'original-'))
    }
  })

  it('lists every .yaml file in src/presets exactly once', () => {
    const dir = join(process.cwd(), 'src', 'presets')
    const files = ['', 'docs', 'samples'].flatMap((sub) =>
      readdirSync(join(dir, sub))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => (sub ? `${sub}/${f}` : f)),
    )
    const listed = [BLANK_ENTRY, ...DOCS_ENTRIES.flat(), ...SAMPLE_ENTRIES].map((e) => e.file)
    expect([...listed].sort()).toEqual([...files].sort())
  })

  it('finds a preset by id', () => {
    expect(findPreset('docs-natsmq')?.group).toBe('docs')
    expect(findPreset('no-such-preset')).toBeUndefined()
  })
})

describe.skipIf(!HAS_SHARED)('PRESETS against the reference', () => {
  it('never reuses a comment from the docs page or the samples', () => {
    const theirs = new Set([
      ...commentsOf(readReference('seed/message_storage_operator.ko.md')),
      ...listSamples().flatMap((s) => commentsOf(readSample(s))),
    ])
    const copied = PRESETS.flatMap((p) => commentsOf(p.yaml).filter((c) => theirs.has(c)))
    expect(copied).toEqual([])
  })
})

describe.runIf(!HAS_SHARED)('PRESETS against the reference (absent)', () => {
  it(SKIP_REASON, () => expect(HAS_SHARED).toBe(false))
})
