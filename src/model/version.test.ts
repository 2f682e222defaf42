import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../test/builders'
import {
  DEFAULT_MILVUS_IMAGE,
  effectiveImage,
  effectiveMilvusVersion,
  imageTag,
  isMilvusAtLeast,
  parseVersion,
} from './version'
import { readResourceVersion } from './operator/version'

describe('parseVersion', () => {
  it.each([
    ['v2.5.4', [2, 5, 4]],
    ['2.5.4', [2, 5, 4]],
    ['2.6', [2, 6, 0]],
    ['v2', [2, 0, 0]],
    ['2.6.0-rc1', [2, 6, 0]],
    ['v2.6.11+build.7', [2, 6, 11]],
    [' v2.4.05 ', [2, 4, 5]],
  ] as const)('reads %j', (text, [major, minor, patch]) => {
    expect(parseVersion(text)).toMatchObject({ major, minor, patch })
  })

  // A `master-` build counts as 2.6 only as an image tag; written as components.version the
  // operator parses it with ParseTolerant, which fails (milvus_types.go lines 137-143).
  it.each([
    'latest',
    '',
    'v',
    '2.6-rc1',
    'nightly-2.6',
    'sha256:abc',
    '2.x.1',
    'v2.6.1.2.3',
    'master-20240101-abc',
  ])('rejects %j', (text) => {
    expect(parseVersion(text)).toBeUndefined()
  })
})

describe('imageTag', () => {
  it.each([
    ['milvusdb/milvus:v2.6.11', 'v2.6.11'],
    ['registry:5000/milvusdb/milvus:v2.5.4', 'v2.5.4'],
    ['milvusdb/milvus', undefined],
    // The operator takes the text after the last `:` (milvus_types.go lines 145-151), so a
    // registry port or a digest is what it reads.
    ['registry:5000/milvusdb/milvus', '5000/milvusdb/milvus'],
    ['milvusdb/milvus@sha256:abcd', 'abcd'],
    ['milvusdb/milvus:v2.4.0@sha256:abcd', 'abcd'],
  ] as const)('%s -> %s', (image, tag) => {
    expect(imageTag(image)).toBe(tag)
  })
})

describe('effectiveMilvusVersion (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_types.go#L132)', () => {
  it('uses the default image when nothing is set, so a bare resource is 2.6', () => {
    const r = aStandalone()
    expect(effectiveImage(r)).toBe(DEFAULT_MILVUS_IMAGE)
    expect(effectiveMilvusVersion(r)).toMatchObject({
      major: 2,
      minor: 6,
      patch: 11,
      source: 'default',
    })
  })

  it.each([
    [{ image: 'milvusdb/milvus:v2.5.4' }, '2.5.4', 'image'],
    [{ image: 'milvusdb/milvus:v2.5.4', version: '2.6.1' }, '2.6.1', 'version'],
    [{ image: 'milvusdb/milvus:latest' }, undefined, undefined],
    [{ image: 'milvusdb/milvus:master-20250101-abcdef' }, '2.6.0', 'master'],
    [{ version: 'latest', image: 'milvusdb/milvus:v2.6.0' }, undefined, undefined],
    [{ image: '' }, '2.6.11', 'default'],
    // What the operator reads, not what a person means (milvus_types.go lines 136-160):
    [{ image: 'milvusdb/milvus:v2.6.1@sha256:abcd' }, undefined, undefined],
    [{ image: 'registry:5000/milvusdb/milvus' }, undefined, undefined],
    [{ image: 'registry:5000/milvusdb/milvus:v2.5.4' }, '2.5.4', 'image'],
    [{ version: 'master-20250101-abc', image: 'milvusdb/milvus:v2.6.0' }, undefined, undefined],
    [{ version: '', image: 'milvusdb/milvus:master-20250101-abc' }, '2.6.0', 'master'],
  ] as const)('components %j -> %s', (components, expected, source) => {
    const v = effectiveMilvusVersion(aStandalone({ components }))
    expect(v ? `${v.major}.${v.minor}.${v.patch}` : undefined).toBe(expected)
    expect(v?.source).toBe(source)
  })

  it('ignores per-component images, as the operator does', () => {
    const r = aCluster({ components: { proxy: { image: 'milvusdb/milvus:v2.4.0' } } })
    expect(effectiveMilvusVersion(r)?.minor).toBe(6)
  })
})

describe('isMilvusAtLeast', () => {
  it.each([
    [{}, true],
    [{ image: 'milvusdb/milvus:v2.5.16' }, false],
    [{ image: 'milvusdb/milvus:v2.6.0-rc1' }, true],
    [{ image: 'milvusdb/milvus:v3.0.0' }, true],
    [{ image: 'milvusdb/milvus:latest' }, false],
    [{ version: 'v2.6' }, true],
    [{ image: 'milvusdb/milvus:master-20250101-abc' }, true],
    [{ image: 'milvusdb/milvus:v2.6.1@sha256:abcd' }, false],
    [{ version: 'master-20250101-abc' }, false],
    [{ image: 'milvusdb/milvus:v2.5.1000' }, true],
  ] as const)('components %j at least 2.6: %s', (components, expected) => {
    const r = aStandalone({ components })
    expect(isMilvusAtLeast(r, 2, 6)).toBe(expected)
    const { version = '', image = '' } = components as { version?: string; image?: string }
    expect(readResourceVersion({ version, image }).isAtLeast2_6).toBe(expected)
  })
})
