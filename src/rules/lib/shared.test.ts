import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../presets'
import { parseYaml, setAtPath } from '../../yaml'
import { fastParseStats } from '../../yaml/fastStream'
import { parseYamlSlow } from '../../yaml/parseYaml'
import { deriveDocument } from '../../derive'
import { ruleContext, runRules } from '../defineRule'
import { ALL_RULES } from '../index'
import type { RuleContext } from '../types'
import { reportPerSubtree, sharedPerContext } from './shared'

function withoutShared(ctx: RuleContext): RuleContext {
  const { shared: _dropped, ...rest } = ctx
  return rest
}

describe('sharedPerContext', () => {
  it('computes once per context, again for a new one, and every time without a shared map', () => {
    let calls = 0
    const read = sharedPerContext(() => ++calls)
    const ctx = ruleContext({ apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', spec: {} })
    expect([read(ctx), read(ctx)]).toEqual([1, 1])
    expect(read(ruleContext({ kind: 'Milvus' }))).toBe(2)
    const bare = withoutShared(ctx)
    expect([read(bare), read(bare)]).toEqual([3, 4])
  })

  // Rules that share walks (spec.config, chart values, the schema) must find exactly what they
  // find when each computes its own.
  const documents = [
    ...PRESETS.map((p) => [p.id, p.yaml] as const),
    [
      'config and chart values with mistakes',
      `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata: {name: m}
spec:
  mode: cluster
  config:
    commn: {security: {authorizationEnable: true}}
    minio: {secretAccessKey: plain, useSSL: yes}
    queryNode: {enableDisk: maybe}
  dependencies:
    msgStreamType: pulsar
    etcd:
      inCluster:
        values:
          replicas: 3
          image: {repository: quay.io/coreos/etcd}
          persistence: {sise: 10Gi}
    pulsar:
      inCluster:
        chartVersion: pulsar-v3
        values:
          broker: {configData: {maxMessageSize: 10485760}}
          pulsar_manager: {admin: {user: admin}}
  components:
    proxy: {replica: 2}
`,
    ] as const,
  ]
  it.each(documents)('%s: same findings with and without shared work', (_id, yaml) => {
    const raw = parseYaml(yaml).documents[0]?.value
    const ctx = ruleContext(raw)
    const shared = runRules(ctx, ALL_RULES)
    expect(runRules(withoutShared(ctx), ALL_RULES)).toEqual(shared)
  })

  it('finds the mistakes of the mixed document (the comparison above is not empty)', () => {
    const raw = parseYaml(String(documents.at(-1)?.[1])).documents[0]?.value
    const rules = new Set(runRules(ruleContext(raw), ALL_RULES).map((f) => f.rule))
    for (const id of [
      'config-unknown-key',
      'config-literal-secret',
      'config-value-type',
      'chart-values-unknown-key',
      'chart-config-data-strings',
      'chart-image-registry-in-repository',
      'schema-unknown-key',
    ])
      expect(rules).toContain(id)
  })
})

describe('reportPerSubtree', () => {
  const ctxOf = (settled: boolean): RuleContext => ({ ...ruleContext({ kind: 'Milvus' }), settled })

  it('replays reports on the same object and key in a settled context, and runs otherwise', () => {
    let runs = 0
    const check = (report: (p: (string | number)[], m: { en: string; ko: string }) => void) => {
      runs++
      report(['spec', 'x'], { en: 'x', ko: 'x' })
    }
    const subtree = { a: 1 }
    const seen: string[] = []
    const report = (p: readonly (string | number)[]) => void seen.push(p.join('.'))
    const settled = ctxOf(true)
    reportPerSubtree(settled, subtree, 'k', report, check)
    reportPerSubtree(settled, subtree, 'k', report, check)
    expect(runs).toBe(1)
    reportPerSubtree(settled, subtree, 'other key', report, check)
    reportPerSubtree(settled, { a: 1 }, 'k', report, check)
    expect(runs).toBe(3)
    const loose = ctxOf(false)
    reportPerSubtree(loose, subtree, 'k', report, check)
    reportPerSubtree(loose, subtree, 'k', report, check)
    expect(runs).toBe(5)
    expect(seen).toEqual(Array.from({ length: 6 }, () => 'spec.x'))
  })

  it('keeps nothing from a check that throws', () => {
    const subtree = {}
    let runs = 0
    const failing = (): void => {
      runs++
      throw new Error('boom')
    }
    expect(() => reportPerSubtree(ctxOf(true), subtree, 'k', () => undefined, failing)).toThrow()
    expect(() => reportPerSubtree(ctxOf(true), subtree, 'k', () => undefined, failing)).toThrow()
    expect(runs).toBe(2)
  })

  // The derive step marks its contexts settled and the parser hands untouched values blocks back
  // as the same objects: after each edit, the findings are those of a fresh, unsettled check.
  it('gives, edit after edit, the findings of a fresh check of the text', () => {
    const values = Array.from({ length: 120 }, (_, i) => `          unknownKey${i}: ${i}`).join(
      '\n',
    )
    let text = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata: {name: m}
spec:
  mode: cluster
  components:
    proxy: {replicas: 1}
  dependencies:
    etcd:
      inCluster:
        values:
          replicas: 3
          image: {repository: quay.io/bitnami/etcd}
${values}
    pulsar:
      inCluster:
        chartVersion: pulsar-v3
        values:
          broker:
            configData:
              maxMessageSize: 10485760
          pulsar_manager:
            admin:
              user: admin
`
    const edits: [(string | number)[], unknown][] = [
      [['spec', 'components', 'proxy', 'replicas'], 2],
      [['metadata', 'name'], 'renamed'],
      [['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'replicas'], 5],
      [['spec', 'components', 'proxy', 'replicas'], 4],
      [['spec', 'dependencies', 'pulsar', 'inCluster', 'chartVersion'], 'pulsar-v2'],
    ]
    const ruleIds = new Set(ALL_RULES.map((r) => r.id))
    const reusedBefore = fastParseStats().reused
    const summary = (
      fs: readonly { rule: string; path: readonly unknown[]; message: { en: string } }[],
    ) =>
      fs
        .filter((f) => ruleIds.has(f.rule))
        .map((f) => `${f.rule} ${f.path.join('.')} ${f.message.en}`)
        .sort()
    for (const [path, value] of [[[], undefined] as const, ...edits]) {
      if (path.length > 0) text = setAtPath(text, path, value)
      const derived = deriveDocument(text).findings
      const fresh = runRules(ruleContext(parseYamlSlow(text).documents[0]?.value), ALL_RULES)
      expect(summary(derived)).toEqual(summary(fresh))
      expect(derived.filter((f) => f.rule === 'chart-values-unknown-key').length).toBeGreaterThan(
        50,
      )
    }
    // The values blocks were taken over from the parse before (what makes the replay possible).
    expect(fastParseStats().reused - reusedBefore).toBeGreaterThanOrEqual(edits.length)
  })
})
