/** Builders for the fixes of the etcd, storage and component rules (document-rooted patches). */
import type { LocalizedText, SpecPath } from '../../model'
import type { Fix, Patch } from '../types'

export function setFix(title: LocalizedText, path: SpecPath, value: unknown): Fix {
  return { title, patches: [{ op: 'set', path, value }] }
}

export function deleteFix(title: LocalizedText, ...paths: readonly SpecPath[]): Fix {
  return { title, patches: paths.map((path): Patch => ({ op: 'delete', path })) }
}

/** Moves a value to a sibling key: delete the old key, then write the value under the new one. */
export function renameFix(title: LocalizedText, path: SpecPath, newKey: string, value: unknown): Fix {
  return {
    title,
    patches: [
      { op: 'delete', path },
      { op: 'set', path: [...path.slice(0, -1), newKey], value },
    ],
  }
}

/** "Remove `what`" in both languages. */
export function removeTitle(what: string): LocalizedText {
  return { en: `Remove ${what}`, ko: `${what} 삭제` }
}
