/**
 * Which Milvus the pods actually run, and patches that pin another one. The operator decides its
 * defaults from the global image/version only (model's effectiveMilvusVersion), but a standalone
 * pod runs `components.standalone.image` when that is set (a lifted v1alpha1 `spec.image` lands
 * there), and that is the Milvus that accepts or rejects a message store.
 */
import {
  compareVersions, effectiveImage, effectiveMilvusVersion, effectiveMode, imageTag, parseVersion,
  type MilvusResource, type MilvusVersion,
} from '../../model'
import type { Patch } from '../types'

/** The last Milvus 2.5 release the operator samples pin; NATS still exists there. */
export const LAST_25_TAG = 'v2.5.16'

/** The image repository without its tag or digest (`milvusdb/milvus`). */
export function imageRepository(image: string): string {
  const noDigest = image.split('@')[0] ?? image
  const slash = noDigest.lastIndexOf('/')
  const colon = noDigest.lastIndexOf(':')
  return colon > slash ? noDigest.slice(0, colon) : noDigest
}

function standaloneImage(r: MilvusResource): string | undefined {
  if (effectiveMode(r) !== 'standalone') return undefined
  const image = r.spec.components?.standalone?.image
  return typeof image === 'string' && image.trim() !== '' ? image : undefined
}

/** The version the Milvus pods run (undefined when the tag cannot be read). */
export function runtimeVersion(r: MilvusResource): MilvusVersion | undefined {
  const own = standaloneImage(r)
  if (own === undefined) return effectiveMilvusVersion(r)
  const tag = imageTag(own)
  return tag === undefined ? undefined : parseVersion(tag)
}

/** True when the running Milvus is at least major.minor; an unknown version never is. */
export function isRuntimeAtLeast(r: MilvusResource, major: number, minor: number): boolean {
  const v = runtimeVersion(r)
  return v !== undefined && compareVersions(v, { major, minor, patch: 0, raw: '', source: 'version' }) >= 0
}

/**
 * Patches that make the pods run `tag`. The standalone image is pinned when the pod has its own
 * image or when the document is v1alpha1 (whose image field is the standalone one); otherwise
 * the global image, plus components.version when one is written (it wins over the tag).
 */
export function pinTagPatches(r: MilvusResource, tag: string, isV1alpha1: boolean): Patch[] {
  const own = standaloneImage(r)
  if (own !== undefined || (isV1alpha1 && effectiveMode(r) === 'standalone')) {
    const path = ['spec', 'components', 'standalone', 'image']
    const patches: Patch[] = [{ op: 'set', path, value: `${imageRepository(own ?? effectiveImage(r))}:${tag}` }]
    if (r.spec.components?.standalone?.version !== undefined) {
      patches.push({ op: 'set', path: ['spec', 'components', 'standalone', 'version'], value: tag.replace(/^v/, '') })
    }
    return patches
  }
  const patches: Patch[] = [
    { op: 'set', path: ['spec', 'components', 'image'], value: `${imageRepository(effectiveImage(r))}:${tag}` },
  ]
  if (r.spec.components?.version !== undefined) {
    patches.push({ op: 'set', path: ['spec', 'components', 'version'], value: tag.replace(/^v/, '') })
  }
  return patches
}
