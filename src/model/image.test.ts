import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../test/builders'
import {
  imageRepository,
  isRunningAtLeast,
  pinImagePatches,
  runningMilvusVersion,
  splitImageReference,
} from './image'

describe('image helpers', () => {
  it.each([
    ['milvusdb/milvus:v2.6.11', 'milvusdb/milvus'],
    ['registry:5000/team/milvus:v2.5.0', 'registry:5000/team/milvus'],
    ['registry:5000/milvus', 'registry:5000/milvus'],
    ['milvusdb/milvus@sha256:abc', 'milvusdb/milvus'],
  ])('imageRepository(%s) is %s', (image, repo) => {
    expect(imageRepository(image)).toBe(repo)
  })

  it.each([
    [
      'registry:5000/team/milvus:v2.5.0@sha256:abc',
      'registry:5000/team/milvus',
      'v2.5.0',
      'sha256:abc',
    ],
    ['registry:5000/milvus', 'registry:5000/milvus', undefined, undefined],
  ])('splitImageReference(%s)', (image, repository, tag, digest) => {
    expect(splitImageReference(image)).toEqual({
      repository,
      ...(tag === undefined ? {} : { tag }),
      ...(digest === undefined ? {} : { digest }),
    })
  })

  it('reads the standalone pod image the way the operator reads an image tag', () => {
    const pinned = (image: string) => aStandalone({ components: { standalone: { image } } })
    expect(runningMilvusVersion(pinned('milvusdb/milvus:v2.6.1@sha256:abc'))).toBeUndefined()
    expect(runningMilvusVersion(pinned('registry:5000/milvus'))).toBeUndefined()
    expect(runningMilvusVersion(pinned('milvusdb/milvus:master-20250101-abc'))?.source).toBe(
      'master',
    )
  })

  it('reads the standalone pod image first in standalone mode', () => {
    const r = aStandalone({ components: { standalone: { image: 'milvusdb/milvus:v2.5.4' } } })
    expect(runningMilvusVersion(r)?.minor).toBe(5)
    expect(isRunningAtLeast(r, 2, 6)).toBe(false)
  })

  it('uses the global version in cluster mode and when no pod image is set', () => {
    expect(
      isRunningAtLeast(
        aCluster({ components: { standalone: { image: 'milvusdb/milvus:v2.5.4' } } }),
        2,
        6,
      ),
    ).toBe(true)
    expect(isRunningAtLeast(aStandalone(), 2, 6)).toBe(true)
    expect(
      isRunningAtLeast(aStandalone({ components: { image: 'milvusdb/milvus:latest' } }), 2, 3),
    ).toBe(false)
  })

  it('pins the standalone image for a v1alpha1 document and the global one otherwise', () => {
    expect(pinImagePatches(aStandalone(), 'v2.5.16', true)[0]?.path).toEqual([
      'spec',
      'components',
      'standalone',
      'image',
    ])
    expect(pinImagePatches(aStandalone(), 'v2.5.16', false)[0]?.path).toEqual([
      'spec',
      'components',
      'image',
    ])
  })
})
