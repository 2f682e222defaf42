import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { schemaValue } from './schemaValue'

const rule = schemaValue
const doc = (spec: Record<string, unknown>) => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'm' },
  spec,
})

describe('schema-value', () => {
  it.each([
    ['mode: Cluster', doc({ mode: 'Cluster' }), ['spec', 'mode'], 'cluster'],
    [
      'msgStreamType: Pulsar',
      doc({ dependencies: { msgStreamType: 'Pulsar' } }),
      ['spec', 'dependencies', 'msgStreamType'],
      'pulsar',
    ],
    [
      'a port written as a string',
      doc({ components: { proxy: { port: '19530' } } }),
      ['spec', 'components', 'proxy', 'port'],
      19530,
    ],
    [
      'replicas written as a string',
      doc({ components: { queryNode: { replicas: '2' } } }),
      ['spec', 'components', 'queryNode', 'replicas'],
      2,
    ],
    [
      'brokerList as one string',
      doc({ dependencies: { kafka: { brokerList: 'a:9092, b:9092' } } }),
      ['spec', 'dependencies', 'kafka', 'brokerList'],
      ['a:9092', 'b:9092'],
    ],
    [
      'a port above 65535',
      doc({ components: { standalone: { port: 70000 } } }),
      ['spec', 'components', 'standalone', 'port'],
      65535,
    ],
    [
      'replicas below -1',
      doc({ components: { dataNode: { replicas: -3 } } }),
      ['spec', 'components', 'dataNode', 'replicas'],
      -1,
    ],
    [
      'external as a string',
      doc({ dependencies: { pulsar: { external: 'true' } } }),
      ['spec', 'dependencies', 'pulsar', 'external'],
      true,
    ],
  ])('reports %s with a fix', (_n, d, path, value) => {
    const [f] = findingsOf(rule, d)
    expect(f?.severity).toBe('error')
    expect(f?.path).toEqual(path)
    expect(f?.fix?.patches).toEqual([{ op: 'set', path, value }])
  })

  it('reports a type with no safe conversion without a fix', () => {
    const [f] = findingsOf(rule, doc({ components: { proxy: { replicas: 'many' } } }))
    expect(f?.message.en).toMatch(/whole number/)
    expect(f?.fix).toBeUndefined()
  })

  itDoesNotFire(rule, [
    [
      'a valid cluster',
      aCluster({
        components: { proxy: { port: 19530, replicas: -1 } },
        dependencies: { msgStreamType: 'kafka', kafka: { brokerList: ['a:9092'] } },
      }),
    ],
    ['an empty msgStreamType', aStandalone({ dependencies: { msgStreamType: '' } })],
    [
      'free-form config values',
      aStandalone({ config: { pulsar: { port: 'abc' }, mq: { type: 'Weird' } } }),
    ],
    ['no spec content', doc({})],
  ])

  it.each([
    ['enum', doc({ mode: 'Cluster' })],
    ['type', doc({ components: { proxy: { port: '19530' } } })],
    ['range', doc({ components: { proxy: { port: 99999 } } })],
    ['list', doc({ dependencies: { kafka: { brokerList: 'a:9092' } } })],
  ])('its fix clears the finding (%s)', (_n, d) => {
    expect(remainingAfterFixes(rule, d)).toEqual([[]])
  })
})
