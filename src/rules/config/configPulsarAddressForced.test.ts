import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { configPulsarAddressForced } from './configPulsarAddressForced'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'

const rule = configPulsarAddressForced

describe('config-pulsar-address-forced', () => {
  it('warns about address and port separately', () => {
    const found = findingsOf(
      rule,
      aCluster({ config: { pulsar: { address: 'pulsar.local', port: 6650 } } }),
    )
    expect(found.map((f) => f.path.at(-1))).toEqual(['address', 'port'])
    expect(found.every((f) => f.severity === 'warning')).toBe(true)
  })

  itDoesNotFire(rule, [
    [
      'other pulsar keys',
      aCluster({ config: { pulsar: { tenant: 'milvus', maxMessageSize: 1 } } }),
    ],
    ['no pulsar section', aCluster({ config: {} })],
    ['no config', aCluster()],
  ])

  it('its fixes clear the findings', () => {
    expect(
      remainingAfterFixes(rule, aCluster({ config: { pulsar: { address: 'a', port: 1 } } })),
    ).toEqual([[], []])
  })
})
