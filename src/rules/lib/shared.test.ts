import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../presets'
import { parseYaml } from '../../yaml'
import { ruleContext, runRules } from '../defineRule'
import { ALL_RULES } from '../index'
import type { RuleContext } from '../types'
import { sharedPerContext } from './shared'

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
