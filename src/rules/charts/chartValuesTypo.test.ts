import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { HAS_SHARED, readReference } from '../../test/sharedReference'
import { aCluster } from '../../test/builders'
import { chartValuesTypo } from './chartValuesTypo'
import { findingsOf, remainingAfterFixes } from '../../test/ruleKit'

const rule = chartValuesTypo
const pulsar = (values: Record<string, unknown>) => aCluster({ dependencies: { pulsar: { inCluster: { values } } } })
const kafka = (values: Record<string, unknown>) => aCluster({ dependencies: { msgStreamType: 'kafka', kafka: { inCluster: { values } } } })

describe('chart-values-typo', () => {
  it('finds every slip of the docs bookkeeper example', () => {
    const doc = pulsar({
      bookkeeper: { replicaCount: 1, resoureces: { limit: { cpu: '4' }, memory: '8Gi' }, requests: { cpu: '200m', memory: '512Mi' } },
    })
    const found = findingsOf(rule, doc).map((f) => f.path.slice(-2).join('.')).sort()
    expect(found).toEqual(['bookkeeper.requests', 'bookkeeper.resoureces', 'resoureces.limit', 'resoureces.memory'])
  })

  it.each([
    ['replicas instead of replicaCount', kafka({ replicas: 1 }), 'replicaCount'],
    ['request inside resources', pulsar({ broker: { resources: { request: { cpu: 1 } } } }), 'requests'],
    ['resource (singular)', kafka({ zookeeper: { resource: { limits: { cpu: 1 } } } }), 'resources'],
  ])('suggests a rename for %s', (_n, doc, to) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.fix?.patches.at(-1)).toMatchObject({ op: 'set' })
    expect(f?.fix?.patches.at(-1)?.path.at(-1)).toBe(to)
  })

  it.each([
    ['well-formed values', pulsar({ bookkeeper: { replicaCount: 3, resources: { limits: { cpu: 1 }, requests: { memory: '1Gi' } } } })],
    ['replicas next to replicaCount', kafka({ replicas: 1, replicaCount: 1 })],
    ['no values', aCluster()],
  ])('does not fire for %s', (_n, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })

  it('its rename fixes clear their findings', () => {
    expect(remainingAfterFixes(rule, pulsar({ broker: { resoureces: { limits: { cpu: 1 } } } }))).toEqual([[]])
  })
})

describe('chart-values-typo near misses of common chart keys', () => {
  it.each([
    ['persistance', 'persistence'],
    ['replicaCout', 'replicaCount'],
    ['nodeSelecter', 'nodeSelector'],
  ])('suggests %s -> %s', (typo, key) => {
    const [f] = findingsOf(rule, kafka({ zookeeper: { [typo]: 1 } }))
    expect(f?.message.en).toContain(`did you mean "${key}"`)
  })

  it.each([['image'], ['service'], ['auth'], ['components'], ['heapOpts']])('leaves the real chart key %s alone', (key) => {
    expect(findingsOf(rule, pulsar({ broker: { [key]: { a: 1 } } }))).toEqual([])
  })
})

describe.skipIf(!HAS_SHARED)('chart-values-typo on the real chart defaults', () => {
  it.each([['pulsarv3'], ['pulsar'], ['kafka']])('finds nothing in the %s section of the milvus-helm values', (section) => {
    const values = (parse(readReference('helm/values.yaml')) as Record<string, Record<string, unknown>>)[section] ?? {}
    expect(Object.keys(values).length).toBeGreaterThan(3)
    const doc = section === 'kafka' ? kafka(values) : pulsar(values)
    expect(findingsOf(rule, doc).map((f) => f.path.slice(4).join('.'))).toEqual([])
  })
})
