import { describe, expect, it } from 'vitest'
import { getAtPath, pathToString } from './paths'

describe('pathToString', () => {
  it.each([
    [['spec', 'dependencies', 'kafka', 'brokerList', 0], 'spec.dependencies.kafka.brokerList[0]'],
    [['spec', 'components', 'proxy', 'groups', 1, 'name'], 'spec.components.proxy.groups[1].name'],
    [['metadata', 'annotations', 'milvus.io/x'], 'metadata.annotations["milvus.io/x"]'],
    [['spec', 'config', 'a b'], 'spec.config["a b"]'],
    [['spec', 'config', ''], 'spec.config[""]'],
    [['spec', 'config', '1st'], 'spec.config["1st"]'],
    [[0, 'a'], '[0].a'],
    [[], ''],
  ] as const)('%j -> %s', (path, text) => {
    expect(pathToString(path)).toBe(text)
  })
})

describe('getAtPath', () => {
  const doc = { spec: { list: ['a', { b: 2 }], 'x.y': 1, nul: null } }
  it.each([
    [['spec', 'list', 0], 'a'],
    [['spec', 'list', 1, 'b'], 2],
    [['spec', 'list', '1', 'b'], 2],
    [['spec', 'x.y'], 1],
    [['spec', 'nul'], null],
    [['spec', 'nul', 'deeper'], undefined],
    [['spec', 'missing', 'deeper'], undefined],
    [['spec', 'list', 'length'], undefined],
    [['spec', 'toString'], undefined],
    [[], doc],
  ] as const)('%j -> %j', (path, value) => {
    expect(getAtPath(doc, path)).toEqual(value)
  })
})
