/**
 * Names the operator v1.3.8 derives from `metadata.name`, and the Kubernetes or Helm limit each
 * must meet. Pure. Sources: the Service `<name>-milvus` (pkg/controllers/components.go
 * GetServiceInstanceName, line 361), the label `app.kubernetes.io/instance: <name>` on every
 * object (pkg/controllers/utils.go line 30), and the Helm release `<name>-<chart>` of each
 * in-cluster dependency (pkg/helm/helm.go line 172; Helm refuses release names over 53 characters).
 */
import { effectiveMsgStreamType } from '../effective'
import type { MilvusResource } from '../types'

export type NameCheck = 'dns1035-label' | 'label-value' | 'helm-release'

export interface DerivedName {
  /** What the operator creates under this name. */
  readonly object: string
  readonly name: string
  readonly check: NameCheck
  readonly limit: number
}

const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/
const HELM_RELEASE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

const LIMITS: Record<NameCheck, number> = {
  'dns1035-label': 63,
  'label-value': 63,
  'helm-release': 53,
}
const PATTERNS: Record<NameCheck, RegExp> = {
  'dns1035-label': DNS1035,
  'label-value': LABEL_VALUE,
  'helm-release': HELM_RELEASE,
}

/** The in-cluster dependencies the operator installs as Helm releases for this resource. */
export function inClusterCharts(r: MilvusResource): string[] {
  const deps = r.spec?.dependencies
  const stream = effectiveMsgStreamType(r)
  const charts: string[] = []
  if (deps?.etcd?.external !== true) charts.push('etcd')
  if (deps?.storage?.external !== true) charts.push('minio')
  if (stream === 'pulsar' && deps?.pulsar?.external !== true) charts.push('pulsar')
  if (stream === 'kafka' && deps?.kafka?.external !== true) charts.push('kafka')
  if (deps?.tei?.enabled === true) charts.push('tei')
  return charts
}

/** Every derived name with the check it must pass. */
export function derivedNames(r: MilvusResource, name: string): DerivedName[] {
  const of = (object: string, n: string, check: NameCheck): DerivedName => ({
    object,
    name: n,
    check,
    limit: LIMITS[check],
  })
  return [
    of('label app.kubernetes.io/instance', name, 'label-value'),
    of('Service', `${name}-milvus`, 'dns1035-label'),
    ...inClusterCharts(r).map((chart) =>
      of(`Helm release (${chart})`, `${name}-${chart}`, 'helm-release'),
    ),
  ]
}

/** True when the name is too long or has characters the check refuses. */
export function isNameInvalid(d: DerivedName): boolean {
  return d.name.length > d.limit || !PATTERNS[d.check].test(d.name)
}

/** The longest `metadata.name` whose derived names all fit their length limits. */
export function maxNameLength(r: MilvusResource): number {
  return Math.min(...derivedNames(r, '').map((d) => d.limit - d.name.length))
}
