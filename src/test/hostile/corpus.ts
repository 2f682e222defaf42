/**
 * A generated corpus of hostile inputs: texts a user might paste (or a stranger might send) that
 * have broken parsers, hung browsers or run code elsewhere. Big inputs are built in code on demand,
 * so nothing large is committed and nothing is held in memory between tests.
 *
 * Each entry says which family it belongs to; the tests feed every entry through the engine.
 */

export const HOSTILE_FAMILIES = [
  'alias',
  'depth',
  'size',
  'encoding',
  'tag',
  'proto',
  'number',
  'duplicate',
  'stream',
  'kind',
  'empty',
  'garbage',
  'script',
] as const
export type HostileFamily = (typeof HOSTILE_FAMILIES)[number]

export interface HostileText {
  readonly name: string
  readonly family: HostileFamily
  /** Builds the text; called once per use so large inputs are garbage-collected in between. */
  build(): string
}

export interface HostileBytes {
  readonly name: string
  build(): Uint8Array
}

const HEAD = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: probe\n'

/** A Milvus document whose `spec` is the given block (already indented by two spaces). */
function milvus(spec: string, name = 'probe'): string {
  return `apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: ${name}\nspec:\n${spec}`
}

function billionLaughs(levels: number, fanout: number): string {
  const lines = [`l0: &l0 [${Array<string>(fanout).fill('"lol"').join(', ')}]`]
  for (let i = 1; i < levels; i++) {
    lines.push(
      `l${i}: &l${i} [${Array<string>(fanout)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    )
  }
  return `${HEAD}spec:\n  config:\n${lines.map((l) => `    ${l}`).join('\n')}\n`
}

function nestedAnchors(depth: number): string {
  const lines = ['a0: &a0 {k: v}']
  for (let i = 1; i < depth; i++) lines.push(`a${i}: &a${i} {x: *a${i - 1}, y: *a${i - 1}}`)
  return `${HEAD}spec:\n  config:\n${lines.map((l) => `    ${l}`).join('\n')}\n`
}

function blockMaps(depth: number): string {
  const out: string[] = [HEAD, 'spec:\n']
  for (let i = 1; i <= depth; i++) out.push(`${' '.repeat(i)}k:\n`)
  out.push(`${' '.repeat(depth + 1)}leaf\n`)
  return out.join('')
}

function fiveMegabytes(): string {
  // ~5 MB of ordinary config keys, so the parser builds a real (large) tree.
  const line = (i: number): string => `    key${i}: "value number ${i} padded ${'p'.repeat(40)}"\n`
  const parts: string[] = [HEAD, 'spec:\n  config:\n']
  let size = 0
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const l = line(i)
    parts.push(l)
    size += l.length
  }
  return parts.join('')
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const

function protoEverywhere(key: string): string {
  return [
    `${key}: {polluted: root}`,
    'apiVersion: milvus.io/v1beta1',
    'kind: Milvus',
    'metadata:',
    '  name: probe',
    `  ${key}: {polluted: meta}`,
    'spec:',
    `  ${key}: {polluted: spec}`,
    '  config:',
    `    ${key}:`,
    '      polluted: config',
    `    "${key}": {polluted: quoted}`,
    '  components:',
    '    proxy:',
    '      env:',
    `        - {name: A, ${key}: {polluted: list}}`,
    `        - ${key}: {polluted: list2}`,
    '',
  ].join('\n')
}

function protoViaMerge(): string {
  return milvus(
    [
      '  config:',
      '    base: &base',
      '      __proto__: {polluted: merged}',
      '      constructor: {prototype: {polluted: merged2}}',
      '    merged:',
      '      <<: *base',
      '      other: 1',
      '    mergeList:',
      '      <<: [*base, {__proto__: {polluted: mergedList}}]',
      '',
    ].join('\n'),
  )
}

function manyDocuments(count: number): string {
  const docs: string[] = []
  for (let i = 0; i < count; i++)
    docs.push(`kind: ConfigMap\napiVersion: v1\nmetadata: {name: cm${i}}\n`)
  docs[count - 1] = milvus('  mode: cluster\n', 'last')
  return docs.join('---\n')
}

function garbage(length: number, seed: number): string {
  // A small deterministic generator (mulberry32) so the garbage is the same on every run.
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  let out = ''
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(next() * 0xd7ff))
  return out
}

const text = (name: string, family: HostileFamily, build: () => string): HostileText => ({
  name,
  family,
  build,
})

/** Every text input of the corpus. */
export const HOSTILE_TEXTS: readonly HostileText[] = [
  text('billion laughs (9 levels x 9)', 'alias', () => billionLaughs(9, 9)),
  text('billion laughs (30 levels x 2)', 'alias', () => billionLaughs(30, 2)),
  text('nested anchors 40 deep', 'alias', () => nestedAnchors(40)),
  text('alias to an undefined anchor', 'alias', () => milvus('  mode: *nowhere\n')),
  text('self-referencing anchor', 'alias', () => milvus('  config: &self\n    me: *self\n')),
  text(
    '10,000-deep flow lists',
    'depth',
    () => `${HEAD}spec:\n  config:\n    x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
  ),
  text(
    '10,000-deep flow maps',
    'depth',
    () => `${HEAD}spec: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
  ),
  text(
    '10,000-deep block lists',
    'depth',
    () => `${HEAD}spec:\n  config:\n    x:\n${'- '.repeat(10_000)}x\n`,
  ),
  text('10,000-deep block maps', 'depth', () => blockMaps(10_000)),
  text('10,000 unclosed flow brackets', 'depth', () => `${HEAD}spec: ${'['.repeat(10_000)}\n`),
  text('5 MB document', 'size', fiveMegabytes),
  text('1 MB single line value', 'size', () =>
    milvus(`  config:\n    long: ${'x'.repeat(1024 * 1024)}\n`),
  ),
  text('1 MB key', 'size', () => milvus(`  config:\n    ${'k'.repeat(1024 * 1024)}: 1\n`)),
  text('1 MB metadata.name', 'size', () => milvus('  mode: standalone\n', 'n'.repeat(1024 * 1024))),
  text('8 MB text over the size limit', 'size', () => `${HEAD}# ${'c'.repeat(8 * 1024 * 1024)}\n`),
  text('lone surrogates in values and keys', 'encoding', () =>
    milvus('  config:\n    "\uD800key": "\uDFFFvalue\uD83D"\n', 'a\uDC00b'),
  ),
  text('NUL bytes', 'encoding', () =>
    milvus('  config:\n    a: "x\u0000y"\n    b: x\u0000y\n', 'nul\u0000name'),
  ),
  text(
    'BOM, CR-only line ends and tabs',
    'encoding',
    () => `\uFEFF${milvus('\tmode: cluster\n').replace(/\n/g, '\r')}`,
  ),
  text('C1 controls and U+FFFF', 'encoding', () =>
    milvus('  config:\n    c: "\u0085\u009b\uFFFF\uFFFE"\n'),
  ),
  text('!!js/function', 'tag', () =>
    milvus('  config:\n    f: !!js/function "function () { globalThis.__pwned = 1 }"\n'),
  ),
  text('!!js/undefined', 'tag', () => milvus('  mode: !!js/undefined ""\n')),
  text('!!python/object/apply:os.system', 'tag', () =>
    milvus('  config:\n    p: !!python/object/apply:os.system ["touch /tmp/pwned"]\n'),
  ),
  text('!!python/object/new', 'tag', () =>
    milvus('  config:\n    p: !!python/object/new:subprocess.Popen [["id"]]\n'),
  ),
  text('!<tag:yaml.org,2002:js/regexp>', 'tag', () =>
    milvus('  config:\n    r: !<tag:yaml.org,2002:js/regexp> /(a+)+$/\n'),
  ),
  text(
    'custom !foo tags and a %TAG directive',
    'tag',
    () =>
      `%TAG !e! tag:evil.example,2000:\n---\n${milvus('  mode: !foo cluster\n  config: !e!bar {a: 1}\n')}`,
  ),
  text('!!binary and !!timestamp', 'tag', () =>
    milvus('  config:\n    b: !!binary "AAAA"\n    t: !!timestamp 2001-12-14t21:59:43.10-05:00\n'),
  ),
  ...PROTO_KEYS.map((k) => text(`"${k}" keys at every level`, 'proto', () => protoEverywhere(k))),
  text('__proto__ via merge keys', 'proto', protoViaMerge),
  text(
    '__proto__ as a whole document list',
    'proto',
    () => '- __proto__: {polluted: list}\n- constructor: {prototype: {polluted: 1}}\n',
  ),
  text('huge and non-finite numbers', 'number', () =>
    milvus(
      [
        '  components:',
        '    replicas: 1e400',
        '    proxy: {replicas: .inf}',
        '    queryNode: {replicas: -.inf}',
        '    dataNode: {replicas: .nan}',
        '    indexNode: {replicas: 0x7FFFFFFFFFFFFFFFFFFF}',
        `    mixCoord: {replicas: ${'9'.repeat(400)}}`,
        `  config: {big: -${'1'.repeat(400)}, tiny: 1e-400, oct: 0o777777777777777777777}`,
        '',
      ].join('\n'),
    ),
  ),
  text('non-finite resources and storage sizes', 'number', () =>
    milvus(
      [
        '  components:',
        '    resources: {limits: {cpu: .inf, memory: 1e400}, requests: {cpu: .nan}}',
        '  dependencies:',
        '    msgStreamType: kafka',
        '    kafka: {inCluster: {values: {defaultReplicationFactor: .inf, replicaCount: -.inf}}}',
        '',
      ].join('\n'),
    ),
  ),
  text(
    'duplicate keys',
    'duplicate',
    () => `${HEAD}metadata:\n  name: twice\nspec:\n  mode: cluster\n  mode: standalone\nspec: {}\n`,
  ),
  text('1,000 documents in one file', 'stream', () => manyDocuments(1000)),
  text('1,001 documents in one file', 'stream', () => manyDocuments(1001)),
  text(
    'only non-Milvus kinds',
    'kind',
    () =>
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {password: hunter2}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n',
  ),
  text(
    'Milvus kind with a foreign apiVersion',
    'kind',
    () => 'apiVersion: evil.example/v1\nkind: Milvus\nmetadata: {name: x}\nspec: {mode: cluster}\n',
  ),
  text('scalar document', 'kind', () => '42\n'),
  text('list document', 'kind', () => '- kind: Milvus\n- apiVersion: milvus.io/v1beta1\n'),
  text(
    'spec as a list and metadata as a string',
    'kind',
    () => 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata: nope\nspec: [1, 2]\n',
  ),
  text('empty text', 'empty', () => ''),
  text('only whitespace', 'empty', () => ' \n\t\n  \n'),
  text('only comments', 'empty', () => '# one\n# two\n   # three\n'),
  text('--- only', 'empty', () => '---\n'),
  text('--- and ... only', 'empty', () => '---\n...\n---\n...\n'),
  text('binary garbage (seed 1)', 'garbage', () => garbage(4096, 1)),
  text('binary garbage (seed 2)', 'garbage', () => garbage(65_536, 2)),
  text('YAML punctuation soup', 'garbage', () => ':-?{}[],&*!|>\'"%@`#'.repeat(2000)),
  text('script in metadata.name', 'script', () =>
    milvus('  mode: cluster\n', '"<img src=x onerror=alert(1)>"'),
  ),
  text(
    'script tags in comments and values',
    'script',
    () =>
      `# </script><script>window.__pwned=1</script>\n${milvus('  config:\n    x: "</script><script>window.__pwned=1</script>"\n    "<b onmouseover=alert(1)>": 1\n  dependencies:\n    msgStreamType: "<svg onload=alert(1)>"\n')}`,
  ),
  text('javascript: URLs and entities', 'script', () =>
    milvus(
      '  components:\n    image: "javascript:alert(1)"\n  config:\n    href: "&lt;script&gt;&#x3C;"\n',
    ),
  ),
  text('Korean with RTL marks and zero-width joiners', 'script', () =>
    milvus(
      '  config:\n    설명: "메시지\u202E저장소\u200D\u200B\u2066테스트\u2069"\n',
      '"밀버스\u200F\u202Eevil"',
    ),
  ),
]

/** Raw byte inputs for the CLI (invalid UTF-8 cannot be written as a JS string). */
export const HOSTILE_BYTES: readonly HostileBytes[] = [
  {
    name: 'invalid UTF-8 sequences',
    build: () =>
      Uint8Array.from([
        ...new TextEncoder().encode(HEAD),
        0xff,
        0xfe,
        0xc3,
        0x28,
        0xa0,
        0xa1,
        0xe2,
        0x28,
        0xa1,
        0x0a,
      ]),
  },
  {
    name: 'overlong NUL and surrogate halves',
    build: () => Uint8Array.from([0xc0, 0x80, 0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf, 0x0a]),
  },
  {
    name: 'UTF-16 with BOM',
    build: () =>
      Uint8Array.from([0xff, 0xfe, 0x6b, 0x00, 0x69, 0x00, 0x6e, 0x00, 0x64, 0x00, 0x3a, 0x00]),
  },
  { name: 'NUL bytes only', build: () => new Uint8Array(1024) },
  { name: 'all 256 byte values', build: () => Uint8Array.from({ length: 256 }, (_, i) => i) },
]

/** How many hostile inputs the corpus holds (texts plus byte inputs). */
export function hostileInputCount(): number {
  return HOSTILE_TEXTS.length + HOSTILE_BYTES.length
}
