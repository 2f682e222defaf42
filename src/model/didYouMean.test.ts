import { describe, expect, it } from 'vitest'
import { didYouMean, editDistance, renameReason } from './didYouMean'
import { childKeys } from './lookup'

const keysAt = (path: string[]): readonly string[] => {
  const keys = childKeys(path)
  return Array.isArray(keys) ? keys : []
}

describe('renameReason', () => {
  it('explains streamNode -> streamingNode and nothing for other pairs', () => {
    expect(renameReason('streamNode', 'streamingNode')?.en).toContain('streaming node')
    expect(renameReason('streamNode', 'streamingMode')).toBeUndefined()
  })
})

describe('didYouMean', () => {
  it.each([
    ['endpoints', ['spec', 'dependencies', 'pulsar'], 'endpoint'],
    ['component', ['spec'], 'components'],
    ['dependency', ['spec'], 'dependencies'],
    ['msgstreamtype', ['spec', 'dependencies'], 'msgStreamType'],
    ['brokerlist', ['spec', 'dependencies', 'kafka'], 'brokerList'],
    ['extrenal', ['spec', 'dependencies', 'kafka'], 'external'],
    ['incluster', ['spec', 'dependencies', 'etcd'], 'inCluster'],
    ['replica', ['spec', 'components', 'proxy'], 'replicas'],
    ['imagUpdateMode', ['spec', 'components'], 'imageUpdateMode'],
  ])('%s under %j -> %s', (key, path, expected) => {
    expect(didYouMean(key, keysAt(path))).toBe(expected)
  })

  it.each([
    ['securityPolicy', ['securityProtocol', 'saslMechanisms', 'saslUsername'], 'securityProtocol'],
    ['resoureces', ['replicaCount', 'resources'], 'resources'],
    ['limit', ['limits', 'requests'], 'limits'],
    ['Cluster', ['cluster', 'standalone'], 'cluster'],
    // Equally far by edits; the shared suffix "node" decides.
    ['streamNode', ['streamingMode', 'streamingNode'], 'streamingNode'],
    ['queryNod', ['queryCoord', 'queryNode'], 'queryNode'],
  ])('%s in %j -> %s', (key, candidates, expected) => {
    expect(didYouMean(key, candidates)).toBe(expected)
  })

  it.each([
    ['endpoints', ['foo', 'bar']],
    ['zzzzzzzz', ['mode', 'components']],
    ['mode', ['mode', 'components']],
    ['x'.repeat(5000), ['x']],
  ])('gives nothing for %s', (key, candidates) => {
    expect(didYouMean(key, candidates)).toBeUndefined()
  })
})

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['a', '', 1],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['replcias', 'replicas', 1],
    ['abc', 'abc', 0],
  ] as const)('%s/%s -> %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
  })
})
