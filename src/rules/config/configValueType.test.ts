import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { HAS_SHARED, readReference } from '../../test/sharedReference'
import { aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { configValueType } from './configValueType'

const rule = configValueType
const security = (value: unknown) =>
  aStandalone({ config: { common: { security: { authorizationEnabled: value } } } })

describe('config-value-type', () => {
  it.each([
    ['a number other than 0 or 1 for a boolean', security(2), /is a boolean/],
    ['yes for a boolean', security('yes'), /cannot read "yes"/],
    [
      'a size with a unit for an integer',
      aStandalone({ config: { proxy: { maxTaskNum: '1Gi' } } }),
      /size with a unit/,
    ],
    [
      'a word for a number',
      aStandalone({ config: { proxy: { maxTaskNum: 'many' } } }),
      /cannot read "many"/,
    ],
    [
      'a boolean for an integer',
      aStandalone({ config: { proxy: { maxTaskNum: true } } }),
      /is an integer/,
    ],
    [
      'a value where a section belongs',
      aStandalone({ config: { common: { security: true } } }),
      /section of settings/,
    ],
    [
      'a map where a value belongs',
      aStandalone({ config: { proxy: { maxTaskNum: { value: 1 } } } }),
      /single value/,
    ],
  ])('warns about %s', (_n, doc, message) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.message.en).toMatch(message)
  })

  itDoesNotFire(rule, [
    ['true', security(true)],
    ['what Go ParseBool reads', security('True')],
    ['1 for a boolean', security(1)],
    ['a numeric string for an integer', aStandalone({ config: { proxy: { maxTaskNum: '2048' } } })],
    [
      'a fraction where a float is read',
      aStandalone({
        config: { queryNode: { segcore: { interimIndex: { memExpansionRate: 1.5 } } } },
      }),
    ],
    [
      'strings with units where the default has one',
      aStandalone({ config: { pulsar: { backlogAutoClearBytes: '1g' } } }),
    ],
    [
      'unknown keys (left to config-unknown-key)',
      aStandalone({ config: { proxy: { madeUp: 'x' } } }),
    ],
    ['no config', aStandalone()],
  ])

  it('offers true for yes, and the fix clears the finding', () => {
    const [f] = findingsOf(rule, security('yes'))
    expect(f?.fix?.patches).toEqual([
      {
        op: 'set',
        path: ['spec', 'config', 'common', 'security', 'authorizationEnabled'],
        value: true,
      },
    ])
    expect(remainingAfterFixes(rule, security('yes'))).toEqual([[]])
  })
})

describe.skipIf(!HAS_SHARED)('config-value-type on the real milvus.yaml', () => {
  it('finds nothing in the file Milvus ships', () => {
    const config = parse(readReference('milvus.yaml')) as Record<string, unknown>
    expect(findingsOf(rule, aStandalone({ config })).map((f) => f.path.slice(2).join('.'))).toEqual(
      [],
    )
  })
})
