import { describe, expect, it } from 'vitest'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { schemaUnknownKey } from './schemaUnknownKey'

const rule = schemaUnknownKey
const doc = (spec: Record<string, unknown>, apiVersion = 'milvus.io/v1beta1') => ({
  apiVersion,
  kind: 'Milvus',
  metadata: { name: 'm' },
  spec,
})

describe('schema-unknown-key', () => {
  it('renames pulsar.endpoints to endpoint, keeping the first address', () => {
    const [f] = findingsOf(
      rule,
      doc({
        dependencies: { pulsar: { external: true, endpoints: ['10.0.0.1:6650', '10.0.0.2:6650'] } },
      }),
    )
    expect(f?.path).toEqual(['spec', 'dependencies', 'pulsar', 'endpoints'])
    expect(f?.message.en).toMatch(/did you mean endpoint/)
    expect(f?.fix?.patches).toEqual([
      { op: 'delete', path: ['spec', 'dependencies', 'pulsar', 'endpoints'] },
      { op: 'set', path: ['spec', 'dependencies', 'pulsar', 'endpoint'], value: '10.0.0.1:6650' },
    ])
  })

  it('renames spec.component to components', () => {
    const [f] = findingsOf(rule, doc({ component: { volumes: [] } }))
    expect(f?.severity).toBe('error')
    expect(f?.fix?.patches.at(-1)).toEqual({
      op: 'set',
      path: ['spec', 'components'],
      value: { volumes: [] },
    })
  })

  it('moves NATS server settings from dependencies to spec.config, keeping config values that exist', () => {
    const d = doc({
      dependencies: { msgStreamType: 'natsmq', natsmq: { server: { port: 4222, maxPayload: 1 } } },
      config: { natsmq: { server: { maxPayload: 2 } } },
    })
    const [f] = findingsOf(rule, d)
    expect(f?.message.en).toMatch(/move them to spec\.config\.natsmq\.server/)
    expect(f?.fix?.patches).toEqual([
      { op: 'delete', path: ['spec', 'dependencies', 'natsmq', 'server'] },
      {
        op: 'set',
        path: ['spec', 'config', 'natsmq', 'server'],
        value: { port: 4222, maxPayload: 2 },
      },
    ])
  })

  it('offers no rename when the suggested key already exists', () => {
    const [f] = findingsOf(rule, doc({ components: {}, component: {} }))
    expect(f?.fix).toBeUndefined()
  })

  it('offers removal for a key with no close match', () => {
    const [f] = findingsOf(rule, doc({ dependencies: { zookeeperThing: 1 } }))
    expect(f?.fix?.patches).toEqual([
      { op: 'delete', path: ['spec', 'dependencies', 'zookeeperThing'] },
    ])
  })

  itDoesNotFire(rule, [
    ['known keys only', doc({ mode: 'cluster', dependencies: { pulsar: { endpoint: 'a:6650' } } })],
    ['free-form config', doc({ config: { anything: { goes: 1 } } })],
    [
      'free-form chart values',
      doc({ dependencies: { pulsar: { inCluster: { values: { whatever: true } } } } }),
    ],
    [
      'a v1alpha1 document with flat component fields',
      doc(
        { image: 'milvusdb/milvus:v2.5.4', replicas: 1, persistence: { enabled: true } },
        'milvus.io/v1alpha1',
      ),
    ],
  ])

  it.each([
    ['endpoints', doc({ dependencies: { pulsar: { endpoints: ['a:6650'] } } })],
    ['natsmq server', doc({ dependencies: { natsmq: { server: { port: 4222 } } } })],
    ['component', doc({ component: {} })],
  ])('its fix clears the finding (%s)', (_n, d) => {
    expect(remainingAfterFixes(rule, d)).toEqual([[]])
  })
})
