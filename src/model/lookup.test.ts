import { describe, expect, it } from 'vitest'
import {
  childKeys,
  knownChildKeys,
  listFields,
  lookupField,
  resolveChild,
  resolveField,
  ROOT_FIELD,
} from './lookup'

describe('lookupField', () => {
  it('describes enums and defaults', () => {
    expect(lookupField(['spec', 'mode'])).toMatchObject({
      path: 'spec.mode',
      kind: 'string',
      enum: ['cluster', 'standalone'],
      default: 'standalone',
    })
    expect(lookupField(['spec', 'dependencies', 'msgStreamType'])?.enum).toContain('woodpecker')
  })

  it.each([
    [['spec', 'dependencies', 'woodpecker'], { milvus: '2.6.0', operator: '1.3.0' }],
    [['spec', 'dependencies', 'woodpecker', 'external'], { operator: '1.3.8' }],
    [['spec', 'dependencies', 'woodpecker', 'quorumBufferPools'], { operator: '1.3.8' }],
    [['spec', 'dependencies', 'kafka', 'secretRef'], { operator: '1.3.8' }],
    [['spec', 'dependencies', 'storage', 'ssl'], { operator: '1.3.0' }],
    [['spec', 'dependencies', 'natsmq'], { milvus: '2.3.0', operator: '0.8.0' }],
    [['spec', 'config', 'woodpecker'], { milvus: '2.6.0' }],
  ])('%j needs %j', (path, since) => {
    expect(lookupField(path)?.since).toEqual(since)
  })

  it('knows natsmq is gone in 2.6', () => {
    expect(lookupField(['spec', 'dependencies', 'natsmq'])?.until).toEqual({ milvus: '2.6.0' })
  })

  it('resolves list indices, component names and map keys', () => {
    expect(lookupField(['spec', 'dependencies', 'kafka', 'brokerList', 0])).toMatchObject({
      path: 'spec.dependencies.kafka.brokerList[]',
      kind: 'string',
    })
    expect(lookupField(['spec', 'components', 'queryNode', 'replicas'])).toMatchObject({
      kind: 'integer',
      min: -1,
    })
    expect(lookupField(['spec', 'components', 'proxy', 'port'])).toMatchObject({
      min: 0,
      max: 65535,
    })
    expect(lookupField(['spec', 'components', 'proxy', 'groups', 2, 'name'])?.kind).toBe('string')
    expect(lookupField(['spec', 'components', 'resources', 'limits', 'memory'])).toMatchObject({
      path: 'spec.components.resources.limits.*',
      kind: 'quantity',
    })
    expect(lookupField(['metadata', 'labels', 'app'])?.kind).toBe('string')
  })

  it('knows the keys of spec.config and marks them as free-form territory', () => {
    expect(lookupField(['spec', 'config', 'kafka', 'securityProtocol'])).toMatchObject({
      enum: ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'],
      inFreeForm: true,
    })
    expect(lookupField(['spec', 'config', 'natsmq', 'server', 'maxPayload'])?.default).toBe(8388608)
    expect(lookupField(['spec', 'config', 'minio', 'cloudProvider'])?.enum).toContain('gcp')
  })

  it.each([
    [['spec', 'component']],
    [['spec', 'dependencies', 'pulsar', 'endpoints']],
    [['spec', 'config', 'unknownSection']],
    [['spec', 'mode', 'deeper']],
    [[]],
  ])('is undefined for %j', (path) => {
    expect(lookupField(path)).toBeUndefined()
  })

  it('describes every field in English and Korean', () => {
    for (const { path, def } of listFields()) {
      expect(def.description.en, path).toMatch(/\w/)
      expect(def.description.ko, path).toMatch(/[가-힣]/)
    }
  })
})

describe('childKeys', () => {
  it('lists the keys of pruned objects', () => {
    expect(childKeys(['spec'])).toEqual([
      'mode',
      'components',
      'dependencies',
      'config',
      'hookConfig',
    ])
    expect(childKeys(['spec', 'dependencies', 'pulsar'])).toEqual([
      'inCluster',
      'external',
      'endpoint',
    ])
    expect(childKeys(['spec', 'dependencies', 'woodpecker', 'quorumBufferPools', 0])).toEqual([
      'name',
      'seeds',
    ])
  })

  it.each([
    [['spec', 'config']],
    [['spec', 'config', 'kafka']],
    [['spec', 'config', 'whatever', 'deep']],
    [['spec', 'dependencies', 'pulsar', 'inCluster', 'values', 'bookkeeper']],
    [['spec', 'dependencies', 'rocksmq', 'persistence', 'persistentVolumeClaim', 'spec']],
    [['spec', 'components', 'volumes', 0]],
    [['metadata', 'labels']],
  ])('says free-form for %j', (path) => {
    expect(childKeys(path)).toBe('free-form')
  })

  it.each([
    [['spec', 'components', 'affinity']],
    [['spec', 'mode']],
    [['spec', 'nope']],
    [['spec', 'dependencies', 'kafka', 'brokerList']],
  ])('does not know %j', (path) => {
    expect(childKeys(path)).toBeUndefined()
  })

  it('still lists the documented keys inside free-form areas', () => {
    expect(knownChildKeys(['spec', 'config'])).toEqual(
      expect.arrayContaining([
        'mq',
        'kafka',
        'pulsar',
        'rocksmq',
        'natsmq',
        'woodpecker',
        'etcd',
        'minio',
        'common',
      ]),
    )
    expect(knownChildKeys(['spec', 'config', 'etcd', 'auth'])).toEqual([
      'enabled',
      'userName',
      'password',
    ])
    expect(knownChildKeys(['spec', 'mode'])).toEqual([])
  })
})

describe('resolveChild', () => {
  // Catalogue paths as document paths: `[]` becomes an index, `*` a map key; then one unknown
  // key and one more below it, so paths that leave the catalogue are covered too.
  const documentPath = (catalogue: string): (string | number)[] =>
    catalogue
      .replace(/\[\]/g, '.0')
      .split('.')
      .map((seg) => (seg === '0' ? 0 : seg === '*' ? 'some-key' : seg))
  const paths = listFields().flatMap(({ path }) => {
    const p = documentPath(path)
    return [p, [...p, 'notAField'], [...p, 'notAField', 'below'], [...p, 3]]
  })

  it('steps from a parent to what a resolution from the top gives, for every catalogue path', () => {
    expect(paths.length).toBeGreaterThan(400)
    for (const path of paths) {
      const stepped = path.reduce(resolveChild, ROOT_FIELD)
      expect(stepped).toEqual(resolveField(path))
    }
  })
})
