import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { unusedStoreBlock } from './unusedStoreBlock'

const rule = unusedStoreBlock
const externalPulsar = { external: true, endpoint: 'pulsar:6650' }

describe('unused-store-block', () => {
  it('warns about a pulsar block when msgStreamType is empty in standalone (the docs example)', () => {
    const [f] = findingsOf(rule, aStandalone({ dependencies: { pulsar: externalPulsar } }))
    expect(f?.severity).toBe('warning')
    expect(f?.path).toEqual(['spec', 'dependencies', 'pulsar'])
    expect(f?.fix?.patches).toEqual([
      { op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: 'pulsar' },
    ])
  })

  it('gives info and a delete fix when another store is selected explicitly', () => {
    const [f] = findingsOf(
      rule,
      aCluster({ dependencies: { msgStreamType: 'kafka', pulsar: externalPulsar } }),
    )
    expect(f?.severity).toBe('info')
    expect(f?.fix?.patches).toEqual([{ op: 'delete', path: ['spec', 'dependencies', 'pulsar'] }])
  })

  it('offers no msgStreamType fix when two unused blocks compete', () => {
    const found = findingsOf(
      rule,
      aStandalone({ dependencies: { pulsar: externalPulsar, kafka: { external: true } } }),
    )
    expect(found).toHaveLength(2)
    expect(found.every((f) => f.fix === undefined)).toBe(true)
  })

  itDoesNotFire(rule, [
    [
      'the selected store block',
      aCluster({ dependencies: { msgStreamType: 'pulsar', pulsar: externalPulsar } }),
    ],
    [
      'the default store block (cluster -> pulsar)',
      aCluster({ dependencies: { pulsar: externalPulsar } }),
    ],
    ['an empty block', aStandalone({ dependencies: { kafka: {} } })],
    ['no dependencies', aStandalone()],
  ])

  it.each([
    ['set msgStreamType', aStandalone({ dependencies: { pulsar: externalPulsar } })],
    [
      'delete block',
      aCluster({
        dependencies: { msgStreamType: 'kafka', rocksmq: { persistence: { enabled: true } } },
      }),
    ],
  ])('its fix clears the finding (%s)', (_n, doc) => {
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })
})
