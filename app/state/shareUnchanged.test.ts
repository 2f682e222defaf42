import { describe, expect, it } from 'vitest'
import { deriveQuick } from './deriveQuick'
import { shareUnchanged } from './shareUnchanged'

const TEXT = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: a
spec:
  mode: cluster
  config:
    proxy:
      maxNameLength: 255
  dependencies:
    etcd:
      inCluster:
        values:
          replicaCount: 3
`

describe('shareUnchanged', () => {
  it('keeps the old objects of every unchanged part and only those', () => {
    const before = deriveQuick(TEXT).resource
    const after = deriveQuick(TEXT.replace('name: a', 'name: b')).resource
    const shared = shareUnchanged(before, after)
    expect(shared).toEqual(after)
    expect(shared).not.toBe(before)
    expect(shared?.metadata).not.toBe(before?.metadata)
    expect(shared?.spec).toBe(before?.spec)
    expect(shared?.spec.config).toBe(before?.spec.config)
  })

  it('returns the old value when nothing changed, the new one when everything did', () => {
    const value = { a: [1, { b: 2 }], c: null }
    expect(shareUnchanged(value, structuredClone(value))).toBe(value)
    const other = { a: [1, { b: 3 }], c: null }
    const shared = shareUnchanged(value, other)
    expect(shared).toEqual(other)
    expect(shared.a).not.toBe(value.a)
  })

  it('treats a change of key order or list length as a change', () => {
    const shared = shareUnchanged({ a: 1, b: 2 }, { b: 2, a: 1 })
    expect(Object.keys(shared)).toEqual(['b', 'a'])
    expect(shareUnchanged([1, 2], [1, 2, 3])).toEqual([1, 2, 3])
    expect(shareUnchanged({ a: 1 }, { a: 1, b: undefined })).toHaveProperty('b')
  })
})
