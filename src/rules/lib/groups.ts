/**
 * Deployment groups (`components.<c>.groups[]`): which components accept them, what the operator
 * names their Deployments, and the Kubernetes name checks the webhook applies (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/components_types.go#L49, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L86
 * row 11). Pure helpers.
 */
import {
  GROUP_COMPONENTS,
  isRecord,
  type ComponentName,
  type DeploymentGroup,
  type GroupComponent,
  type MilvusResource,
  type SpecPath,
} from '../../model'
import { resourceName } from './read'

export interface GroupEntry {
  readonly component: GroupComponent
  readonly index: number
  readonly group: DeploymentGroup
  readonly path: SpecPath
}

/** Every object item of `groups` on the four components that accept groups. */
export function groupEntries(r: MilvusResource): GroupEntry[] {
  return GROUP_COMPONENTS.flatMap((component) => {
    const groups: unknown = r.spec.components?.[component]?.groups
    if (!Array.isArray(groups)) return []
    return groups.flatMap((group: unknown, index) => {
      if (!isRecord(group)) return []
      const path = ['spec', 'components', component, 'groups', index]
      return [{ component, index, group: group as DeploymentGroup, path }]
    })
  })
}

/** The operator's Deployment name for a component (`<name>-milvus-<component lower-case>`). */
export function deploymentName(
  r: MilvusResource,
  component: ComponentName,
  group?: string,
): string {
  const base = `${resourceName(r)}-milvus-${component.toLowerCase()}`
  return group === undefined ? base : `${base}-${group}`
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

/** Kubernetes IsDNS1123Label: lower-case letters, digits and '-', alphanumeric ends, <= 63 chars. */
export function isDns1123Label(value: string): boolean {
  return value.length <= 63 && DNS1123_LABEL.test(value)
}

/** The nearest valid label: lower-cased, other characters turned into '-', trimmed to 63. */
export function toDns1123Label(value: string): string {
  const cleaned = value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '')
  return cleaned === '' ? 'group' : cleaned
}

const RESERVED_LABEL_PREFIXES = ['milvus.io/', 'app.kubernetes.io/'] as const
const RESERVED_ANNOTATION_PREFIXES = [
  ...RESERVED_LABEL_PREFIXES,
  'kubernetes.io/',
  'k8s.io/',
] as const

export function isReservedLabel(key: string): boolean {
  return RESERVED_LABEL_PREFIXES.some((p) => key.startsWith(p))
}

export function isReservedAnnotation(key: string): boolean {
  return RESERVED_ANNOTATION_PREFIXES.some((p) => key.startsWith(p))
}
