/**
 * The edits that turn a written v1alpha1 Milvus into a v1beta1 one with the same meaning, as
 * patches on the document as written. The operator's conversion
 * (https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1alpha1/milvus_webhook.go#L33)
 * moves the flat component fields under `components.standalone` and `spec.persistence` to
 * `dependencies.rocksmq.persistence`. The image and version go to the global
 * `components.image`/`components.version` instead: a standalone pod with no image of its own runs
 * the global one, and the global fields are where the operator reads the Milvus version for its
 * defaults (see effectiveMilvusVersion), so the version the operator assumes and the version the
 * pod runs stay the same. Writing them there also makes the result the same whether an image pin
 * is applied before or after the conversion.
 */
import { V1ALPHA1_FLAT_FIELDS } from './lift'
import { isRecord } from './safeClone'
import type { Patch, SpecPath } from './types'

export const V1BETA1 = 'milvus.io/v1beta1'

/** Where a v1alpha1 `spec.<key>` lives in v1beta1, or undefined when it stays where it is. */
export function v1beta1PathOf(key: string): SpecPath | undefined {
  if (key === 'image' || key === 'version' || key === 'disableMetric')
    return ['spec', 'components', key]
  if (key === 'persistence') return ['spec', 'dependencies', 'rocksmq', 'persistence']
  if (V1ALPHA1_FLAT_FIELDS.includes(key)) return ['spec', 'components', 'standalone', key]
  return undefined
}

/** Patches (in the written document's paths) that make a v1alpha1 Milvus a v1beta1 standalone one. */
export function v1alpha1ToV1beta1Patches(raw: unknown): Patch[] {
  const patches: Patch[] = [{ op: 'set', path: ['apiVersion'], value: V1BETA1 }]
  const spec = isRecord(raw) && isRecord(raw.spec) ? raw.spec : {}
  // A written spec.mode is dropped by the v1alpha1 API; v1beta1 would read it, so make it the truth.
  if (Object.hasOwn(spec, 'mode'))
    patches.push({ op: 'set', path: ['spec', 'mode'], value: 'standalone' })
  for (const key of Object.keys(spec)) {
    const to = v1beta1PathOf(key)
    if (to === undefined) continue
    patches.push({ op: 'delete', path: ['spec', key] }, { op: 'set', path: to, value: spec[key] })
  }
  return patches
}
