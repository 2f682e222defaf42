/**
 * Test-only guards for the hostile corpus: a prototype-pollution probe and a walk that finds
 * objects whose prototype is not the plain one (what a `__proto__` key would leave behind).
 */

export interface PrototypeSnapshot {
  readonly object: readonly string[]
  readonly array: readonly string[]
  readonly fn: readonly string[]
}

/** The own property names of the built-in prototypes that a polluting parser would touch. */
export function snapshotPrototypes(): PrototypeSnapshot {
  return {
    object: Object.getOwnPropertyNames(Object.prototype).sort(),
    array: Object.getOwnPropertyNames(Array.prototype).sort(),
    fn: Object.getOwnPropertyNames(Function.prototype).sort(),
  }
}

/** Reads the probe values a polluting input would set (all undefined on a clean heap). */
export function pollutionProbe(): readonly unknown[] {
  const plain = {} as Record<string, unknown>
  const list = [] as unknown as Record<string, unknown>
  const g = globalThis as Record<string, unknown>
  return [plain.polluted, list.polluted, g.__pwned, g.polluted]
}

/** Paths (dotted) of values that are objects with a prototype other than Object.prototype/Array.prototype/null. */
export function foreignPrototypes(value: unknown, limit = 100_000): string[] {
  const found: string[] = []
  const stack: [unknown, string][] = [[value, '']]
  let seen = 0
  const visited = new Set<unknown>()
  while (stack.length > 0 && seen++ < limit) {
    const [v, at] = stack.pop() ?? [undefined, '']
    if (typeof v !== 'object' || v === null || visited.has(v)) continue
    visited.add(v)
    const proto: unknown = Object.getPrototypeOf(v)
    const isPlain = proto === Object.prototype || proto === Array.prototype || proto === null
    if (!isPlain && !(v instanceof Date) && !(v instanceof Uint8Array)) found.push(at || '(root)')
    if (Object.prototype.hasOwnProperty.call(v, '__proto__'))
      found.push(`${at}.__proto__ (own key)`)
    for (const [k, child] of Object.entries(v)) stack.push([child, `${at}.${k}`])
  }
  return found
}

/** True when the string holds an unpaired UTF-16 surrogate (TextEncoder would replace it). */
export function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)
}

/**
 * Element and attribute names of an SVG string, for a safety check. A plain scan (no backtracking
 * regex) so a megabyte-long label stays linear. `broken` counts tags that are not well formed.
 */
export function svgMarkup(svg: string): {
  elements: string[]
  attributes: string[]
  broken: number
} {
  const elements: string[] = []
  const attributes: string[] = []
  let broken = 0
  for (const piece of svg.split('<').slice(1)) {
    if (piece.startsWith('/')) continue
    const end = piece.indexOf('>')
    const tag = end < 0 ? piece : piece.slice(0, end)
    const name = /^[A-Za-z][\w:-]*/.exec(tag)?.[0]
    if (end < 0 || name === undefined) {
      broken++
      continue
    }
    elements.push(name.toLowerCase())
    const rest = tag.slice(name.length).replace(/\/$/, '')
    const attrs = [...rest.matchAll(/\s+([\w:-]+)="[^"]*"/g)]
    if (
      attrs
        .map((m) => m[0])
        .join('')
        .trim() !== rest.trim()
    )
      broken++
    for (const m of attrs) attributes.push((m[1] ?? '').toLowerCase())
  }
  return { elements, attributes, broken }
}
