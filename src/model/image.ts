/**
 * Which Milvus the pods run, and where the image and version are written. The operator decides its
 * defaults from the global `components.image`/`components.version` (effectiveMilvusVersion in
 * ./version.ts), but a standalone pod runs `components.standalone.image` when that is set, and a
 * v1alpha1 Milvus writes its image flat as `spec.image`, which the conversion puts there
 * (https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1alpha1/milvus_webhook.go#L33).
 * That pod's Milvus is the one that accepts or rejects a message store.
 */
import { effectiveMode } from './effective'
import { getAtPath } from './paths'
import type { MilvusResource, Patch, SpecPath } from './types'
import {
  effectiveImage,
  effectiveMilvusVersion,
  imageVersion,
  versionAtLeast,
  type MilvusVersion,
} from './version'

/**
 * An image reference split as a registry reads it (`registry:5000/name:tag@sha256:…`), for
 * writing it elsewhere (the Helm chart's repository and tag). Which Milvus version it is, is the
 * operator's reading in ./version.ts, not this.
 */
export function splitImageReference(image: string): {
  readonly repository: string
  readonly tag?: string
  readonly digest?: string
} {
  const at = image.indexOf('@')
  const name = at < 0 ? image : image.slice(0, at)
  const digest = at < 0 ? {} : { digest: image.slice(at + 1) }
  const colon = name.lastIndexOf(':')
  if (colon < 0 || colon < name.lastIndexOf('/')) return { repository: name, ...digest }
  return { repository: name.slice(0, colon), tag: name.slice(colon + 1), ...digest }
}

/** The image repository without its tag or digest (`milvusdb/milvus`). */
export function imageRepository(image: string): string {
  return splitImageReference(image).repository
}

/** The standalone pod's own image, in standalone mode, when one is written. */
function standaloneImage(r: MilvusResource): string | undefined {
  if (effectiveMode(r) !== 'standalone') return undefined
  const image = r.spec?.components?.standalone?.image
  return typeof image === 'string' && image.trim() !== '' ? image : undefined
}

/** The version the Milvus pods run (undefined when the tag cannot be read). */
export function runningMilvusVersion(r: MilvusResource): MilvusVersion | undefined {
  const own = standaloneImage(r)
  return own === undefined ? effectiveMilvusVersion(r) : imageVersion(own)
}

/** True when the running Milvus is at least major.minor; an unknown version never is. */
export function isRunningAtLeast(r: MilvusResource, major: number, minor: number): boolean {
  const v = runningMilvusVersion(r)
  return v !== undefined && versionAtLeast(v, major, minor)
}

/** Where the running Milvus image and version are written, in v1beta1 paths. */
export interface ImageFields {
  readonly image: SpecPath
  readonly version: SpecPath
  /** The image written there now, or the one the operator defaults to. */
  readonly current: string
}

/**
 * The standalone pod's fields when it has its own image or when the document was written as
 * v1alpha1 Milvus (whose `spec.image` is the standalone one); otherwise the global fields.
 */
export function imageFields(r: MilvusResource, writtenAsV1alpha1: boolean): ImageFields {
  const own = standaloneImage(r)
  if (own !== undefined || (writtenAsV1alpha1 && effectiveMode(r) === 'standalone')) {
    const base = ['spec', 'components', 'standalone']
    return {
      image: [...base, 'image'],
      version: [...base, 'version'],
      current: own ?? effectiveImage(r),
    }
  }
  return {
    image: ['spec', 'components', 'image'],
    version: ['spec', 'components', 'version'],
    current: effectiveImage(r),
  }
}

/** Patches that make the pods run `tag`, plus the version field when one is written (it wins over the tag). */
export function pinImagePatches(
  r: MilvusResource,
  tag: string,
  writtenAsV1alpha1: boolean,
): Patch[] {
  const fields = imageFields(r, writtenAsV1alpha1)
  const patches: Patch[] = [
    { op: 'set', path: fields.image, value: `${imageRepository(fields.current)}:${tag}` },
  ]
  if (getAtPath(r, fields.version) !== undefined)
    patches.push({ op: 'set', path: fields.version, value: tag.replace(/^v/, '') })
  return patches
}

/** The last Milvus 2.5 release the operator samples pin; NATS still exists there. */
export const LAST_25_TAG = 'v2.5.16'
