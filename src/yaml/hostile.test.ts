import { describe, expect, it } from 'vitest'
import { parseYaml } from './parseYaml'

// Each input must come back with a clear problem or a handled value; none may hang or throw.
// No timing assertions: completing at all (within the test timeout) is the check.

const LAUGHS = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for (const [prev, name] of [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
  ['d', 'e'],
  ['e', 'f'],
  ['f', 'g'],
  ['g', 'h'],
  ['h', 'i'],
]) {
  LAUGHS.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
}
const BILLION_LAUGHS = LAUGHS.join('\n') + '\n'

function codes(text: string): string[] {
  const { documents, errors } = parseYaml(text)
  return [...errors, ...documents.flatMap((d) => d.errors)].map((e) => e.code)
}

describe('parseYaml on hostile input', () => {
  it('stops a billion-laughs alias bomb instead of expanding it', () => {
    const [doc] = parseYaml(BILLION_LAUGHS).documents
    expect(doc?.value).toBeNull()
    expect(doc?.errors.map((e) => e.code)).toContain('yaml-limit')
    expect(doc?.errors.find((e) => e.code === 'yaml-limit')?.message).toMatch(/alias/i)
  })

  it('calls a redacted *** an undefined alias, with its line and a hint about quoting', () => {
    const [doc] = parseYaml('spec:\n  config:\n    minio:\n      secretAccessKey: ***\n').documents
    const problem = doc?.errors[0]
    expect(problem?.code).toBe('yaml-undefined-alias')
    expect(problem?.message).toMatch(/^Undefined alias \*\*\* on line 4/)
    expect(problem?.message).toContain('"***"')
    expect(problem?.message).not.toMatch(/bomb/)
    expect(problem?.range.start.line).toBe(4)
  })

  it('names an alias used before its anchor', () => {
    const [doc] = parseYaml('a: *x\nb: &x 1\n').documents
    expect(doc?.errors[0]?.message).toMatch(/^Undefined alias \*x on line 1.*&x/)
  })

  it('still expands a few honest aliases', () => {
    const [doc] = parseYaml('base: &b {cpu: 1}\nproxy: *b\nquery: *b\n').documents
    expect(doc?.value).toEqual({ base: { cpu: 1 }, proxy: { cpu: 1 }, query: { cpu: 1 } })
  })

  it.each([
    ['10,000 nested flow lists', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['10,000 nested flow maps', '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['10,000 nested block lists', '- '.repeat(10_000) + 'x\n'],
    [
      '3,000 nested block maps',
      Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1\n',
    ],
  ])('refuses %s with a depth message, without overflowing the stack', (_name, text) => {
    const [doc] = parseYaml(text).documents
    expect(doc?.value).toBeNull()
    expect(doc?.errors[0]?.code).toBe('yaml-limit')
    expect(doc?.errors[0]?.message).toMatch(/deeper than 200/)
  })

  it('lets the caller raise the depth limit', () => {
    const text = '['.repeat(250) + ']'.repeat(250)
    expect(codes(text)).toContain('yaml-limit')
    expect(parseYaml(text, { maxDepth: 300 }).documents[0]?.errors).toEqual([])
  })

  it('refuses 10,000 nested block maps by size (they need tens of megabytes of indentation)', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n')
    const { documents, errors } = parseYaml(text)
    expect(documents).toEqual([])
    expect(errors[0]).toMatchObject({ code: 'yaml-limit' })
    expect(errors[0]?.message).toMatch(/MB/)
  })

  it('reads a 5 MB document', () => {
    const blob = 'x'.repeat(5 * 1024 * 1024)
    const [doc] = parseYaml(`spec:\n  config:\n    blob: ${blob}\n`).documents
    expect(doc?.errors).toEqual([])
    expect((doc?.value as { spec: { config: { blob: string } } }).spec.config.blob.length).toBe(
      blob.length,
    )
  })

  it('refuses a text over the size limit before parsing it', () => {
    const text = 'a: ' + 'x'.repeat(7 * 1024 * 1024)
    expect(codes(text)).toEqual(['yaml-limit'])
  })

  it('reads 1,000 documents and refuses the 1,001st', () => {
    const docs = Array.from(
      { length: 1000 },
      (_, i) => `kind: ConfigMap\nmetadata: {name: c${i}}\n`,
    )
    expect(parseYaml(docs.join('---\n')).documents).toHaveLength(1000)
    const over = parseYaml([...docs, 'kind: Extra\n'].join('---\n'))
    expect(over.documents).toHaveLength(1000)
    expect(over.errors[0]?.message).toMatch(/1001 documents/)
  })

  it('handles NUL bytes and lone surrogates as data', () => {
    const [doc] = parseYaml('a: x\u0000y\nb: "\\0"\nc: \uD800z\n').documents
    expect(doc?.value).toEqual({ a: 'x\u0000y', b: '\u0000', c: '\uD800z' })
  })

  it.each([
    [
      '!!js/function',
      'f: !!js/function "function () { globalThis.pwned = 1 }"\n',
      'function () { globalThis.pwned = 1 }',
    ],
    ['!!python/object', 'o: !!python/object:os.system {cmd: ls}\n', { cmd: 'ls' }],
    ['a custom !tag', 'c: !shell rm -rf\n', 'rm -rf'],
  ])('reads %s as plain data and says the tag was ignored', (_name, text, expected) => {
    const [doc] = parseYaml(text).documents
    expect(Object.values(doc?.value as object)[0]).toEqual(expected)
    expect(doc?.warnings.map((w) => w.code)).toEqual(['yaml-tag'])
    expect(doc?.warnings[0]?.message).toMatch(/never executed/)
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined()
  })

  it('drops __proto__ keys and never touches Object.prototype', () => {
    const text =
      '__proto__: {polluted: yes}\nspec:\n  __proto__: {polluted: 1}\n  constructor: {prototype: {polluted: 1}}\n'
    const [doc] = parseYaml(text).documents
    const value = doc?.value as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.hasOwn(value, '__proto__')).toBe(false)
    expect(Object.hasOwn(value.spec as object, '__proto__')).toBe(false)
    expect((value.spec as Record<string, unknown>).constructor).toEqual({
      prototype: { polluted: 1 },
    })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(
      doc?.warnings.filter((w) => w.code === 'yaml-unsafe-key').map((w) => w.range.start.line),
    ).toEqual([1, 3])
  })

  it('handles huge and non-finite numbers and very long keys', () => {
    const longKey = 'k'.repeat(2000)
    const [doc] = parseYaml(
      `a: 1e999\nb: -.inf\nc: .nan\nd: 123456789012345678901234567890\n${longKey}: 1\n`,
    ).documents
    const v = doc?.value as Record<string, number>
    expect([v.a, v.b, Number.isNaN(v.c)]).toEqual([Infinity, -Infinity, true])
    expect(doc?.errors.map((e) => e.code)).toContain('yaml-syntax')
  })

  it('reports a duplicate key among thousands without slowing down', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `  k${i}: ${i}`)
    lines.push('  k42: again')
    const [doc] = parseYaml(`values:\n${lines.join('\n')}\n`).documents
    expect(doc?.errors.map((e) => [e.code, e.range.start.line])).toEqual([
      ['yaml-duplicate-key', 5002],
    ])
  })
})
