/**
 * Paths rooted at the document (`['spec', 'mode']`), like the operator's field.NewPath.
 * Printing and reading only; editing text lives in src/yaml.
 */
import type { SpecPath } from './types'

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/

/**
 * `spec.dependencies.kafka.brokerList[0]`: dots between keys, `[i]` for list items, and
 * `["a.b"]` for keys that are not plain identifiers (dots, spaces, empty, leading digits).
 */
export function pathToString(path: SpecPath): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`
    else out += `[${JSON.stringify(seg)}]`
  }
  return out
}

/** The value at `path`, or undefined when any step is missing or not a container. Own keys only. */
export function getAtPath(obj: unknown, path: SpecPath): unknown {
  let cur: unknown = obj
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    if (Array.isArray(cur)) {
      const index = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1
      if (index < 0) return undefined
      cur = cur[index]
    } else {
      const key = String(seg)
      if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined
      cur = (cur as Record<string, unknown>)[key]
    }
  }
  return cur
}
