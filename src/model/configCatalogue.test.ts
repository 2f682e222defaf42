import { describe, expect, it } from 'vitest'
import { chartFor, chartIndex, otherChartVersion } from './chartCatalogue'
import { configDocsUrl, configSourceUrl, milvusConfigIndex } from './configCatalogue'

describe('milvusConfigIndex', () => {
  it('knows keys from every section, the commented-out kafka section and hand-documented natsmq', () => {
    const index = milvusConfigIndex()
    expect(index.resolve(['common', 'security', 'authorizationEnabled'])).toMatchObject({
      kind: 'known',
      entry: { type: 'b', default: false },
    })
    expect(index.resolve(['kafka', 'brokerList'])).toMatchObject({
      kind: 'known',
      entry: { commented: true },
    })
    expect(index.resolve(['natsmq', 'server', 'maxPayload']).kind).toBe('known')
    expect(index.resolve(['credential', 'mine', 'apikey']).kind).toBe('open')
  })

  it('links a key to its line and to the docs page of its section', () => {
    const entry = milvusConfigIndex().entry('proxy.maxTaskNum')
    expect(entry && configSourceUrl(entry)).toMatch(
      /^https:\/\/github\.com\/milvus-io\/milvus\/blob\/[0-9a-f]{40}\/configs\/milvus\.yaml#L\d+$/,
    )
    expect(configDocsUrl('quotaAndLimits.enabled')).toBe(
      'https://milvus.io/docs/configure_quotaandlimits.md',
    )
  })
})

describe('chartFor', () => {
  it.each([
    ['etcd', undefined, 'etcd-8.12.0'],
    ['etcd', 'etcd-v6', 'etcd-6.3.3'],
    ['etcd', 'etcd-v9', 'etcd-8.12.0'],
    ['pulsar', undefined, 'pulsar-3.3.0'],
    ['pulsar', 'pulsar-v2', 'pulsar-2.7.8'],
    ['kafka', undefined, 'kafka-15.5.1'],
    ['storage', undefined, 'minio-8.0.17'],
    ['tei', undefined, 'tei-1.6.0'],
  ] as const)('%s with chartVersion %s gets %s', (dep, version, chart) => {
    expect(chartFor(dep, version)).toBe(chart)
  })

  it('pairs the two versions of etcd and Pulsar and indexes every chart', () => {
    expect(otherChartVersion('etcd-6.3.3')).toBe('etcd-8.12.0')
    expect(otherChartVersion('kafka-15.5.1')).toBeUndefined()
    expect(chartIndex('kafka-15.5.1').resolve(['zookeeper', 'replicaCount']).kind).toBe('known')
  })
})
