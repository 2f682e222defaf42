import { describe, expect, it } from 'vitest'
import { applyFix, findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { v1alpha1IsStandalone } from './v1alpha1IsStandalone'

const rule = v1alpha1IsStandalone
const alpha = (spec: Record<string, unknown>, name = 'my-release') => ({
  apiVersion: 'milvus.io/v1alpha1',
  kind: 'Milvus',
  metadata: { name },
  spec,
})

describe('v1alpha1-is-standalone', () => {
  it.each([
    ['a plain v1alpha1 Milvus', alpha({}), 'info'],
    [
      'v1alpha1 with a Pulsar block',
      alpha({ dependencies: { pulsar: { external: true } } }),
      'warning',
    ],
    ['v1alpha1 selecting Kafka', alpha({ dependencies: { msgStreamType: 'kafka' } }), 'warning'],
    ['a name that says cluster', alpha({}, 'milvus-cluster'), 'warning'],
  ])('reports %s as %s', (_n, doc, severity) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe(severity)
    expect(f?.path).toEqual(['apiVersion'])
  })

  itDoesNotFire(rule, [
    [
      'v1beta1',
      { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name: 'a' }, spec: {} },
    ],
    [
      'v1alpha1 MilvusCluster (always cluster)',
      {
        apiVersion: 'milvus.io/v1alpha1',
        kind: 'MilvusCluster',
        metadata: { name: 'a' },
        spec: {},
      },
    ],
  ])

  it('converts the flat fields along with the apiVersion, so nothing is lost', () => {
    const doc = alpha({
      image: 'milvusdb/milvus:v2.5.4',
      resources: { limits: { cpu: '2' } },
      persistence: { enabled: true },
    })
    const [f] = findingsOf(rule, doc)
    const fixed = applyFix(doc, f?.fix) as { apiVersion: string; spec: Record<string, unknown> }
    expect(fixed.apiVersion).toBe('milvus.io/v1beta1')
    expect(fixed.spec).toEqual({
      components: {
        image: 'milvusdb/milvus:v2.5.4',
        standalone: { resources: { limits: { cpu: '2' } } },
      },
      dependencies: { rocksmq: { persistence: { enabled: true } } },
    })
    expect(findingsOf(rule, fixed)).toEqual([])
  })

  it('its fix clears the finding', () => {
    expect(remainingAfterFixes(rule, alpha({ dependencies: { msgStreamType: 'kafka' } }))).toEqual([
      [],
    ])
  })
})
