/**
 * A line-based unified diff (the format `git diff` and `patch` read), for `lint --fix-dry-run`.
 * Common leading and trailing lines are trimmed first, so a fix that changes a few lines costs a
 * few lines of work; the rest is a longest-common-subsequence table.
 */

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string }

/** Above this many table cells the changed middle is shown as one replacement (still a valid diff). */
const MAX_CELLS = 4_000_000
const CONTEXT = 3

function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  else lines[lines.length - 1] += '\n\\ No newline at end of file'
  return lines
}

function middleOps(a: readonly string[], b: readonly string[]): Op[] {
  if (a.length * b.length > MAX_CELLS)
    return [
      ...a.map((line) => ({ kind: '-' as const, line })),
      ...b.map((line) => ({ kind: '+' as const, line })),
    ]
  const w = b.length + 1
  const table = new Uint32Array((a.length + 1) * w)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * w + j] =
        a[i] === b[j]
          ? (table[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * w + j] ?? 0, table[i * w + j + 1] ?? 0)
    }
  }
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i] ?? '' })
      i++
      j++
    } else if (
      i < a.length &&
      (j === b.length || (table[(i + 1) * w + j] ?? 0) >= (table[i * w + j + 1] ?? 0))
    )
      ops.push({ kind: '-', line: a[i++] ?? '' })
    else ops.push({ kind: '+', line: b[j++] ?? '' })
  }
  return ops
}

function diffOps(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++
  const same = (lines: readonly string[]): Op[] => lines.map((line) => ({ kind: ' ', line }))
  return [
    ...same(a.slice(0, start)),
    ...middleOps(a.slice(start, a.length - end), b.slice(start, b.length - end)),
    ...same(a.slice(a.length - end)),
  ]
}

function hunkHeader(
  ops: readonly Op[],
  from: number,
  to: number,
  aStart: number,
  bStart: number,
): string {
  const slice = ops.slice(from, to)
  const aLen = slice.filter((o) => o.kind !== '+').length
  const bLen = slice.filter((o) => o.kind !== '-').length
  return `@@ -${aLen === 0 ? aStart - 1 : aStart},${aLen} +${bLen === 0 ? bStart - 1 : bStart},${bLen} @@`
}

/** The unified diff from `before` to `after`, or '' when they are equal. */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return ''
  const ops = diffOps(splitLines(before), splitLines(after))
  // git's a/ b/ prefixes for relative paths (git apply, patch -p1); absolute paths as they are.
  const [a, b] = name.startsWith('/') ? [name, name] : [`a/${name}`, `b/${name}`]
  const out = [`--- ${a}`, `+++ ${b}`]
  let k = 0
  let aLine = 1
  let bLine = 1
  while (k < ops.length) {
    const change = ops.findIndex((o, idx) => idx >= k && o.kind !== ' ')
    if (change < 0) break
    const from = Math.max(k, change - CONTEXT)
    for (let s = k; s < from; s++) {
      aLine++
      bLine++
    }
    let to = change
    let quiet = 0
    while (to < ops.length && quiet <= 2 * CONTEXT) {
      quiet = ops[to]?.kind === ' ' ? quiet + 1 : 0
      to++
    }
    to = Math.min(ops.length, to - Math.max(0, quiet - CONTEXT))
    out.push(hunkHeader(ops, from, to, aLine, bLine))
    for (const o of ops.slice(from, to)) {
      out.push(`${o.kind}${o.line}`)
      if (o.kind !== '+') aLine++
      if (o.kind !== '-') bLine++
    }
    k = to
  }
  return `${out.join('\n')}\n`
}
