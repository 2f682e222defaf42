import { describe, expect, it } from 'vitest'
import type { MilvusComponents } from '../../model'
import { componentNotInVersion as rule } from './componentNotInVersion'
import { cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'

const at = (image: string, components: MilvusComponents) =>
  cluster({ components: { image: `milvusdb/milvus:${image}`, ...components } })

describe('component-not-in-version', () => {
  it.each([
    ['indexNode on 2.6', at('v2.6.11', { indexNode: { replicas: 1 } }), 'indexNode', 'warning'],
    ['rootCoord on 2.6', at('v2.6.0', { rootCoord: {} }), 'rootCoord', 'warning'],
    [
      'streamingNode on 2.5 without streamingMode',
      at('v2.5.16', { streamingNode: { replicas: 1 } }),
      'streamingNode',
      'warning',
    ],
    ['streamingNode on 2.4', at('v2.4.9', { streamingNode: {} }), 'streamingNode', 'error'],
  ] as const)('fires for %s', (_, resource, name, severity) => {
    const findings = findingsOf(rule, resource)
    expect(findings.map((f) => [f.path.at(-1), f.severity])).toEqual([[name, severity]])
  })

  it('reports each separate coordinator on 2.6', () => {
    const r = at('v2.6.1', { rootCoord: {}, dataCoord: {}, queryCoord: {}, indexCoord: {} })
    expect(findingsOf(rule, r)).toHaveLength(4)
  })

  it.each([
    ['indexNode on 2.5', at('v2.5.16', { indexNode: { replicas: 1 } })],
    ['indexNode switched off on 2.6', at('v2.6.0', { indexNode: { replicas: 0 } })],
    ['four coordinators on 2.5', at('v2.5.16', { rootCoord: {}, dataCoord: {} })],
    [
      'streamingNode on 2.5 with streamingMode',
      at('v2.5.11', { streamingMode: true, streamingNode: { replicas: 1 } }),
    ],
    ['streamingNode on 2.6', at('v2.6.0', { streamingNode: { replicas: 1 } })],
    ['an unknown version', at('latest', { indexNode: { replicas: 1 } })],
    ['standalone mode', milvus({ components: { indexNode: { replicas: 1 } } })],
    ['no components (default image)', cluster()],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it.each([
    [at('v2.6.11', { indexNode: { replicas: 1 } })],
    [at('v2.5.16', { streamingNode: { replicas: 1 } })],
    [at('v2.4.9', { streamingNode: {} })],
  ])('fix clears the finding (%#)', (resource) => {
    expect(remainingAfterFix(rule, resource)).toEqual([])
  })
})
