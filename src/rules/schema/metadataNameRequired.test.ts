import { describe, expect, it } from 'vitest'
import { findingsOf, remainingAfterFixes } from '../../test/ruleKit'
import { metadataNameRequired } from './metadataNameRequired'

const rule = metadataNameRequired
const doc = (metadata?: unknown) => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  ...(metadata !== undefined ? { metadata } : {}),
  spec: {},
})

describe('metadata-name-required', () => {
  it.each([
    ['no metadata', doc(), 'my-milvus'],
    ['no name', doc({ labels: { a: 'b' } }), 'my-milvus'],
    ['an empty name', doc({ name: '' }), 'my-milvus'],
    ['upper case and underscores', doc({ name: 'My_Milvus' }), 'my-milvus'],
  ])('fires for %s', (_n, d, fixed) => {
    const [f] = findingsOf(rule, d)
    expect(f?.severity).toBe('error')
    expect(f?.fix?.patches).toEqual([{ op: 'set', path: ['metadata', 'name'], value: fixed }])
  })

  it.each([['my-release'], ['milvus.prod'], ['a1']])('accepts %s', (name) => {
    expect(findingsOf(rule, doc({ name }))).toEqual([])
  })

  it.each([
    ['missing', doc()],
    ['invalid', doc({ name: 'Bad Name' })],
  ])('its fix clears the finding (%s)', (_n, d) => {
    expect(remainingAfterFixes(rule, d)).toEqual([[]])
  })
})
