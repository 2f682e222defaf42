/**
 * Ready-made pod settings the form offers in one click, as patches (document-rooted paths) the
 * store applies through its ordinary edit path. Pure; no YAML, no store.
 *
 * Pod labels: the operator labels every pod with app.kubernetes.io/instance = the resource name
 * and app.kubernetes.io/component = the component's lower-case name (NewComponentAppLabels,
 * https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/utils.go#L211, names
 * in pkg/controllers/components.go#L88).
 */
import { isRecord } from './safeClone'
import type { ComponentName, LocalizedText, Patch, SpecPath } from './types'

/** Toleration operators and taint effects Kubernetes accepts (core/v1 Toleration). */
export const TOLERATION_OPERATORS = ['Equal', 'Exists'] as const
export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const

/** The value of app.kubernetes.io/component on a component's pods (`querynode`, `mixcoord`). */
export function componentPodLabel(component: ComponentName): string {
  return component.toLowerCase()
}

/**
 * "Spread across zones": prefer not to place two pods of this instance's component in the same
 * zone (a preferred pod anti-affinity on topology.kubernetes.io/zone), so a zone outage leaves
 * the others running while a small cluster still schedules everything.
 */
export function spreadAcrossZonesPatches(
  base: SpecPath,
  instance: string,
  component: ComponentName,
): Patch[] {
  const term = {
    weight: 100,
    podAffinityTerm: {
      topologyKey: 'topology.kubernetes.io/zone',
      labelSelector: {
        matchLabels: {
          'app.kubernetes.io/instance': instance,
          'app.kubernetes.io/component': componentPodLabel(component),
        },
      },
    },
  }
  return [
    {
      op: 'set',
      path: [...base, 'affinity', 'podAntiAffinity'],
      value: { preferredDuringSchedulingIgnoredDuringExecution: [term] },
    },
  ]
}

function hasToleration(existing: unknown, wanted: Record<string, string>): boolean {
  if (!Array.isArray(existing)) return false
  return existing.some(
    (t: unknown) => isRecord(t) && Object.entries(wanted).every(([k, v]) => t[k] === v),
  )
}

/**
 * "Dedicated nodes": only run on nodes labelled `key=value` (required node affinity) and tolerate
 * the matching `key=value:NoSchedule` taint that keeps other workloads off them. The toleration is
 * appended to `existingTolerations` unless an equal one is there.
 */
export function dedicatedNodesPatches(
  base: SpecPath,
  key: string,
  value: string,
  existingTolerations: unknown,
): Patch[] {
  const nodeAffinity = {
    requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchExpressions: [{ key, operator: 'In', values: [value] }] }],
    },
  }
  const toleration = { key, operator: 'Equal', value, effect: 'NoSchedule' }
  const patches: Patch[] = [
    { op: 'set', path: [...base, 'affinity', 'nodeAffinity'], value: nodeAffinity },
  ]
  if (!hasToleration(existingTolerations, toleration)) {
    const at = Array.isArray(existingTolerations) ? existingTolerations.length : 0
    patches.push({ op: 'set', path: [...base, 'tolerations', at], value: toleration })
  }
  return patches
}

export interface LoadBalancerPreset {
  readonly id: string
  readonly label: LocalizedText
  readonly annotations: Readonly<Record<string, string>>
  /** The cloud's documentation of these annotations. */
  readonly source: string
}

const AWS_LBC =
  'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/'

/** The usual cloud load-balancer annotations for the Milvus Service. */
export const LOAD_BALANCER_PRESETS: readonly LoadBalancerPreset[] = [
  {
    id: 'aws-nlb',
    label: { en: 'AWS NLB', ko: 'AWS NLB' },
    annotations: {
      'service.beta.kubernetes.io/aws-load-balancer-type': 'external',
      'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'ip',
      'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing',
    },
    source: AWS_LBC,
  },
  {
    id: 'aws-nlb-internal',
    label: { en: 'AWS NLB, internal', ko: 'AWS NLB(내부)' },
    annotations: {
      'service.beta.kubernetes.io/aws-load-balancer-type': 'external',
      'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'ip',
      'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal',
    },
    source: AWS_LBC,
  },
  {
    id: 'gke-internal',
    label: { en: 'GKE internal', ko: 'GKE 내부' },
    annotations: { 'networking.gke.io/load-balancer-type': 'Internal' },
    source: 'https://cloud.google.com/kubernetes-engine/docs/how-to/internal-load-balancing',
  },
  {
    id: 'azure-internal',
    label: { en: 'Azure internal', ko: 'Azure 내부' },
    annotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' },
    source: 'https://learn.microsoft.com/azure/aks/internal-lb',
  },
]

/** The preset's annotations on the component's Service, and serviceType LoadBalancer they need. */
export function loadBalancerPresetPatches(base: SpecPath, preset: LoadBalancerPreset): Patch[] {
  return [
    { op: 'set', path: [...base, 'serviceType'], value: 'LoadBalancer' },
    ...Object.entries(preset.annotations).map(([key, value]): Patch => ({
      op: 'set',
      path: [...base, 'serviceAnnotations', key],
      value,
    })),
  ]
}
