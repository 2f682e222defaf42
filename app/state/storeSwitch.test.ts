import { describe, expect, it } from 'vitest'
import type { MilvusResource } from '../../src/model/types'
import { planStoreSwitch } from './storeSwitch'

function resource(spec: MilvusResource['spec']): MilvusResource {
  return { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name: 'm' }, spec }
}

describe('planStoreSwitch', () => {
  it('moves the old dependency block and its config section into the stash', () => {
    const kafka = { external: true, brokerList: ['k:9092'] }
    const r = resource({
      dependencies: { msgStreamType: 'kafka', kafka },
      config: { kafka: { saslUsername: 'u' }, common: { x: 1 } },
    })
    const plan = planStoreSwitch(r, 'kafka', 'pulsar', {})
    expect(plan.patches).toEqual([
      { op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: 'pulsar' },
      { op: 'delete', path: ['spec', 'dependencies', 'kafka'] },
      { op: 'delete', path: ['spec', 'config', 'kafka'] },
    ])
    expect(plan.stash).toEqual({ kafka: { dependency: kafka, config: { saslUsername: 'u' } } })
  })

  it('brings the stashed block back and empties that stash entry', () => {
    const r = resource({ dependencies: { msgStreamType: 'pulsar' } })
    const stash = { kafka: { dependency: { brokerList: ['a'] }, config: { saslUsername: 'u' } } }
    const plan = planStoreSwitch(r, 'pulsar', 'kafka', stash)
    expect(plan.patches).toContainEqual({
      op: 'set',
      path: ['spec', 'dependencies', 'kafka'],
      value: { brokerList: ['a'] },
    })
    expect(plan.patches).toContainEqual({
      op: 'set',
      path: ['spec', 'config', 'kafka'],
      value: { saslUsername: 'u' },
    })
    expect(plan.stash).toEqual({})
  })

  it('does not overwrite a block the YAML already has for the new store', () => {
    const r = resource({
      dependencies: { msgStreamType: 'pulsar', kafka: { brokerList: ['now'] } },
    })
    const plan = planStoreSwitch(r, 'pulsar', 'kafka', {
      kafka: { dependency: { brokerList: ['old'] } },
    })
    expect(plan.patches).toEqual([
      { op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: 'kafka' },
    ])
  })

  it('only sets the type when nothing is configured for either store', () => {
    const plan = planStoreSwitch(resource({}), 'rocksmq', 'woodpecker', {})
    expect(plan.patches).toEqual([
      { op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: 'woodpecker' },
    ])
    expect(plan.stash).toEqual({})
  })

  it('stashes custom under customMsgStream and leaves spec.config alone for it', () => {
    const r = resource({
      dependencies: { msgStreamType: 'custom', customMsgStream: { a: 1 } },
      config: { mq: { type: 'x' } },
    })
    const plan = planStoreSwitch(r, 'custom', 'kafka', {})
    expect(plan.patches).toContainEqual({
      op: 'delete',
      path: ['spec', 'dependencies', 'customMsgStream'],
    })
    expect(plan.patches).not.toContainEqual(
      expect.objectContaining({ path: ['spec', 'config', 'mq'] }),
    )
    expect(plan.stash).toEqual({ custom: { dependency: { a: 1 } } })
  })

  it('re-selecting the same store just writes the type explicitly', () => {
    const r = resource({ dependencies: { natsmq: { persistence: { enabled: true } } } })
    const plan = planStoreSwitch(r, 'natsmq', 'natsmq', { kafka: { dependency: {} } })
    expect(plan.patches).toHaveLength(1)
    expect(plan.stash).toEqual({ kafka: { dependency: {} } })
  })
})
