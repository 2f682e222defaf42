import { describe, expect, it } from 'vitest'
import { applyFix, findingsOf } from '../../test/ruleKit'
import { v1alpha1MilvusCluster as rule } from './v1alpha1MilvusCluster'

const alpha = {
  apiVersion: 'milvus.io/v1alpha1',
  kind: 'MilvusCluster',
  metadata: { name: 'c' },
  spec: { dependencies: { pulsar: { external: true, endpoint: 'p:6650' } } },
}

describe('v1alpha1-milvus-cluster', () => {
  it('gives the deprecation notice on v1alpha1 MilvusCluster', () => {
    const findings = findingsOf(rule, alpha)
    expect(findings.map((f) => [f.severity, f.path.join('.')])).toEqual([['info', 'apiVersion']])
  })
  it.each([
    ['v1beta1 Milvus', { ...alpha, apiVersion: 'milvus.io/v1beta1', kind: 'Milvus' }],
    ['v1alpha1 Milvus (v1alpha1-is-standalone speaks to it)', { ...alpha, kind: 'Milvus' }],
  ])('stays quiet on %s', (_, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })
  it('stays quiet without a spec on v1beta1', () => {
    expect(findingsOf(rule, { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus' })).toEqual([])
  })
  it('lifts to v1beta1 Milvus in cluster mode, keeping the dependencies, and then stays quiet', () => {
    const fix = findingsOf(rule, alpha)[0]?.fix
    const fixed = fix
      ? (applyFix(alpha, fix) as typeof alpha & { spec: { mode?: string } })
      : undefined
    expect([
      fixed?.apiVersion,
      fixed?.kind,
      fixed?.spec.mode,
      fixed?.spec.dependencies.pulsar.endpoint,
    ]).toEqual(['milvus.io/v1beta1', 'Milvus', 'cluster', 'p:6650'])
    expect(fixed && findingsOf(rule, fixed)).toEqual([])
  })
})
