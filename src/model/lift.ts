/**
 * Lifts older manifests to `milvus.io/v1beta1` Milvus, as the operator's conversion does
 * (apis/milvus.io/v1alpha1 ConvertTo; the MilvusCluster controller copy). Input is raw parsed data;
 * it is never mutated. `toOriginalPath` maps a path in the lifted value back to where the user
 * wrote it, so findings point at the original text.
 */
import { isRecord, UNSAFE_KEYS } from './safeClone'
import type { LocalizedText, SpecPath } from './types'

export interface LiftResult {
  value: unknown
  /** `apiVersion kind` of the input when it was lifted, e.g. `milvus.io/v1alpha1 Milvus`. */
  liftedFrom?: string
  notes: LocalizedText[]
  toOriginalPath(path: SpecPath): SpecPath
}

/** v1alpha1 Milvus spec fields that become `spec.components.standalone.*` (ComponentSpec + service fields). */
export const V1ALPHA1_FLAT_FIELDS: readonly string[] = [
  'affinity',
  'commands',
  'dnsPolicy',
  'env',
  'hostNetwork',
  'image',
  'imagePullPolicy',
  'imagePullSecrets',
  'ingress',
  'nodeSelector',
  'paused',
  'podAnnotations',
  'podLabels',
  'priorityClassName',
  'probes',
  'replicas',
  'resources',
  'runWithSubProcess',
  'schedulerName',
  'securityContext',
  'serviceAccountName',
  'serviceAnnotations',
  'serviceLabels',
  'serviceType',
  'tolerations',
  'topologySpreadConstraints',
  'version',
  'volumeMounts',
  'volumes',
]
/** v1beta1-only spec keys that a v1alpha1 Milvus cannot carry (the API server drops them). */
export const V1BETA1_ONLY_SPEC_KEYS: readonly string[] = ['mode', 'components', 'hookConfig']

/** True for a path under a v1beta1-only spec key (`spec.mode`, `spec.components…`, `spec.hookConfig…`). */
export function isV1beta1OnlyPath(path: SpecPath): boolean {
  return path[0] === 'spec' && V1BETA1_ONLY_SPEC_KEYS.includes(String(path[1]))
}
const ALPHA = 'milvus.io/v1alpha1'
const BETA = 'milvus.io/v1beta1'

const identity = (path: SpecPath): SpecPath => path

/** v1beta1 Milvus, or a v1alpha1 Milvus or MilvusCluster that liftToV1beta1 lifts to it. */
export function isMilvusKind(apiVersion: string, kind: string): boolean {
  if (apiVersion === BETA) return kind === 'Milvus'
  return apiVersion === ALPHA && (kind === 'Milvus' || kind === 'MilvusCluster')
}

/** Lift v1alpha1 `Milvus` (always standalone) and `MilvusCluster` (always cluster) to v1beta1. */
export function liftToV1beta1(raw: unknown): LiftResult {
  if (!isRecord(raw) || raw.apiVersion !== ALPHA)
    return { value: raw, notes: [], toOriginalPath: identity }
  if (raw.kind === 'Milvus') return liftAlphaMilvus(raw)
  if (raw.kind === 'MilvusCluster') return liftAlphaCluster(raw)
  return { value: raw, notes: [], toOriginalPath: identity }
}

function copyKeys(
  src: Record<string, unknown>,
  skip: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(src))
    if (!UNSAFE_KEYS.includes(k) && !skip.includes(k)) out[k] = src[k]
  return out
}

function liftAlphaCluster(raw: Record<string, unknown>): LiftResult {
  const spec = isRecord(raw.spec) ? copyKeys(raw.spec, ['mode']) : {}
  const value = {
    ...copyKeys(raw),
    apiVersion: BETA,
    kind: 'Milvus',
    spec: { mode: 'cluster', ...spec },
  }
  const notes: LocalizedText[] = [
    {
      en: 'Read as milvus.io/v1beta1 Milvus in cluster mode: the operator copies a v1alpha1 MilvusCluster into a Milvus of the same name with mode: cluster.',
      ko: 'milvus.io/v1beta1 Milvus(클러스터 모드)로 읽었습니다. 오퍼레이터는 v1alpha1 MilvusCluster를 같은 이름의 mode: cluster Milvus로 복사합니다.',
    },
  ]
  const toOriginalPath = (path: SpecPath): SpecPath =>
    path[0] === 'spec' &&
    path[1] === 'mode' &&
    !(isRecord(raw.spec) && Object.hasOwn(raw.spec, 'mode'))
      ? ['kind']
      : path
  return { value, liftedFrom: `${ALPHA} MilvusCluster`, notes, toOriginalPath }
}

function liftAlphaMilvus(raw: Record<string, unknown>): LiftResult {
  const spec = isRecord(raw.spec) ? raw.spec : {}
  const standalone: Record<string, unknown> = {}
  const rest: Record<string, unknown> = {}
  for (const k of Object.keys(spec)) {
    if (UNSAFE_KEYS.includes(k) || V1BETA1_ONLY_SPEC_KEYS.includes(k)) continue
    if (V1ALPHA1_FLAT_FIELDS.includes(k)) standalone[k] = spec[k]
    else if (!['disableMetric', 'persistence', 'dependencies', 'config'].includes(k))
      rest[k] = spec[k]
  }
  const components: Record<string, unknown> = {}
  if (Object.hasOwn(spec, 'disableMetric')) components.disableMetric = spec.disableMetric
  if (Object.keys(standalone).length > 0) components.standalone = standalone
  const dependencies = liftDependencies(spec)
  const lifted: Record<string, unknown> = { mode: 'standalone' }
  if (Object.keys(components).length > 0) lifted.components = components
  if (dependencies !== undefined) lifted.dependencies = dependencies
  if (Object.hasOwn(spec, 'config')) lifted.config = spec.config
  Object.assign(lifted, rest)
  const value = { ...copyKeys(raw), apiVersion: BETA, kind: 'Milvus', spec: lifted }
  const hasPersistence = Object.hasOwn(spec, 'persistence')
  return {
    value,
    liftedFrom: `${ALPHA} Milvus`,
    notes: alphaMilvusNotes(spec, hasPersistence),
    toOriginalPath: (path) => alphaOriginalPath(path, hasPersistence),
  }
}

function liftDependencies(spec: Record<string, unknown>): unknown {
  if (!Object.hasOwn(spec, 'persistence')) return spec.dependencies
  // The conversion copies spec.persistence over dependencies.rocksmq.persistence.
  const deps = isRecord(spec.dependencies) ? copyKeys(spec.dependencies) : {}
  const rocksmq = isRecord(deps.rocksmq) ? copyKeys(deps.rocksmq) : {}
  deps.rocksmq = { ...rocksmq, persistence: spec.persistence }
  return deps
}

function alphaOriginalPath(path: SpecPath, hasPersistence: boolean): SpecPath {
  if (path[0] !== 'spec') return path
  const [, a, b, c] = path
  if (a === 'mode') return ['apiVersion']
  if (a === 'components') {
    if (b === 'disableMetric') return ['spec', 'disableMetric', ...path.slice(3)]
    if (b === 'standalone' && typeof c === 'string' && V1ALPHA1_FLAT_FIELDS.includes(c))
      return ['spec', ...path.slice(3)]
    if (b === undefined || b === 'standalone') return ['spec']
  }
  if (hasPersistence && a === 'dependencies' && b === 'rocksmq' && c === 'persistence') {
    return ['spec', 'persistence', ...path.slice(4)]
  }
  return path
}

function alphaMilvusNotes(spec: Record<string, unknown>, hasPersistence: boolean): LocalizedText[] {
  const notes: LocalizedText[] = [
    {
      en: 'Read as milvus.io/v1beta1 Milvus in standalone mode: a v1alpha1 Milvus is always standalone and cannot describe a cluster. Component settings written directly under spec now sit under spec.components.standalone.',
      ko: 'milvus.io/v1beta1 Milvus(스탠드얼론 모드)로 읽었습니다. v1alpha1 Milvus는 항상 standalone이며 클러스터를 표현할 수 없습니다. spec 바로 아래에 쓴 컴포넌트 설정은 spec.components.standalone 아래로 옮겼습니다.',
    },
  ]
  if (hasPersistence)
    notes.push({
      en: 'spec.persistence became spec.dependencies.rocksmq.persistence; the conversion replaces anything already written there.',
      ko: 'spec.persistence는 spec.dependencies.rocksmq.persistence로 옮겨졌으며, 변환 시 그곳에 이미 있던 값은 덮어씁니다.',
    })
  if (Object.hasOwn(spec, 'image') || Object.hasOwn(spec, 'version'))
    notes.push({
      en: 'The image and version moved to spec.components.standalone. The operator decides the Milvus version from spec.components.image/version only, so it assumes its default image (v2.6) for defaults such as the message storage.',
      ko: 'image와 version은 spec.components.standalone으로 옮겨졌습니다. 오퍼레이터는 spec.components.image/version으로만 Milvus 버전을 판단하므로, 메시지 저장소 같은 기본값은 기본 이미지(v2.6) 기준으로 정해집니다.',
    })
  for (const k of V1BETA1_ONLY_SPEC_KEYS)
    if (Object.hasOwn(spec, k))
      notes.push({
        en: `spec.${k} does not exist in v1alpha1 Milvus; the API server drops it. Use apiVersion milvus.io/v1beta1 to set it.`,
        ko: `v1alpha1 Milvus에는 spec.${k} 필드가 없어 API 서버가 버립니다. 이 값을 쓰려면 apiVersion을 milvus.io/v1beta1로 바꾸세요.`,
      })
  return notes
}
