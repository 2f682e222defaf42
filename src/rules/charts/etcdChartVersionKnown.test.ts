import { describe, expect, it } from 'vitest'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { etcdChartVersionKnown as rule } from './etcdChartVersionKnown'

const withChart = (chartVersion: unknown, external = false) =>
  milvus({
    dependencies: { etcd: { external, inCluster: { chartVersion: chartVersion as string } } },
  })

describe('etcd-chart-version-known', () => {
  it.each(['etcd-v7', 'v8', 'pulsar-v3', 'ETCD-V8'])('fires for %s', (chart) => {
    const findings = findingsOf(rule, withChart(chart))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.path).toEqual(['spec', 'dependencies', 'etcd', 'inCluster', 'chartVersion'])
  })

  it.each(['etcd-v6', 'etcd-v8', ''])('accepts %j', (chart) => {
    expect(findingsOf(rule, withChart(chart))).toEqual([])
  })

  it.each([
    ['no chartVersion', milvus({ dependencies: { etcd: { inCluster: {} } } })],
    ['no etcd block', milvus()],
    ['an external etcd', withChart('etcd-v9', true)],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it('fixes to etcd-v8', () => {
    expect(remainingAfterFix(rule, withChart('etcd-v9'))).toEqual([])
  })
})
