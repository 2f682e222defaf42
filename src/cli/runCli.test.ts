import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../derive'
import {
  migrationScript,
  planMigration,
  toEffectiveResource,
  toHelmValues,
  toKubectlRunbook,
  type MigrationPlan,
} from '../export'
import { PRESETS } from '../presets'
import { decodeShareLink } from '../share'
import { derivedResource } from '../test/builders'
import type { CliIo } from './io'
import { runCli } from './runCli'

interface Captured {
  code: number
  out: string
  err: string
}

async function cli(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
): Promise<Captured> {
  let out = ''
  let err = ''
  const io: CliIo = {
    readFile: (path) => {
      const data = files[path]
      return data === undefined
        ? Promise.reject(Object.assign(new Error('nope'), { code: 'ENOENT' }))
        : Promise.resolve(data)
    },
    stdout: (t) => {
      out += t
    },
    stderr: (t) => {
      err += t
    },
  }
  const code = await runCli(argv, io)
  return { code, out, err }
}

const preset = (id: string): string => PRESETS.find((p) => p.id === id)?.yaml ?? ''
const CLEAN = preset('docs-kafka-external')
const BROKEN = preset('original-natsmq')

describe('runCli lint', () => {
  it('exits 0 without errors, 1 with errors, 2 on an unreadable file', async () => {
    expect((await cli(['lint', 'a.yaml'], { 'a.yaml': CLEAN })).code).toBe(0)
    expect(
      (await cli(['lint', 'a.yaml', 'b.yaml'], { 'a.yaml': CLEAN, 'b.yaml': BROKEN })).code,
    ).toBe(1)
    const missing = await cli(['lint', 'a.yaml', 'gone.yaml'], { 'a.yaml': BROKEN })
    expect(missing.code).toBe(2)
    expect(missing.out).toContain('gone.yaml: cannot read: ENOENT')
  })

  it('prints the JSON shape with dotted paths, lines and columns', async () => {
    const text = `${BROKEN}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n`
    const { out } = await cli(['lint', '--format', 'json', 'x.yaml'], { 'x.yaml': text })
    const json = JSON.parse(out) as {
      files: {
        file: string
        documents: {
          index: number
          kind: string
          name: string
          findings: Record<string, unknown>[]
        }[]
      }[]
    }
    const [file] = json.files
    expect(file?.file).toBe('x.yaml')
    expect(file?.documents.map((d) => [d.index, d.kind, d.name])).toEqual([
      [0, 'Milvus', 'milvus'],
      [1, 'Secret', 's'],
    ])
    expect(file?.documents[1]?.findings).toEqual([])
    const unknown = file?.documents[0]?.findings.find((f) => f.rule === 'schema-unknown-key')
    // The finding underlines the value of `server:` (line 11), which starts at `port:` on line 12.
    const portLine = BROKEN.split('\n').findIndex((l) => l.trim() === 'port: 4222') + 1
    expect(unknown).toMatchObject({
      severity: 'error',
      path: 'spec.dependencies.natsmq.server',
      line: portLine,
      column: 9,
    })
    expect(Object.keys(unknown ?? {})).toEqual([
      'rule',
      'severity',
      'path',
      'line',
      'column',
      'message',
    ])
  })

  it('carries pasted-input findings: a fragment, an elision, a List item and Secrets beside the resource', async () => {
    const fragment =
      'dependencies:\n  storage:\n    external: true\n    endpoint: http://minio:9000\n'
    const list =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: milvus.io/v1\n  kind: Milvus\n  metadata:\n    name: a\n'
    const { out } = await cli(['lint', '--format', 'json', 'f.yaml', 'l.yaml'], {
      'f.yaml': fragment,
      'l.yaml': list,
    })
    const json = JSON.parse(out) as {
      files: { documents: { fragmentOf?: string; findings: { rule: string; path: string }[] }[] }[]
    }
    const [f, l] = json.files
    expect(f?.documents[0]?.fragmentOf).toBe('spec')
    expect(f?.documents[0]?.findings.map((x) => x.rule)).toEqual(
      expect.arrayContaining(['input-fragment', 'endpoint-operator-split']),
    )
    expect(l?.documents[0]?.findings.map((x) => `${x.rule} ${x.path}`)).toContain(
      'api-version-kind items[0].apiVersion',
    )
  })

  it('reports a YAML syntax error as yaml-syntax with its line', async () => {
    const { code, out } = await cli(['lint', '--format=json', 'bad.yaml'], {
      'bad.yaml': 'kind: Milvus\nspec: [unclosed\n  mode: x\n',
    })
    expect(code).toBe(1)
    const finding = (
      JSON.parse(out) as {
        files: { documents: { findings: { rule: string; line: number }[] }[] }[]
      }
    ).files[0]?.documents[0]?.findings[0]
    expect(finding?.rule).toBe('yaml-syntax')
    expect(finding?.line).toBeGreaterThanOrEqual(2)
  })

  it('writes Korean messages with --lang ko', async () => {
    const { out } = await cli(['lint', '--lang', 'ko', 'x.yaml'], { 'x.yaml': BROKEN })
    expect(out).toMatch(/[가-힣]/)
    expect(out).toMatch(/오류 \d+개/)
  })

  it('prints valid SARIF 2.1.0', async () => {
    const { out } = await cli(['lint', '--format', 'sarif', 'dir/x y.yaml'], {
      'dir/x y.yaml': BROKEN,
    })
    const sarif = JSON.parse(out) as {
      version: string
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } }
        results: {
          ruleId: string
          ruleIndex: number
          level: string
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          }[]
        }[]
      }[]
    }
    expect(sarif.version).toBe('2.1.0')
    const run = sarif.runs[0]
    expect(run?.tool.driver.name).toBe('milvus-studio')
    expect(run?.results.length).toBeGreaterThan(0)
    for (const r of run?.results ?? []) {
      expect(run?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId)
      expect(['error', 'warning', 'note']).toContain(r.level)
      expect(r.locations[0]?.physicalLocation.artifactLocation.uri).toBe('dir/x%20y.yaml')
      expect(r.locations[0]?.physicalLocation.region.startLine).toBeGreaterThan(0)
    }
  })
})

describe('runCli usage', () => {
  it.each([
    [[], 2],
    [['--help'], 0],
    [['frobnicate'], 2],
    [['lint'], 2],
    [['lint', '--format', 'xml', 'a'], 2],
    [['lint', '--lang', 'fr', 'a'], 2],
    [['export', 'a.yaml'], 2],
    [['share', 'encode'], 2],
    [['lint', '--bogus', 'a'], 2],
  ] as const)('%j exits %i', async (argv, code) => {
    const res = await cli([...argv], { a: CLEAN, 'a.yaml': CLEAN })
    expect(res.code).toBe(code)
    expect(res.out + res.err).toContain('Usage:')
  })
})

describe('runCli export and share', () => {
  it.each(PRESETS.map((p) => [p.id, p.yaml] as const))(
    '%s: exports match the engine functions',
    async (_id, yaml) => {
      const files = { 'p.yaml': yaml }
      expect((await cli(['export', '--to', 'manifest', 'p.yaml'], files)).out).toBe(yaml)
      expect((await cli(['export', '--to', 'kubectl', 'p.yaml'], files)).out).toBe(
        toKubectlRunbook(deriveDocument(yaml)),
      )
      const resource = deriveDocument(yaml).resource
      if (!resource) throw new Error('preset has no resource')
      expect((await cli(['export', '--to', 'helm', 'p.yaml'], files)).out).toBe(
        toHelmValues({ resource }).yaml,
      )
      const effective = await cli(['export', '--to', 'effective', 'p.yaml'], files)
      expect(effective.code).toBe(0)
      expect(effective.out).toContain(`# ${toEffectiveResource(resource).notes[0]?.en ?? ''}`)
    },
  )

  it('uses the manifest operator install when asked', async () => {
    const { out } = await cli(
      ['export', '--to', 'kubectl', '--operator-install', 'manifest', 'p.yaml'],
      { 'p.yaml': CLEAN },
    )
    expect(out).toBe(toKubectlRunbook(deriveDocument(CLEAN), { operatorInstall: 'manifest' }))
  })

  it('fails cleanly when there is no Milvus resource to export', async () => {
    const res = await cli(['export', '--to', 'helm', 'p.yaml'], { 'p.yaml': 'kind: Secret\n' })
    expect(res.code).toBe(1)
    expect(res.err).toContain('No readable Milvus resource')
  })

  it('encodes without secrets by default and decodes back to the text', async () => {
    const text = `${CLEAN}  config:\n    kafka:\n      saslPassword: hunter2hunter2\n`.replace(
      '  components: {}\n',
      '',
    )
    const enc = await cli(['share', 'encode', 'p.yaml'], { 'p.yaml': text })
    expect(enc.code).toBe(0)
    expect(enc.err).toContain('saslPassword')
    const link = enc.out.trim()
    const dec = await cli(['share', 'decode', link])
    expect(dec.out).not.toContain('hunter2hunter2')
    const withSecrets = await cli(['share', 'encode', '--include-secrets', 'p.yaml'], {
      'p.yaml': text,
    })
    const back = await decodeShareLink(withSecrets.out.trim())
    expect(back.ok && back.source).toBe(text)
    expect((await cli(['share', 'decode', withSecrets.out.trim()])).out).toBe(text)
  })

  it('reports a broken link with its code', async () => {
    const res = await cli(['share', 'decode', '#s1.<script>'])
    expect(res.code).toBe(1)
    expect(res.err).toMatch(/^corrupt: /)
  })
})

describe('runCli on arbitrary input', () => {
  it('never throws and exits 0, 1 or 2 for random bytes and arguments (fast-check seed 20261128)', async () => {
    const argv = fc.oneof(
      fc.constant(['lint', 'f']),
      fc.constant(['lint', '--format', 'json', 'f']),
      fc.constant(['lint', '--format', 'sarif', 'f']),
      fc.constant(['export', '--to', 'helm', 'f']),
      fc.constant(['export', '--to', 'effective', 'f']),
      fc.constant(['export', '--to', 'kubectl', 'f']),
      fc.constant(['share', 'encode', 'f']),
      fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
    )
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
      fc
        .constantFrom(...PRESETS.map((p) => p.yaml))
        .chain((y) =>
          fc
            .nat(y.length)
            .map((cut) =>
              new TextEncoder().encode(y.slice(0, cut) + '\u0000\uffff: [' + y.slice(cut)),
            ),
        ),
    )
    await fc.assert(
      fc.asyncProperty(argv, bytes, async (args, data) => {
        const { code } = await cli([...args], { f: data })
        expect([0, 1, 2]).toContain(code)
      }),
      { seed: 20261128, numRuns: 400 },
    )
  })
})

describe('runCli export --to migration', () => {
  const base =
    'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: prod\n  namespace: vec\nspec:\n  components:\n    image: milvusdb/milvus:v2.5.16\n  dependencies:\n    msgStreamType: rocksmq\n'
  const migrateTo = (store: string) => {
    const next = base.replace('msgStreamType: rocksmq', `msgStreamType: ${store}`)
    const args = ['export', '--to', 'migration', '--baseline', 'b.yaml', 'n.yaml']
    return { next, res: cli(args, { 'b.yaml': base, 'n.yaml': next }) }
  }
  it('prints the same script the studio shows for the recommended plan', async () => {
    const { next, res: running } = migrateTo('natsmq')
    const res = await running
    expect(res.code).toBe(0)
    const plan = planMigration(derivedResource(base), derivedResource(next))
    expect(res.out).toBe(migrationScript(plan as MigrationPlan, 'en'))
    expect(res.out).toContain('mqType=natsmq')
  })
  it('refuses a target the version cannot run, and needs --baseline', async () => {
    const { next, res: running } = migrateTo('woodpecker')
    const res = await running
    expect(res.code).toBe(1)
    expect(res.err).toContain('Woodpecker arrived in Milvus 2.6')
    expect((await cli(['export', '--to', 'migration', 'n.yaml'], { 'n.yaml': next })).code).toBe(2)
  })
})
