import { describe, expect, it } from 'vitest'
import kafka from '../test/fixtures/clusterKafka.yaml?raw'
import withSecret from '../test/fixtures/withSecret.yaml?raw'
import { applyPatches, deleteAtPath, setAtPath } from './edit'
import { changedLines as lineChange } from './editOracle'
import { parseYaml } from './parseYaml'
import { getInValue } from './valuePath'
import type { SpecPath } from '../model/types'

function valueAt(text: string, path: SpecPath, doc = 0): unknown {
  const parsed = parseYaml(text).documents[doc]
  expect(parsed?.errors).toEqual([])
  return getInValue(parsed?.value, path)
}

/** Lines of `after` that differ from `before`: the 1-based first line in before, old and new text. */
function changedLines(
  before: string,
  after: string,
): { first: number; removed: string[]; added: string[] } {
  const { start, removed, added } = lineChange(before, after)
  return { first: start + 1, removed, added }
}

describe('setAtPath', () => {
  it('changes only the scalar on its own line and keeps its comment', () => {
    const out = setAtPath(kafka, ['metadata', 'name'], 'other')
    expect(changedLines(kafka, out)).toEqual({
      first: 6,
      removed: [
        '  name: my-release   # the release name shows up in every object the operator creates',
      ],
      added: ['  name: other   # the release name shows up in every object the operator creates'],
    })
  })

  it.each([
    [['spec', 'dependencies', 'kafka', 'brokerList', 0], 'b:1', '        - "b:1"   # first broker'],
    [['spec', 'dependencies', 'kafka', 'brokerList', 1], 'b:2', "        - 'b:2'"],
    [['spec', 'dependencies', 'kafka', 'securityProtocol'], 'SSL', '      securityProtocol: SSL'],
    [
      ['spec', 'config', 'common', 'security', 'authorizationEnabled'],
      'off',
      "        authorizationEnabled: 'off'",
    ],
    [['spec', 'components', 'image'], '2.6', '    image: "2.6"'],
    [['spec', 'components', 'image'], '', '    image: ""'],
    [['spec', 'mode'], 'yes', '  mode: "yes"'],
    [['spec', 'components', 'proxy', 'replicas'], 7, '      replicas: 7'],
    [['spec', 'components', 'enableRollingUpdate'], false, '    enableRollingUpdate: false'],
    [['spec', 'components', 'proxy', 'serviceType'], null, '      serviceType: null'],
    [['spec', 'mode'], 'two\nlines', '  mode: "two\\nlines"'],
  ])('writes %j = %j keeping the quoting style or quoting when needed', (path, value, line) => {
    const out = setAtPath(kafka, path, value)
    const diff = changedLines(kafka, out)
    expect(diff.added).toEqual([line])
    expect(diff.removed).toHaveLength(1)
    expect(valueAt(out, path)).toEqual(value)
  })

  it('appends a missing key at the end of its block map with the map indentation', () => {
    const out = setAtPath(kafka, ['spec', 'dependencies', 'kafka', 'saslMechanisms'], 'PLAIN')
    const diff = changedLines(kafka, out)
    expect(diff.removed).toEqual([])
    expect(diff.added).toEqual(['      saslMechanisms: PLAIN'])
    expect(out.split('\n')[diff.first - 2]).toBe('      securityProtocol: SASL_SSL')
  })

  it('creates missing parent maps as nested block text', () => {
    const path = [
      'spec',
      'dependencies',
      'pulsar',
      'inCluster',
      'values',
      'bookkeeper',
      'replicaCount',
    ]
    const out = setAtPath(kafka, path, 3)
    expect(changedLines(kafka, out).added).toEqual([
      '    pulsar:',
      '      inCluster:',
      '        values:',
      '          bookkeeper:',
      '            replicaCount: 3',
    ])
    expect(valueAt(out, path)).toBe(3)
  })

  it('replaces a scalar by a block subtree and a subtree by a scalar', () => {
    const obj = { app: 'milvus', tier: ['a', 'b'] }
    const out = setAtPath(kafka, ['metadata', 'name'], obj)
    expect(valueAt(out, ['metadata', 'name'])).toEqual(obj)
    expect(out).toContain(
      '  name:   # the release name shows up in every object the operator creates\n    app: milvus\n    tier:\n      - a\n',
    )
    const back = setAtPath(kafka, ['spec', 'dependencies', 'etcd'], 'external')
    expect(changedLines(kafka, back).added).toEqual(['    etcd: external'])
    expect(valueAt(back, ['spec', 'dependencies', 'storage', 'type'])).toBe('MinIO')
  })

  it('edits scalars inside flow maps in place, rewrites the map for new keys, turns an empty {} into a block', () => {
    const flow = setAtPath(kafka, ['spec', 'components', 'queryNode', 'replicas'], 5)
    expect(changedLines(kafka, flow).added).toEqual(['    queryNode: {replicas: 5}'])
    const added = setAtPath(kafka, ['spec', 'components', 'queryNode', 'serviceType'], 'ClusterIP')
    expect(changedLines(kafka, added).added).toEqual([
      '    queryNode: { replicas: 3, serviceType: ClusterIP }',
    ])
    const empty = setAtPath(kafka, ['spec', 'components', 'dataNode', 'replicas'], 2)
    expect(changedLines(kafka, empty)).toMatchObject({
      removed: ['    dataNode: {}'],
      added: ['    dataNode:', '      replicas: 2'],
    })
    const list = setAtPath(kafka, ['spec', 'config', 'tags', 2], 'c')
    expect(changedLines(kafka, list).added).toEqual(['    tags: [ a, b, c ]'])
  })

  it('keeps a multi-line JSON document as it is, changing one scalar or one object', () => {
    const json =
      '{\n  "apiVersion": "milvus.io/v1beta1",\n  "spec": {\n    "mode": "standalone",\n    "deps": {"kafka": {"brokerList": ["a:1", "b:2"]}}\n  }\n}\n'
    const mode = setAtPath(json, ['spec', 'mode'], 'cluster')
    expect(changedLines(json, mode)).toMatchObject({
      removed: ['    "mode": "standalone",'],
      added: ['    "mode": "cluster",'],
    })
    const broker = setAtPath(json, ['spec', 'deps', 'kafka', 'brokerList', 1], 'c,d')
    expect(changedLines(json, broker).added).toEqual([
      '    "deps": {"kafka": {"brokerList": ["a:1", "c,d"]}}',
    ])
    const plainInFlow = setAtPath('x: [a, b]\n', ['x', 0], 'has, comma')
    expect(plainInFlow).toBe('x: ["has, comma", b]\n')
    const inserted = setAtPath(json, ['spec', 'deps', 'kafka', 'external'], true)
    expect(changedLines(json, inserted).added).toEqual([
      '    "deps": {"kafka": { brokerList: [ a:1, b:2 ], external: true }}',
    ])
    const removed = deleteAtPath(json, ['spec', 'deps', 'kafka', 'brokerList', 0])
    expect(changedLines(json, removed).added).toEqual([
      '    "deps": {"kafka": {"brokerList": [ b:2 ]}}',
    ])
    for (const out of [mode, broker, inserted, removed])
      expect(parseYaml(out).documents[0]?.errors).toEqual([])
  })

  it('inserts into a block list and keeps the list comments', () => {
    const path = ['spec', 'dependencies', 'kafka', 'brokerList', 2]
    const out = setAtPath(kafka, path, 'kafka-2.kafka:9092')
    expect(changedLines(kafka, out)).toMatchObject({
      removed: [],
      added: ['        - kafka-2.kafka:9092'],
    })
    expect(() => setAtPath(kafka, ['spec', 'dependencies', 'kafka', 'brokerList', 5], 'x')).toThrow(
      RangeError,
    )
    const objItem = setAtPath(kafka, ['spec', 'dependencies', 'kafka', 'brokerList', 1], {
      host: 'h',
      port: 1,
    })
    expect(changedLines(kafka, objItem).added).toEqual(['        - host: h', '          port: 1'])
  })

  it('edits only the chosen document of a stream', () => {
    const out = setAtPath(withSecret, ['spec', 'mode'], 'cluster', 1)
    expect(changedLines(withSecret, out).added).toEqual(['  mode: cluster'])
    const added = setAtPath(withSecret, ['metadata', 'namespace'], 'milvus', 0)
    expect(valueAt(added, ['metadata', 'namespace'], 0)).toBe('milvus')
    expect(valueAt(added, ['metadata', 'namespace'], 1)).toBeUndefined()
    expect(added.indexOf('namespace')).toBeLessThan(added.indexOf('---'))
  })

  it('keeps CRLF line endings, including on inserted lines', () => {
    const crlf = kafka.replace(/\n/g, '\r\n')
    const out = setAtPath(setAtPath(crlf, ['spec', 'mode'], 'standalone'), ['spec', 'x', 'y'], 1)
    expect(out.replace(/\r\n/g, '')).not.toContain('\n')
    expect(valueAt(out, ['spec', 'x', 'y'])).toBe(1)
    expect(valueAt(out, ['spec', 'mode'])).toBe('standalone')
  })

  it('fills an empty document and one without spec', () => {
    expect(setAtPath('', ['spec', 'mode'], 'cluster')).toBe('spec:\n  mode: cluster\n')
    expect(setAtPath('# just a comment\n', ['spec', 'mode'], 'cluster')).toBe(
      '# just a comment\nspec:\n  mode: cluster\n',
    )
    const noSpec = 'apiVersion: milvus.io/v1beta1\nkind: Milvus   # no spec yet'
    expect(setAtPath(noSpec, ['spec', 'mode'], 'cluster')).toBe(noSpec + '\nspec:\n  mode: cluster')
    expect(setAtPath('spec:\n', ['spec', 'mode'], 'cluster')).toBe('spec:\n  mode: cluster\n')
    expect(setAtPath('a: 1\n---\n---\nkind: x\n', ['kind'], 'Milvus', 1)).toBe(
      'a: 1\n---\nkind: Milvus\n---\nkind: x\n',
    )
  })

  it('finds the indentation from the first key even when a comment opens the map', () => {
    expect(setAtPath('spec:\n# odd comment\n  mode: x\n', ['spec', 'b'], 1)).toBe(
      'spec:\n# odd comment\n  mode: x\n  b: 1\n',
    )
    expect(setAtPath('l:\n# c\n  - a\n', ['l', 1], 'b')).toBe('l:\n# c\n  - a\n  - b\n')
    expect(setAtPath('items:\n- name: a\n  n: 1\n', ['items', 0, 'x'], true)).toBe(
      'items:\n- name: a\n  n: 1\n  x: true\n',
    )
  })

  it('keeps anchors, drops a tag that no longer fits, and keeps odd spacing', () => {
    expect(setAtPath('a: &x 1\nb: *x\n', ['a'], 2, 0, { shared: 'all' })).toBe('a: &x 2\nb: *x\n')
    expect(setAtPath('a: &x 1\n', ['a'], 2)).toBe('a: &x 2\n')
    expect(setAtPath('a: !!str 5\n', ['a'], 6)).toBe('a: 6\n')
    expect(setAtPath('a:     1   # c\n', ['a'], 2)).toBe('a:     2   # c\n')
    expect(setAtPath('a: ~\n', ['a'], 'v')).toBe('a: v\n')
  })

  it('refuses to edit a document with syntax errors', () => {
    expect(() => setAtPath('a: [1\nb: 2\n', ['b'], 3)).toThrow(/YAML errors/)
  })
})

describe('deleteAtPath', () => {
  it('removes the key lines with their inline comment and keeps comment lines around them', () => {
    const out = deleteAtPath(kafka, ['spec', 'components', 'enableRollingUpdate'])
    expect(changedLines(kafka, out)).toMatchObject({
      removed: ['    enableRollingUpdate: true'],
      added: [],
    })
    expect(out).toContain('# rolling updates keep the cluster serving during upgrades')
    const named = deleteAtPath(kafka, ['metadata', 'name'])
    expect(named).not.toContain('release name shows up')
  })

  it('removes a whole subtree, including a literal block', () => {
    const out = deleteAtPath(kafka, ['metadata', 'annotations'])
    expect(changedLines(kafka, out).removed).toEqual([
      '  annotations:',
      '    # free text survives edits untouched',
      '    note: |',
      '      first line of a literal block',
      '      second line',
    ])
  })

  it('removes list items and leaves [] or {} when the last one goes', () => {
    const first = deleteAtPath(kafka, ['spec', 'dependencies', 'kafka', 'brokerList', 0])
    expect(changedLines(kafka, first).removed).toEqual([
      '        - "kafka-0.kafka:9092"   # first broker',
    ])
    const none = deleteAtPath(first, ['spec', 'dependencies', 'kafka', 'brokerList', 0])
    expect(valueAt(none, ['spec', 'dependencies', 'kafka', 'brokerList'])).toEqual([])
    const mq = deleteAtPath(kafka, ['spec', 'config', 'mq', 'type'])
    expect(changedLines(kafka, mq).added).toEqual(['    mq: {}'])
  })

  it('edits flow collections and the first key of a compact list item', () => {
    expect(changedLines(kafka, deleteAtPath(kafka, ['spec', 'config', 'tags', 0])).added).toEqual([
      '    tags: [ b ]',
    ])
    expect(deleteAtPath('- a: 1\n  b: 2\n- c\n', [0, 'a'])).toBe('- b: 2\n- c\n')
    expect(deleteAtPath('- - x\n  - y\n', [0, 0])).toBe('- - y\n')
  })

  it('leaves the text alone for a path that does not exist', () => {
    expect(deleteAtPath(kafka, ['spec', 'nope', 'deeper'])).toBe(kafka)
    expect(deleteAtPath(kafka, ['spec', 'config', 'tags', 9])).toBe(kafka)
  })
})

describe('applyPatches', () => {
  it('applies sets and deletes in order; set with undefined deletes', () => {
    const out = applyPatches(kafka, [
      { op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: 'pulsar' },
      { op: 'delete', path: ['spec', 'dependencies', 'kafka'] },
      { op: 'set', path: ['spec', 'config', 'mq'], value: undefined },
      { op: 'set', path: ['spec', 'dependencies', 'pulsar', 'external'], value: true },
    ])
    expect(valueAt(out, ['spec', 'dependencies'])).toMatchObject({
      msgStreamType: 'pulsar',
      pulsar: { external: true },
    })
    expect(valueAt(out, ['spec', 'dependencies', 'kafka'])).toBeUndefined()
    expect(valueAt(out, ['spec', 'config', 'mq'])).toBeUndefined()
    expect(out).toContain('# rolling updates keep the cluster serving during upgrades')
  })
})
