import { describe, expect, it } from 'vitest'
import TEXT from '../test/fixtures/queryNodeCommented.yaml?raw'
import { applyPatches, parseYaml } from '../yaml'
import {
  LOAD_BALANCER_PRESETS,
  componentPodLabel,
  dedicatedNodesPatches,
  loadBalancerPresetPatches,
  spreadAcrossZonesPatches,
} from './podPresets'

const QN = ['spec', 'components', 'queryNode'] as const

type Components = Record<string, Record<string, unknown>>
const components = (text: string): Components =>
  (parseYaml(text).documents[0]?.value as { spec: { components: Components } }).spec.components
const queryNode = (text: string) => components(text).queryNode ?? {}

describe('podPresets', () => {
  it('names components as the operator labels their pods', () => {
    expect(componentPodLabel('queryNode')).toBe('querynode')
    expect(componentPodLabel('mixCoord')).toBe('mixcoord')
  })

  it('spreads a component across zones by its instance and component labels', () => {
    const out = applyPatches(TEXT, spreadAcrossZonesPatches(QN, 'vectors', 'queryNode'))
    expect(out).toContain('# query nodes run on the GPU pool')
    expect(queryNode(out).affinity).toEqual({
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              topologyKey: 'topology.kubernetes.io/zone',
              labelSelector: {
                matchLabels: {
                  'app.kubernetes.io/instance': 'vectors',
                  'app.kubernetes.io/component': 'querynode',
                },
              },
            },
          },
        ],
      },
    })
  })

  it('pins to dedicated nodes and appends the matching toleration once', () => {
    const existing = queryNode(TEXT).tolerations
    const out = applyPatches(TEXT, dedicatedNodesPatches(QN, 'pool', 'milvus', existing))
    const qn = queryNode(out)
    expect(qn.tolerations).toEqual([
      { key: 'gpu', operator: 'Exists' },
      { key: 'pool', operator: 'Equal', value: 'milvus', effect: 'NoSchedule' },
    ])
    expect(qn.affinity).toEqual({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'pool', operator: 'In', values: ['milvus'] }] },
          ],
        },
      },
    })
    expect(dedicatedNodesPatches(QN, 'pool', 'milvus', qn.tolerations)).toHaveLength(1)
  })

  it('writes a load-balancer preset with serviceType LoadBalancer', () => {
    const gke = LOAD_BALANCER_PRESETS.find((p) => p.id === 'gke-internal')
    if (!gke) throw new Error('no GKE preset')
    const proxy = ['spec', 'components', 'proxy'] as const
    const out = applyPatches(TEXT, loadBalancerPresetPatches(proxy, gke))
    expect(components(out).proxy).toEqual({
      serviceType: 'LoadBalancer',
      serviceAnnotations: { 'networking.gke.io/load-balancer-type': 'Internal' },
    })
  })

  it('quotes annotation values YAML would read as other types', () => {
    const azure = LOAD_BALANCER_PRESETS.find((p) => p.id === 'azure-internal')
    if (!azure) throw new Error('no Azure preset')
    const out = applyPatches(
      TEXT,
      loadBalancerPresetPatches(['spec', 'components', 'proxy'], azure),
    )
    expect(out).toMatch(/azure-load-balancer-internal: ["']true["']/)
  })
})
