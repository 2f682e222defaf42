import { describe, expect, it } from 'vitest'
import { EXTERNAL_KAFKA_HEAD } from '../test/externalKafka'
import { keyAtLine, keysByLine, parentPathAt } from './yamlOutline'

// Lines 1-11 are the head (metadata.name at 4, brokerList at 11); the brokers are 12 and 13.
const DOC = `${EXTERNAL_KAFKA_HEAD}        - broker-0:9092
        - broker-1:9092
  components:
    env:
    - name: A
      value: "1"
    - name: B
      value: |
        notAKey: here
  config:
    "quoted.key": x
---
kind: Secret
`.split('\n')

describe('keyAtLine', () => {
  it.each([
    [4, ['metadata', 'name']],
    [8, ['spec', 'dependencies', 'msgStreamType']],
    [10, ['spec', 'dependencies', 'kafka', 'external']],
    [16, ['spec', 'components', 'env', 0, 'name']],
    [17, ['spec', 'components', 'env', 0, 'value']],
    [18, ['spec', 'components', 'env', 1, 'name']],
    [22, ['spec', 'config', 'quoted.key']],
    [24, ['kind']],
  ])('line %i is %j', (line, path) => {
    expect(keyAtLine(DOC, line)?.path).toEqual(path)
  })

  it('ignores list scalars, comments and block scalar text', () => {
    expect(keyAtLine(DOC, 12)).toBeUndefined()
    expect(keyAtLine(DOC, 20)).toBeUndefined()
  })

  it('reports the key and value columns', () => {
    const k = keyAtLine(DOC, 6)
    expect(k).toMatchObject({ key: 'mode', keyStart: 3, valueStart: 8 })
  })
})

describe('parentPathAt', () => {
  it('finds the parent of a key being typed under an open mapping', () => {
    const lines = ['spec:', '  dependencies:', '    kaf']
    expect(parentPathAt(lines, 3, 5, false)).toEqual(['spec', 'dependencies'])
  })

  it('climbs back out when the new key is less indented', () => {
    const lines = ['spec:', '  dependencies:', '    msgStreamType: kafka', '  mo']
    expect(parentPathAt(lines, 4, 3, false)).toEqual(['spec'])
  })

  it('starts a new list item after existing ones', () => {
    expect(parentPathAt(DOC, 19, 7, true)).toEqual(['spec', 'components', 'env', 2])
  })

  it('is the root at column 1', () => {
    expect(parentPathAt(DOC, 3, 1, false)).toEqual([])
  })
})

describe('keysByLine', () => {
  it('agrees with keyAtLine on every line', () => {
    const all = keysByLine(DOC)
    DOC.forEach((_, i) => expect(all[i]?.path).toEqual(keyAtLine(DOC, i + 1)?.path))
  })
})
