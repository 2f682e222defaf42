/**
 * The places that hold pod settings (ComponentSpec): `spec.components` itself, applied to every
 * component, and each `spec.components.<component>`. The operator merges the two per component in
 * MergeComponentSpec (https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/components.go#L726):
 * the component's nodeSelector, tolerations, affinity, volumes and imagePullSecrets replace the
 * global ones when set; env is merged by name (component wins); podLabels and podAnnotations are
 * merged with the global value winning a shared key; volumeMounts are appended.
 */
import {
  COMPONENT_NAMES,
  isRecord,
  type ComponentName,
  type MilvusResource,
  type SpecPath,
} from '../../model'

export interface PodLevel {
  readonly path: SpecPath
  readonly spec: Readonly<Record<string, unknown>>
  /** Undefined for the global `spec.components` level. */
  readonly component?: ComponentName
}

/** Merged with the global value winning a shared key (see above). */
export const GLOBAL_WINS_FIELDS = ['podLabels', 'podAnnotations'] as const

/**
 * `spec.components` (when it is a map) and every component under it that is a map: the global
 * level comes first, so `const [global, ...components] = podLevels(r)`.
 */
export function podLevels(r: MilvusResource): PodLevel[] {
  const global: unknown = r.spec.components
  if (!isRecord(global)) return []
  const out: PodLevel[] = [{ path: ['spec', 'components'], spec: global }]
  for (const component of COMPONENT_NAMES) {
    const spec = global[component]
    if (isRecord(spec)) out.push({ path: ['spec', 'components', component], spec, component })
  }
  return out
}

/** The entries of a map-valued field of a level (nodeSelector, podLabels...), or none. */
export function mapEntries(level: PodLevel, field: string): [string, unknown][] {
  const value = level.spec[field]
  return isRecord(value) ? Object.entries(value) : []
}

/** The items that are maps of a list-valued field (env, tolerations...) on every level, with their paths. */
export function podListItems(
  r: MilvusResource,
  field: string,
): {
  readonly level: PodLevel
  readonly item: Readonly<Record<string, unknown>>
  readonly path: SpecPath
}[] {
  return podLevels(r).flatMap((level) => {
    const value = level.spec[field]
    if (!Array.isArray(value)) return []
    return value.flatMap((item: unknown, index) =>
      isRecord(item) ? [{ level, item, path: [...level.path, field, index] }] : [],
    )
  })
}
