/** Builders for rule fixes (document-rooted path patches). Pure data, no effects. */
import { pinImagePatches, type LocalizedText, type SpecPath } from '../../model'
import type { Fix, Patch, RuleContext } from '../types'

export function setFix(title: LocalizedText, path: SpecPath, value: unknown): Fix {
  return { title, patches: [{ op: 'set', path, value }] }
}

export function deleteFix(title: LocalizedText, ...paths: readonly SpecPath[]): Fix {
  return { title, patches: paths.map((path): Patch => ({ op: 'delete', path })) }
}

/** Moves a value to a sibling key: delete the old key, write the value under the new one. */
export function renameFix(
  title: LocalizedText,
  path: SpecPath,
  newKey: string,
  value: unknown,
): Fix {
  const parent = path.slice(0, -1)
  return {
    title,
    patches: [
      { op: 'delete', path },
      { op: 'set', path: [...parent, newKey], value },
    ],
  }
}

/** "Remove `a.b`" in both languages. */
export function removeTitle(what: string): LocalizedText {
  return { en: `Remove ${what}`, ko: `${what} 삭제` }
}

/**
 * Makes the pods run Milvus `tag` (and sets the version field when one is written), in the paths
 * the document uses: `spec.image` on a v1alpha1 document, `spec.components.image` otherwise.
 */
export function pinImageFix(ctx: RuleContext, tag: string, title: LocalizedText): Fix {
  const v1alpha1 = ctx.original.apiVersion === 'milvus.io/v1alpha1'
  return { title, patches: pinImagePatches(ctx.resource, tag, v1alpha1) }
}
