import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus } from '../../test/ruleKit'
import { volumeMountUnknownVolume as rule } from './volumeMountUnknownVolume'

const vol = (name: string) => ({ name, emptyDir: {} })
const mount = (name: string) => ({ name, mountPath: `/mnt/${name}` })

describe('volume-mount-unknown-volume', () => {
  it('reports a mount whose volume is defined nowhere', () => {
    const doc = milvus({ components: { volumeMounts: [mount('cache')] } } as never)
    const findings = findingsOf(rule, doc)
    expect(findings.map((f) => f.path)).toEqual([['spec', 'components', 'volumeMounts', 0, 'name']])
    expect(findings[0]?.message.en).toContain('standalone')
    expect(findings[0]?.severity).toBe('warning')
  })

  it('reports a global mount broken by a component that brings its own volumes', () => {
    const doc = cluster({
      components: {
        volumes: [vol('cache')],
        volumeMounts: [mount('cache')],
        queryNode: { volumes: [vol('models')] },
      },
    } as never)
    const findings = findingsOf(rule, doc)
    expect(findings.map((f) => f.path)).toEqual([['spec', 'components', 'volumeMounts', 0, 'name']])
    expect(findings[0]?.message.en).toContain('queryNode')
    expect(findings[0]?.message.en).not.toContain('proxy')
  })

  it('reports a component mount that its own volumes replace away', () => {
    const doc = cluster({
      components: {
        volumes: [vol('cache')],
        queryNode: { volumes: [vol('models')], volumeMounts: [mount('cache')] },
      },
    } as never)
    expect(findingsOf(rule, doc).map((f) => f.path)).toEqual([
      ['spec', 'components', 'queryNode', 'volumeMounts', 0, 'name'],
    ])
  })

  it.each([
    [
      'a global volume and mount',
      milvus({ components: { volumes: [vol('a')], volumeMounts: [mount('a')] } } as never),
    ],
    [
      'a component mount of a global volume',
      cluster({
        components: { volumes: [vol('a')], dataNode: { volumeMounts: [mount('a')] } },
      } as never),
    ],
    [
      'a mount of the operator config volume',
      milvus({ components: { volumeMounts: [mount('milvus-config')] } } as never),
    ],
    [
      'the operator removal marker',
      milvus({ components: { volumeMounts: [mount('_remove')] } } as never),
    ],
    ['no mounts', milvus({ components: {} })],
    ['no components', milvus()],
  ])('stays quiet for %s', (_, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })
})
