import { describe, expect, it } from 'vitest'
import {
  isImageVersionGreaterThan2_6,
  milvusVersionByImage,
  parseTolerant,
  readResourceVersion,
} from './version'

// zilliztech/milvus-operator v1.3.8 apis/milvus.io/v1beta1/milvus_types_test.go,
// TestIsImageVersionGreaterThan2_6 (lines 368-392).
const GREATER_THAN_2_6: readonly [string, string, boolean][] = [
  ['', '10.20.12.8:5000/milvusdb/milvus:v2.5.0', false],
  ['', '10.20.12.8:5000/milvusdb/milvus:v2.6.0', true],
  ['', 'milvusdb/milvus:v2.5.0', false],
  ['', 'milvusdb/milvus:v2.6.0', true],
  ['v2.5.0', 'milvusdb/milvus:20250209-200000', false],
  ['v2.6.1', 'milvusdb/milvus:20250809-100000', true],
]

// Same file, TestMilvus_setDefaultMsgStreamType (lines 326-366): Woodpecker is chosen exactly when
// the version reads as 2.6 or later.
const DEFAULT_STREAM_CASES: readonly [string, string, boolean][] = [
  ['', 'milvusdb/milvus:master-', true],
  ['', 'milvusdb/milvus:2.6.0-rc1', true],
  ['', 'milvusdb/milvus:2.5.11', false],
  ['', 'milvusdb/milvus:unknown', false],
  ['2.6.0-rc1', 'milvusdb/milvus:dev-20250609-100000-g1234567', true],
]

describe('isImageVersionGreaterThan2_6 (operator unit-test cases)', () => {
  it.each([...GREATER_THAN_2_6, ...DEFAULT_STREAM_CASES])(
    'version %j image %s -> %s',
    (version, image, expected) => {
      expect(isImageVersionGreaterThan2_6(version, image)).toBe(expected)
    },
  )
})

describe('isImageVersionGreaterThan2_6 on what users write', () => {
  it.each([
    ['', 'milvusdb/milvus:latest', false],
    // A digest: the text after the last ':' is the hash, not the tag.
    ['', 'milvusdb/milvus:v2.6.0@sha256:0123abcd', false],
    ['', 'milvusdb/milvus@sha256:0123abcd', false],
    // A registry port without a tag: "5000/milvusdb/milvus" is not a version.
    ['', 'registry:5000/milvusdb/milvus', false],
    ['', 'milvusdb/milvus', false],
    // components.version wins even when it is unreadable, and master- is not special there.
    ['master-20250101', 'milvusdb/milvus:v2.6.0', false],
    ['latest', 'milvusdb/milvus:v2.6.0', false],
    ['2.6', 'milvusdb/milvus:v2.5.0', true],
    // GT(2.5.999) is a triple comparison: 2.5.1000 counts as 2.6.
    ['', 'milvusdb/milvus:v2.5.1000', true],
    ['', 'milvusdb/milvus:v2.5.999-rc1', false],
    ['', 'milvusdb/milvus:v2.6.0-gpu', true],
  ])('version %j image %s -> %s', (version, image, expected) => {
    expect(isImageVersionGreaterThan2_6(version, image)).toBe(expected)
  })
})

// Same file, TestGetMilvusVersionByGlobalImage (lines 278-298).
describe('milvusVersionByImage', () => {
  it('reads milvusdb/milvus:v2.3.1-beta1 as 2.3.1 with pre-release beta1', () => {
    expect(milvusVersionByImage('milvusdb/milvus:v2.3.1-beta1')).toMatchObject({
      major: 2,
      minor: 3,
      patch: 1,
      pre: ['beta1'],
    })
  })
  it.each(['', 'harbor.milvus.io/milvus/milvus:latest', '10.0.0.1:5000/milvus:v2.5.0'])(
    'fails on %j',
    (image) => {
      expect(milvusVersionByImage(image)).toBeUndefined()
    },
  )
})

describe('parseTolerant (blang/semver v4)', () => {
  it.each([
    ['v2.6.0', [2, 6, 0]],
    [' 2.6 ', [2, 6, 0]],
    ['02.06.01', [2, 6, 1]],
    ['2', [2, 0, 0]],
    ['2.6.0+build.1', [2, 6, 0]],
  ] as const)('%j -> %j', (text, triple) => {
    const v = parseTolerant(text)
    expect(v && [v.major, v.minor, v.patch]).toEqual(triple)
  })
  it.each(['latest', '2.6-rc1', '2.6.0-', '2.6.0-01', '2.6.0+', 'vv2.6.0', '20250209-200000', ''])(
    'rejects %j',
    (text) => {
      expect(parseTolerant(text)).toBeUndefined()
    },
  )
})

describe('readResourceVersion', () => {
  it('reads the default image when the image is unset', () => {
    expect(readResourceVersion(undefined)).toMatchObject({
      source: 'default-image',
      isAtLeast2_6: true,
    })
  })
  it('reports components.version as the source when set', () => {
    expect(
      readResourceVersion({ version: 'latest', image: 'milvusdb/milvus:v2.6.0' }),
    ).toMatchObject({ source: 'version', text: 'latest', isAtLeast2_6: false })
  })
})
