import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { childKeys, isRecord, lookupField, type SpecPath } from '../../model'
import { PRESETS } from '../../presets'
import { parseYaml } from '../../yaml'
import { walkSchema, type SchemaVisit } from './schemaWalk'

/**
 * The walk before it stepped from parents: every key resolved from the top, every child visited.
 * The step walk must give the same visits minus those no schema rule can act on (no catalogue
 * entry and no list of allowed keys).
 */
function walkFromTheTop(node: unknown, path: SpecPath, out: SchemaVisit[], depth = 0): void {
  if (depth > 40) return
  if (Array.isArray(node)) {
    node.forEach((item: unknown, i) => {
      const here = [...path, i]
      const info = lookupField(here)
      out.push({ path: here, key: i, value: item, info, allowed: undefined, parent: undefined })
      if (info) walkFromTheTop(item, here, out, depth + 1)
    })
    return
  }
  if (!isRecord(node)) return
  const allowed = childKeys(path)
  for (const [key, value] of Object.entries(node)) {
    const here = [...path, key]
    const info = lookupField(here)
    out.push({ path: here, key, value, info, allowed, parent: node })
    if (info) walkFromTheTop(value, here, out, depth + 1)
  }
}

function visitsOf(raw: unknown): SchemaVisit[] {
  const out: SchemaVisit[] = []
  walkSchema(raw, (v) => out.push(v))
  return out
}

function expectedVisits(raw: unknown): SchemaVisit[] {
  const out: SchemaVisit[] = []
  walkFromTheTop(raw, [], out)
  return out.filter((v) => v.info !== undefined || Array.isArray(v.allowed))
}

const MIXED = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata: {name: m, labels: {app: milvus}}
spec:
  mode: cluster
  config:
    common: {security: {authorizationEnable: true}}
    extra: {deep: {deeper: [1, 2, {x: 1}]}}
  components:
    proxy: {replica: 2, replicas: 2, env: [{name: A, value: b}], tolerations: [{key: k}]}
    queryNode: {resources: {limits: {cpu: '2', memory: 4Gi}}}
  dependencies:
    msgStreamType: kafka
    etcd:
      inCluster:
        values:
          replicaCount: 3
          persistence: {size: 10Gi, sise: 1Gi}
          image: {repository: quay.io/coreos/etcd}
    kafka: {external: true, brokerList: [a:9092]}
    storage: {inCluster: {values: {mode: standalone, resources: {requests: {memory: 1Gi}}}}}
  unknownTop: {a: 1}
`

describe('walkSchema', () => {
  const documents = [
    ...PRESETS.map((p) => [p.id, parseYaml(p.yaml).documents[0]?.value] as const),
    ['mixed document', parseYaml(MIXED).documents[0]?.value] as const,
  ]

  it.each(documents)('%s: the visits the rules can act on, as a walk from the top', (_id, raw) => {
    expect(visitsOf(raw)).toEqual(expectedVisits(raw))
  })

  it('leaves out free-form content the catalogue does not document', () => {
    const paths = visitsOf(parseYaml(MIXED).documents[0]?.value).map((v) => v.path.join('.'))
    expect(paths).toContain('spec.dependencies.etcd.inCluster.values')
    expect(paths).toContain('spec.unknownTop')
    expect(paths).toContain('spec.components.proxy.replica')
    expect(paths.filter((p) => p.includes('inCluster.values.'))).toEqual([])
    expect(paths.filter((p) => p.includes('config.extra.'))).toEqual([])
  })

  it('agrees with the walk from the top on random resources (seed 41)', () => {
    const key = fc.constantFrom(
      'spec',
      'components',
      'dependencies',
      'config',
      'proxy',
      'queryNode',
      'replicas',
      'resources',
      'limits',
      'etcd',
      'inCluster',
      'values',
      'external',
      'endpoints',
      'tolerations',
      'labels',
      'metadata',
      'mode',
      'x',
    )
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.integer(),
        fc.string({ maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node
    fc.assert(
      fc.property(tree, (spec) => {
        const raw = { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', spec }
        expect(visitsOf(raw)).toEqual(expectedVisits(raw))
      }),
      { seed: 41, numRuns: 400 },
    )
  })
})
