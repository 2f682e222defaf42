import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '../rules'
import { fakeIo } from './fakeIo'
import { runCli } from './runCli'
import { SAFE_FIX_RULES } from './safeFixes'

const FIXABLE = `# production cluster
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: demo   # release name
spec:
  mode: cluster
  config:
    mq:
      type: kafka   # ignored by the operator
      enablePursuitMode: true
  dependencies:
    msgStreamType: pulsar
`
const WITH_ERROR = `${FIXABLE}    etcd:
      external: true
`
const CLEAN =
  'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: ok\nspec:\n  mode: cluster\n  dependencies:\n    msgStreamType: pulsar\n'

interface Json {
  files: {
    file: string
    documents: {
      findings: {
        rule: string
        severity: string
        suppressed?: { line: number; justification: string }
      }[]
    }[]
  }[]
}
const rules = (out: string): string[] =>
  (JSON.parse(out) as Json).files.flatMap((f) =>
    f.documents.flatMap((d) => d.findings.map((x) => x.rule)),
  )

async function run(argv: string[], files: Record<string, string> = {}, stdin?: string) {
  const fake = fakeIo(files, stdin)
  const code = await runCli(argv, fake.io)
  return { code, out: fake.out(), err: fake.err(), files: fake.files }
}

describe('lint inputs', () => {
  it('reads standard input for - and names it - in the report', async () => {
    const res = await run(['lint', '--format', 'json', '-'], {}, WITH_ERROR)
    expect(res.code).toBe(1)
    expect((JSON.parse(res.out) as Json).files.map((f) => f.file)).toEqual(['-'])
  })

  it('walks folders for yaml and yml, skipping node_modules, .git and the .gitignore', async () => {
    const res = await run(['lint', '--format', 'json', 'k8s', 'one.yaml'], {
      'one.yaml': CLEAN,
      'k8s/b.yml': CLEAN,
      'k8s/a.yaml': CLEAN,
      'k8s/notes.txt': 'x',
      'k8s/deep/c.YAML': CLEAN,
      'k8s/node_modules/x.yaml': WITH_ERROR,
      'k8s/.git/y.yaml': WITH_ERROR,
      'k8s/rendered/z.yaml': WITH_ERROR,
      'k8s/skip.yaml': WITH_ERROR,
      'k8s/.gitignore': 'rendered/\nskip.yaml\n',
    })
    expect((JSON.parse(res.out) as Json).files.map((f) => f.file)).toEqual([
      'k8s/a.yaml',
      'k8s/b.yml',
      'k8s/deep/c.YAML',
      'one.yaml',
    ])
    expect(res.code).toBe(0)
  })

  it('is a usage error when a folder holds no YAML', async () => {
    const res = await run(['lint', 'docs'], { 'docs/readme.md': '#' })
    expect(res.code).toBe(2)
    expect(res.err).toContain('no *.yaml or *.yml files in docs')
  })
})

describe('lint --fix', () => {
  it('removes only the fixed entry, keeps every other byte and exits with what remains', async () => {
    const res = await run(['lint', '--fix', 'a.yaml'], { 'a.yaml': WITH_ERROR })
    expect(res.files.get('a.yaml')).toBe(
      WITH_ERROR.replace('      type: kafka   # ignored by the operator\n', ''),
    )
    expect(res.out).toContain(
      'a.yaml:10: fixed [config-mq-type-overwritten] spec.config.mq.type: Remove mq.type',
    )
    expect(res.out).toContain('etcd-external-needs-endpoints')
    expect(res.code).toBe(1)
  })

  it('exits 0 when the fixes leave no error, and leaves a clean file untouched', async () => {
    const res = await run(['lint', '--fix', 'a.yaml', 'b.yaml'], {
      'a.yaml': FIXABLE,
      'b.yaml': CLEAN,
    })
    expect(res.code).toBe(0)
    expect(res.files.get('b.yaml')).toBe(CLEAN)
  })

  it('does not apply a fix that is one of several answers', async () => {
    const text = CLEAN.replace('name: ok', 'name: Not_Valid')
    const res = await run(['lint', '--fix', 'a.yaml'], { 'a.yaml': text })
    expect(res.files.get('a.yaml')).toBe(text)
    expect(res.code).toBe(1)
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const res = await run(['lint', '--fix-dry-run', 'a.yaml'], { 'a.yaml': FIXABLE })
    expect(res.files.get('a.yaml')).toBe(FIXABLE)
    expect(res.out).toBe(
      [
        '--- a/a.yaml',
        '+++ b/a.yaml',
        '@@ -7,7 +7,6 @@',
        '   mode: cluster',
        '   config:',
        '     mq:',
        '-      type: kafka   # ignored by the operator',
        '       enablePursuitMode: true',
        '   dependencies:',
        '     msgStreamType: pulsar',
        '',
      ].join('\n'),
    )
    expect(res.err).toContain('would fix [config-mq-type-overwritten]')
  })

  it('refuses --fix on standard input but allows a dry run', async () => {
    expect((await run(['lint', '--fix', '-'], {}, FIXABLE)).code).toBe(2)
    const dry = await run(['lint', '--fix-dry-run', '-'], {}, FIXABLE)
    expect(dry.out).toContain('--- a/stdin')
  })

  it('keeps stdout valid JSON and lists fixes on stderr', async () => {
    const res = await run(['lint', '--fix', '--format', 'json', 'a.yaml'], { 'a.yaml': FIXABLE })
    expect(rules(res.out)).not.toContain('config-mq-type-overwritten')
    expect(res.err).toContain('fixed [config-mq-type-overwritten]')
  })

  it('knows only rules that exist', () => {
    const ids = ALL_RULES.map((r) => r.id)
    expect(SAFE_FIX_RULES.filter((id) => !ids.includes(id))).toEqual([])
  })
})

describe('lint selection and thresholds', () => {
  const suppressed = FIXABLE.replace(
    '    mq:\n',
    '    mq:\n      # milvus-studio-disable-next-line config-mq-type-overwritten -- pinned by the platform team\n',
  )

  it('reports a disabled finding as suppressed in JSON and SARIF, and does not fix it', async () => {
    const json = await run(['lint', '--format', 'json', 'a.yaml'], { 'a.yaml': suppressed })
    const finding = (JSON.parse(json.out) as Json).files[0]?.documents[0]?.findings.find(
      (f) => f.rule === 'config-mq-type-overwritten',
    )
    expect(finding?.suppressed).toEqual({ line: 10, justification: 'pinned by the platform team' })
    const sarif = await run(['lint', '--format', 'sarif', 'a.yaml'], { 'a.yaml': suppressed })
    expect(sarif.out).toContain('"justification": "pinned by the platform team"')
    const fixed = await run(['lint', '--fix', 'a.yaml'], { 'a.yaml': suppressed })
    expect(fixed.files.get('a.yaml')).toBe(suppressed)
    expect(fixed.out).toContain('1 suppressed by comment')
  })

  it('--max-warnings fails when more warnings remain, --quiet prints errors only', async () => {
    expect((await run(['lint', 'a.yaml'], { 'a.yaml': FIXABLE })).code).toBe(0)
    const strict = await run(['lint', '--max-warnings', '0', 'a.yaml'], { 'a.yaml': FIXABLE })
    expect(strict.code).toBe(1)
    expect(strict.err).toContain('more than --max-warnings 0')
    expect((await run(['lint', '--max-warnings=5', 'a.yaml'], { 'a.yaml': FIXABLE })).code).toBe(0)
    expect((await run(['lint', '--max-warnings', 'x', 'a.yaml'], { 'a.yaml': FIXABLE })).code).toBe(
      2,
    )
    const quiet = await run(['lint', '--quiet', '--format', 'json', 'a.yaml'], {
      'a.yaml': WITH_ERROR,
    })
    expect(rules(quiet.out)).toEqual(['etcd-external-needs-endpoints'])
  })

  it('--rule keeps only the named rules, --disable drops them, unknown ids get a suggestion', async () => {
    const only = await run(
      ['lint', '--format', 'json', '--rule', 'config-mq-type-overwritten', 'a.yaml'],
      { 'a.yaml': WITH_ERROR },
    )
    expect(rules(only.out)).toEqual(['config-mq-type-overwritten'])
    expect(only.code).toBe(0)
    const off = await run(
      [
        'lint',
        '--format',
        'json',
        '--disable',
        'etcd-external-needs-endpoints,config-mq-type-overwritten',
        'a.yaml',
      ],
      { 'a.yaml': WITH_ERROR },
    )
    expect(rules(off.out)).not.toContain('etcd-external-needs-endpoints')
    expect(off.code).toBe(0)
    const typo = await run(['lint', '--rule', 'config-mq-type-overwriten', 'a.yaml'], {
      'a.yaml': WITH_ERROR,
    })
    expect(typo.code).toBe(2)
    expect(typo.err).toContain('did you mean config-mq-type-overwritten?')
  })

  it('never hides a file that does not parse', async () => {
    const res = await run(
      ['lint', '--format', 'json', '--rule', 'config-mq-type-overwritten', 'a.yaml'],
      { 'a.yaml': 'spec: [unclosed\n' },
    )
    expect(rules(res.out)).toContain('yaml-syntax')
    expect(res.code).toBe(1)
  })
})

describe('import --from helm', () => {
  const VALUES =
    'cluster:\n  enabled: false\nstandalone:\n  messageQueue: rocksmq\npulsarV3:\n  enabled: false\n'

  it('prints the resource, lists unknown keys and reads standard input', async () => {
    const res = await run(
      ['import', '--from', 'helm', '--name', 'demo', '--namespace', 'db', '-'],
      {},
      VALUES,
    )
    expect(res.code).toBe(0)
    expect(res.out).toContain(
      '# unknown key pulsarV3: The chart has no key pulsarV3; did you mean pulsarv3?',
    )
    expect(res.out).toMatch(/kind: Milvus\nmetadata:\n {2}name: demo\n {2}namespace: db\n/)
    expect(res.err).toContain('1 unknown key(s)')
  })

  it('exits 1 when part of the values cannot work, 2 on usage errors', async () => {
    expect(
      (await run(['import', '--from', 'helm', 'v.yaml'], { 'v.yaml': 'etcd:\n  enabled: false\n' }))
        .code,
    ).toBe(1)
    expect((await run(['import', 'v.yaml'], { 'v.yaml': VALUES })).code).toBe(2)
    expect(
      (
        await run(['import', '--from', 'helm', '--chart-version', '2.0.0', 'v.yaml'], {
          'v.yaml': VALUES,
        })
      ).code,
    ).toBe(2)
    expect((await run(['import', '--from', 'helm', 'gone.yaml'])).code).toBe(2)
  })

  it('takes over a release', async () => {
    const res = await run(['import', '--from', 'helm', '--take-over', 'old', 'v.yaml'], {
      'v.yaml': VALUES,
    })
    expect(res.out).toContain('name: old')
    expect(res.out).toContain('rootPath: by-dev')
  })
})

describe('export --to kustomize | argocd', () => {
  const dev = CLEAN.replace('name: ok', 'name: ok').replace(
    'mode: cluster',
    'mode: cluster\n  components:\n    queryNode:\n      replicas: 1',
  )

  it('writes the folder with --out, or prints the files', async () => {
    const res = await run(
      ['export', '--to', 'kustomize', '--overlay', 'dev=dev.yaml', '--out', 'gitops/', 'm.yaml'],
      { 'm.yaml': CLEAN, 'dev.yaml': dev },
    )
    expect(res.code).toBe(0)
    expect([...res.files.keys()].filter((k) => k.startsWith('gitops/'))).toEqual([
      'gitops/base/kustomization.yaml',
      'gitops/base/milvus.yaml',
      'gitops/overlays/dev/kustomization.yaml',
      'gitops/overlays/dev/milvus-patch.yaml',
    ])
    expect(res.files.get('gitops/base/milvus.yaml')).toBe(CLEAN)
    const printed = await run(['export', '--to', 'kustomize', 'm.yaml'], { 'm.yaml': CLEAN })
    expect(printed.out).toContain('# file: base/kustomization.yaml\n')
  })

  it('refuses a malformed overlay and prints an Argo CD Application', async () => {
    expect(
      (
        await run(['export', '--to', 'kustomize', '--overlay', 'dev', 'm.yaml'], {
          'm.yaml': CLEAN,
        })
      ).code,
    ).toBe(2)
    const app = await run(
      [
        'export',
        '--to',
        'argocd',
        '--repo',
        'https://git.example/r.git',
        '--overlay',
        'prod',
        'm.yaml',
      ],
      { 'm.yaml': CLEAN },
    )
    expect(app.out).toContain('path: milvus/overlays/prod')
    expect(app.out).toContain('repoURL: https://git.example/r.git')
  })
})
