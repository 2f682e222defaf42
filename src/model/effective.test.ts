import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone, withPath } from '../test/builders'
import {
  componentsCreated,
  createDefaultResource,
  effectiveMode,
  effectiveMsgStreamType,
  isMsgStreamDefaulted,
} from './effective'
import { COORDINATORS, type MilvusResource } from './types'

const V25 = { image: 'milvusdb/milvus:v2.5.4' }

describe('createDefaultResource', () => {
  it('returns a fresh v1beta1 Milvus every time', () => {
    const a = createDefaultResource()
    const b = createDefaultResource()
    expect(a).toEqual({
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'my-milvus' },
      spec: {},
    })
    a.spec.mode = 'cluster'
    expect(b.spec.mode).toBeUndefined()
  })
})

describe('effectiveMode', () => {
  it.each([
    [undefined, 'standalone'],
    ['standalone', 'standalone'],
    ['cluster', 'cluster'],
    ['Cluster', 'standalone'],
    [3, 'standalone'],
  ] as const)('mode %j -> %s', (mode, expected) => {
    expect(effectiveMode(withPath(createDefaultResource(), ['spec', 'mode'], mode))).toBe(expected)
  })
})

describe('effectiveMsgStreamType (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L625)', () => {
  it.each<[string, MilvusResource, string]>([
    ['bare standalone on the default 2.6 image', aStandalone(), 'woodpecker'],
    ['standalone on 2.5', aStandalone({ components: V25 }), 'rocksmq'],
    [
      'standalone on an unparsable tag',
      aStandalone({ components: { image: 'milvusdb/milvus:latest' } }),
      'rocksmq',
    ],
    ['no mode at all', createDefaultResource(), 'woodpecker'],
    ['cluster on 2.6', aCluster(), 'pulsar'],
    ['cluster on 2.5', aCluster({ components: V25 }), 'pulsar'],
    ['explicit kafka', aStandalone({ dependencies: { msgStreamType: 'kafka' } }), 'kafka'],
    [
      'explicit natsmq on 2.6 (kept; rules report it)',
      aStandalone({ dependencies: { msgStreamType: 'natsmq' } }),
      'natsmq',
    ],
    ['empty string', aCluster({ dependencies: { msgStreamType: '' } }), 'pulsar'],
    [
      'invalid value',
      withPath(
        aStandalone({ components: V25 }),
        ['spec', 'dependencies', 'msgStreamType'],
        'Kafka',
      ),
      'rocksmq',
    ],
  ])('%s -> %s', (_, r, expected) => {
    expect(effectiveMsgStreamType(r)).toBe(expected)
  })
})

describe('isMsgStreamDefaulted', () => {
  it.each([
    [undefined, true],
    ['', true],
    [null, true],
    ['pulsar', false],
    ['Kafka', false],
  ] as const)('msgStreamType %j -> %s', (value, expected) => {
    expect(
      isMsgStreamDefaulted(
        withPath(aStandalone(), ['spec', 'dependencies', 'msgStreamType'], value),
      ),
    ).toBe(expected)
  })
})

describe('componentsCreated (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L388)', () => {
  it.each<[string, MilvusResource, string[]]>([
    ['standalone', aStandalone(), ['standalone']],
    ['standalone with cdc', aStandalone({ components: { cdc: {} } }), ['standalone', 'cdc']],
    ['cluster on 2.6', aCluster(), ['proxy', 'mixCoord', 'dataNode', 'queryNode', 'streamingNode']],
    [
      'cluster on 2.5',
      aCluster({ components: V25 }),
      ['proxy', 'mixCoord', 'dataNode', 'queryNode', 'indexNode'],
    ],
    [
      'cluster on 2.5 naming a coordinator',
      aCluster({ components: { ...V25, rootCoord: { replicas: 2 } } }),
      ['proxy', ...COORDINATORS, 'dataNode', 'queryNode', 'indexNode'],
    ],
    [
      'cluster on 2.6 naming a coordinator still gets mixCoord',
      aCluster({ components: { queryCoord: {} } }),
      ['proxy', 'mixCoord', 'dataNode', 'queryNode', 'streamingNode'],
    ],
    [
      'cluster on 2.5 with streamingMode',
      aCluster({ components: { ...V25, streamingMode: true } }),
      ['proxy', 'mixCoord', 'dataNode', 'queryNode', 'indexNode', 'streamingNode'],
    ],
    [
      'cluster on 2.5 with a streamingNode block',
      aCluster({ components: { ...V25, streamingNode: { replicas: 1 } } }),
      ['proxy', 'mixCoord', 'dataNode', 'queryNode', 'indexNode', 'streamingNode'],
    ],
    [
      'cluster with cdc',
      aCluster({ components: { cdc: { replicas: 1 } } }),
      ['proxy', 'mixCoord', 'dataNode', 'queryNode', 'streamingNode', 'cdc'],
    ],
  ])('%s', (_, r, expected) => {
    expect(componentsCreated(r)).toEqual(expected)
  })

  it('treats a null component block as absent', () => {
    const r = withPath(aCluster({ components: V25 }), ['spec', 'components', 'rootCoord'], null)
    expect(componentsCreated(r)).toContain('mixCoord')
  })
})
