import { describe, expect, it } from 'vitest'
import { apiVersionKind } from './apiVersionKind'
import { findingsOf, remainingAfterFixes } from '../../test/ruleKit'

const rule = apiVersionKind
const doc = (apiVersion: string, kind: string) => ({
  apiVersion,
  kind,
  metadata: { name: 'm' },
  spec: {},
})

describe('api-version-kind', () => {
  it.each([
    ['an unknown version', doc('milvus.io/v1', 'Milvus'), ['apiVersion']],
    ['a missing apiVersion', { kind: 'Milvus', metadata: { name: 'm' }, spec: {} }, ['apiVersion']],
    ['MilvusCluster at v1beta1', doc('milvus.io/v1beta1', 'MilvusCluster'), ['kind']],
    ['a foreign kind', doc('milvus.io/v1beta1', 'Milvuses'), ['kind']],
  ])('fires for %s', (_n, d, path) => {
    const [f] = findingsOf(rule, d)
    expect(f?.severity).toBe('error')
    expect(f?.path).toEqual(path)
  })

  it.each([
    ['v1beta1 Milvus', doc('milvus.io/v1beta1', 'Milvus')],
    ['v1alpha1 Milvus', doc('milvus.io/v1alpha1', 'Milvus')],
    ['v1alpha1 MilvusCluster', doc('milvus.io/v1alpha1', 'MilvusCluster')],
  ])('accepts %s', (_n, d) => {
    expect(findingsOf(rule, d)).toEqual([])
  })

  it.each([
    ['version', doc('milvus.io/v2', 'Milvus')],
    ['MilvusCluster', doc('milvus.io/v1beta1', 'MilvusCluster')],
  ])('its fix clears the finding (%s)', (_n, d) => {
    expect(remainingAfterFixes(rule, d)).toEqual([[]])
  })
})
