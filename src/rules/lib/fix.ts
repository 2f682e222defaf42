/** Builders for rule fixes (document-rooted path patches). Pure data, no effects. */
import type { LocalizedText, SpecPath } from '../../model'
import type { Fix, Patch } from '../types'

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
