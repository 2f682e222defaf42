/**
 * Fix patches are applied to the text the user wrote. Rules reason in v1beta1 paths, so for a
 * v1alpha1 document each patch path is mapped back through the model's lift (`spec.components.
 * standalone.image` -> `spec.image`). A patch that has no place in v1alpha1 (spec.mode, other
 * spec.components keys) would be dropped by the API server, so such a fix is not offered.
 */
import { isV1beta1OnlyPath, liftToV1beta1, type SpecPath } from '../../model'
import type { Fix, Patch } from '../types'

function mapPatch(p: Patch, toOriginal: (path: SpecPath) => SpecPath): Patch | undefined {
  const mapped = toOriginal(p.path)
  const same = mapped.length === p.path.length && mapped.every((seg, i) => seg === p.path[i])
  if (same) return isV1beta1OnlyPath(p.path) ? undefined : p
  // Only re-rooted paths that still end in the same key are edits of the same field.
  if (mapped.length < 2 || mapped.at(-1) !== p.path.at(-1)) return undefined
  return { ...p, path: mapped }
}

/**
 * A function that rewrites a fix into the paths of the document as written, or undefined when the
 * document is v1beta1 (paths are already its own). The mapped fix is undefined when one of its
 * patches has no place in v1alpha1. The lift runs once per document, not once per fix.
 */
export function originalPathFixer(raw: unknown): ((fix: Fix) => Fix | undefined) | undefined {
  const lift = liftToV1beta1(raw)
  if (lift.liftedFrom === undefined) return undefined
  return (fix) => {
    const patches: Patch[] = []
    for (const p of fix.patches) {
      const mapped = mapPatch(p, lift.toOriginalPath)
      if (!mapped) return undefined
      patches.push(mapped)
    }
    return { ...fix, patches }
  }
}

/** The fix in the document's own paths, or undefined when it cannot be expressed there. */
export function fixForOriginal(fix: Fix, raw: unknown): Fix | undefined {
  const fixer = originalPathFixer(raw)
  return fixer ? fixer(fix) : fix
}
