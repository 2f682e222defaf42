import { describe, expect, it } from 'vitest'
import { deriveDocument } from './deriveDocument'
import { findElisions } from './pasted'

const rules = (source: string): string[] => deriveDocument(source).findings.map((f) => f.rule)
const find = (source: string, rule: string) =>
  deriveDocument(source).findings.find((f) => f.rule === rule)

describe('fragments', () => {
  it('lints a bare dependencies subtree as part of spec, placing findings on its own lines', () => {
    const source =
      'dependencies:\n  storage:\n    external: true\n    type: S3\n    endpoint: https://s3.amazonaws.com\n'
    const d = deriveDocument(source)
    expect(d.documents[0]?.fragment?.at).toEqual(['spec'])
    expect(find(source, 'input-fragment')?.message.en).toContain('Linted as a fragment of spec')
    const split = find(source, 'endpoint-operator-split')
    expect([split?.path.join('.'), split?.range?.start.line]).toEqual([
      'dependencies.storage.endpoint',
      5,
    ])
  })

  it('keeps rules that need the whole resource quiet (no apiVersion, kind or name errors)', () => {
    expect(rules('spec:\n  mode: cluster\n')).not.toEqual(
      expect.arrayContaining(['api-version-kind']),
    )
    expect(rules('mode: cluster\ncomponents: {}\n')).not.toContain('metadata-name-required')
  })

  it('drops findings about fields outside the fragment and does not assume a mode it does not set', () => {
    expect(rules('components:\n  proxy:\n    replicas: 2\n')).toEqual(['input-fragment'])
    expect(rules('mode: standalone\ncomponents:\n  proxy:\n    replicas: 2\n')).toContain(
      'component-not-run-in-mode',
    )
  })

  it('leaves documents that are not part of a Milvus resource alone', () => {
    expect(rules('image:\n  repository: x\ncluster:\n  enabled: true\n')).toEqual([])
  })
})

describe('elisions', () => {
  const source =
    'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a\nspec:\n  dependencies:\n    storage:\n      external: true\n...\n      endpoint: http://minio:9000\n'

  it('finds a "..." line followed by indented content', () => {
    expect(findElisions(source).map((e) => e.line)).toEqual([9])
    expect(findElisions('a: 1\n...\n---\nb: 2\n')).toEqual([])
  })

  it('says it ends the document and lints both sides as one', () => {
    const d = deriveDocument(source)
    expect(d.documents).toHaveLength(1)
    expect(find(source, 'input-elision')?.message.en).toMatch(
      /Line 9: "\.\.\." on its own line ends the YAML document/,
    )
    expect(find(source, 'endpoint-operator-split')?.range?.start.line).toBe(10)
    expect(d.ok).toBe(false)
  })
})

describe('kind: List', () => {
  it('lints each Milvus item with findings placed under items[i]', () => {
    const source =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: milvus.io/v1beta1\n  kind: Milvus\n  metadata:\n    name: a\n  spec:\n    components:\n      image: milvusdb/milvus:latest\n'
    const f = find(source, 'version-unreadable')
    expect([f?.path.join('.'), f?.range?.start.line, f?.fix?.patches[0]?.path.join('.')]).toEqual([
      'items.0.spec.components.image',
      10,
      'items.0.spec.components.version',
    ])
  })
})

describe('objects read back from a cluster', () => {
  const readBack = [
    'apiVersion: milvus.io/v1beta1',
    'kind: Milvus',
    'metadata:',
    '  name: my-release',
    '  namespace: default',
    '  uid: 0b6e',
    '  resourceVersion: "123"',
    '  generation: 2',
    'spec:',
    '  mode: cluster',
    '  dependencies:',
    '    msgStreamType: pulsar',
    '    pulsar:',
    '      endpoint: my-release-pulsar-proxy.default:6650',
    '      inCluster:',
    '        deletionPolicy: Retain',
    '        values: {}',
    'status:',
    '  status: Healthy',
    '',
  ].join('\n')

  it('gives one info naming what to strip and no warning about what the operator wrote back', () => {
    const d = deriveDocument(readBack)
    expect(d.findings.filter((f) => f.rule === 'read-back-object')).toHaveLength(1)
    expect(d.findings.filter((f) => f.severity === 'warning').map((f) => f.rule)).toEqual([])
  })

  it('still warns about the same value in a written resource', () => {
    const written = readBack
      .replace(/ {2}uid: 0b6e\n {2}resourceVersion: "123"\n {2}generation: 2\n/, '')
      .replace(/status:\n {2}status: Healthy\n/, '')
    expect(deriveDocument(written).findings.some((f) => f.severity === 'warning')).toBe(true)
  })
})

describe('apiVersion/kind pairs', () => {
  it.each([
    ['milvus.io/v1', 'Milvus'],
    ['milvus.io/v1beta1', 'MilvusCluster'],
    ['milvus.io/v1beta1', 'Milvuses'],
  ])('%s %s is an error', (apiVersion, kind) => {
    const f = find(
      `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: a\nspec: {}\n`,
      'api-version-kind',
    )
    expect(f?.severity).toBe('error')
  })

  it('leaves MilvusUpgrade alone', () => {
    expect(
      rules('apiVersion: milvus.io/v1beta1\nkind: MilvusUpgrade\nmetadata:\n  name: u\nspec: {}\n'),
    ).toEqual([])
  })
})
