import { describe, expect, it } from 'vitest'
import kafka from '../test/fixtures/clusterKafka.yaml?raw'
import withSecret from '../test/fixtures/withSecret.yaml?raw'
import { DEFAULT_LIMITS, parseYaml } from './parseYaml'

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1
}

describe('parseYaml', () => {
  it('reads a commented document into plain values', () => {
    const [doc] = parseYaml(kafka).documents
    expect(doc?.errors).toEqual([])
    expect(doc?.value).toMatchObject({
      apiVersion: 'milvus.io/v1beta1',
      spec: {
        components: { queryNode: { replicas: 3 }, dataNode: {} },
        config: { tags: ['a', 'b'] },
      },
    })
  })

  it('splits a multi-document stream and keeps each document span', () => {
    const { documents, errors } = parseYaml(withSecret)
    expect(errors).toEqual([])
    expect(documents.map((d) => (d.value as { kind: string }).kind)).toEqual(['Secret', 'Milvus'])
    expect(documents[1]?.range.start.line).toBeLessThanOrEqual(
      lineOf(withSecret, '# The Milvus resource'),
    )
    expect(documents[0]?.range.end.line).toBeLessThanOrEqual(lineOf(withSecret, '---') + 1)
  })

  it('gives values and keys their 1-based line and column', () => {
    const [doc] = parseYaml(kafka).documents
    const at = doc?.rangeOf(['spec', 'dependencies', 'kafka', 'brokerList', 1])
    expect(at?.exact).toBe(true)
    expect(at?.range.start).toMatchObject({ line: lineOf(kafka, "'kafka-1"), col: 11 })
    const key = doc?.keyRangeOf(['spec', 'components', 'proxy', 'replicas'])
    expect(key?.start).toMatchObject({ line: lineOf(kafka, 'replicas: 2'), col: 7 })
    expect(kafka.slice(key?.start.offset, key?.end.offset)).toBe('replicas')
  })

  it('points an empty value at its key, and a block scalar at its own lines', () => {
    const [doc] = parseYaml('a:\nb: |\n  x\n  y\n\n').documents
    expect(doc?.rangeOf(['a'])?.range.start.line).toBe(1)
    const b = doc?.rangeOf(['b'])?.range
    expect([b?.start.line, b?.end.line]).toEqual([2, 4])
  })

  it('falls back to the nearest existing ancestor for an absent path', () => {
    const [doc] = parseYaml(kafka).documents
    const at = doc?.rangeOf(['spec', 'dependencies', 'pulsar', 'endpoint'])
    expect(at?.exact).toBe(false)
    expect(at?.range.start.line).toBe(lineOf(kafka, '  dependencies:'))
    expect(doc?.keyRangeOf(['spec', 'nope'])).toBeUndefined()
  })

  it('reports a syntax error with its line', () => {
    const text = 'apiVersion: v1\nkind: Milvus\nspec:\n  mode: cluster\n    extra: 1\n'
    const [doc] = parseYaml(text).documents
    expect(doc?.errors.length).toBeGreaterThan(0)
    expect(doc?.errors[0]).toMatchObject({ code: 'yaml-syntax' })
    expect(doc?.errors[0]?.range.start.line).toBe(4) // the entry that swallows the next line
    expect(doc?.errors[0]?.messageKo).toMatch(/[가-힣]/)
  })

  it('reports a duplicate key as an error at the second key', () => {
    const [doc] = parseYaml('spec:\n  mode: cluster\n  mode: standalone\n').documents
    const dup = doc?.errors.find((e) => e.code === 'yaml-duplicate-key')
    expect(dup?.range.start).toMatchObject({ line: 3, col: 3 })
  })

  it('keeps positions right with CRLF line endings', () => {
    const crlf = kafka.replace(/\n/g, '\r\n')
    const [doc] = parseYaml(crlf).documents
    const at = doc?.rangeOf(['spec', 'mode'])?.range
    expect(at?.start.line).toBe(lineOf(kafka, '  mode: cluster'))
    expect(crlf.slice(at?.start.offset, at?.end.offset)).toBe('cluster')
  })

  it('treats an empty text as one empty document', () => {
    const { documents } = parseYaml('')
    expect(documents).toHaveLength(1)
    expect(documents[0]?.value).toBeNull()
    expect(documents[0]?.rangeOf(['spec'])?.exact).toBe(false)
  })

  it('uses the documented default limits', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxChars: 6 * 1024 * 1024,
      maxDepth: 200,
      maxAliasCount: 10_000,
      maxDocuments: 1_000,
    })
  })

  it('answers many position lookups on a large document from one index', () => {
    const lines = ['spec:', '  config:']
    for (let i = 0; i < 5000; i++) lines.push(`    key${i}: value${i}  # note ${i}`)
    const text = lines.join('\n') + '\n'
    const [doc] = parseYaml(text).documents
    for (let i = 0; i < 5000; i += 1) {
      expect(doc?.rangeOf(['spec', 'config', `key${i}`])?.range.start.line).toBe(i + 3)
    }
  })
})
