import { describe, expect, it } from 'vitest'
import { aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire, itsFixClears } from '../../test/ruleKit'
import { natsmqPayloadExceedsPending } from './natsmqPayloadExceedsPending'

const rule = natsmqPayloadExceedsPending
const nats = (server: Record<string, unknown>, msgStreamType: 'natsmq' | 'rocksmq' = 'natsmq') =>
  aStandalone({
    components: { image: 'milvusdb/milvus:v2.5.16' },
    dependencies: { msgStreamType },
    config: { natsmq: { server } },
  })

describe('natsmq-payload-exceeds-pending', () => {
  it.each([
    ['both written', nats({ maxPayload: 2048, maxPending: 1024 })],
    ['payload above the default pending (64 MiB)', nats({ maxPayload: 134217728 })],
    ['pending below the default payload (8 MiB)', nats({ maxPending: '1048576' })],
  ])('fires for %s', (_n, doc) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('error')
    expect(f?.path).toEqual(['spec', 'config', 'natsmq', 'server', 'maxPayload'])
  })

  itDoesNotFire(rule, [
    ['the docs values', nats({ maxPayload: 8388608, maxPending: 67108864 })],
    ['nothing written', nats({ port: 4222 })],
    ['natsmq not selected', nats({ maxPayload: 2, maxPending: 1 }, 'rocksmq')],
  ])

  itsFixClears(rule, nats({ maxPayload: 2048, maxPending: 1024 }))
})
