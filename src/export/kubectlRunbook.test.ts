import { afterAll, describe, expect, it } from 'vitest'
import { deriveDocument } from '../derive'
import { PRESETS } from '../presets'
import { bashSyntaxError, createHarness, isWrite, type RunResult } from '../test/runbookHarness'
import { toKubectlRunbook } from './kubectlRunbook'
import { toManifest } from './manifest'
import { neededSecrets, placeholderLines } from './runbookSecrets'

const h = createHarness()
afterAll(() => h.dispose())

const runbook = (yaml: string, options = {}) => toKubectlRunbook(deriveDocument(yaml), options)
const preset = (id: string) => PRESETS.find((p) => p.id === id)?.yaml ?? ''
const GO = ['--yes', '--allow-errors']
const PLACEHOLDER = /<[^<>\s]+>/

/** Every Secret a preset's runbook may touch: referenced ones and those defined in the file. */
function secretNames(yaml: string): string[] {
  const d = deriveDocument(yaml)
  const own = d.documents.filter((doc) => doc.kind === 'Secret').map((doc) => doc.name)
  return [...neededSecrets(d.resource, d.documents).map((s) => s.name), ...own]
}

function hasPlaceholders(yaml: string): boolean {
  const d = deriveDocument(yaml)
  const own = d.documents.filter(
    (doc) => doc.kind === 'Secret' && placeholderLines(doc.text).length > 0,
  )
  return neededSecrets(d.resource, d.documents).length > 0 || own.length > 0
}

/** Replaces every placeholder the script holds with a real-looking value. */
function fillIn(script: string): string {
  return script
    .replace(/'<[A-Z0-9-]+-FILE-PLACEHOLDER>'/g, '/etc/hostname')
    .replace(/<[A-Z0-9-]+-PLACEHOLDER>/g, 'filled-value')
    .replace(/^(\s*[\w.-]+:\s*)<[^<>\n]+>/gm, '$1filled-value')
}

function expectNoPlaceholderWritten(res: RunResult): void {
  for (const call of res.calls.filter(isWrite)) {
    expect(call.args).not.toMatch(/-PLACEHOLDER>/)
    if (/^kind: Secret/m.test(call.stdin ?? ''))
      expect(call.stdin ?? '').not.toMatch(/^\s*[\w.-]+:\s*<[^<>\n]+>/m)
  }
}

const createsSecret = (res: RunResult) =>
  res.calls.filter((c) => /^kubectl create (secret|-n \S+ -f \S+document)/.test(c.args))

describe('toManifest', () => {
  it('is the editor text byte for byte', () => {
    const text = '# c\r\napiVersion: v1\n---\nkind: Secret\n'
    expect(toManifest(deriveDocument(text))).toBe(text)
  })
})

describe.each(PRESETS.map((p) => [p.id, p.yaml] as const))('runbook of preset %s', (_id, yaml) => {
  const script = runbook(yaml)

  it('is valid bash', () => {
    expect(bashSyntaxError(script)).toBe('')
    expect(bashSyntaxError(runbook(yaml, { secrets: 'files', operatorInstall: 'manifest' }))).toBe(
      '',
    )
  })

  it('leaves Secrets that already exist alone', () => {
    const res = h.run(script, { args: GO, existing: secretNames(yaml) })
    expect(res.status, res.output).toBe(0)
    expect(createsSecret(res)).toEqual([])
    for (const name of secretNames(yaml))
      expect(res.output).toContain(`Secret ${name} already exists`)
    expectNoPlaceholderWritten(res)
  })

  it('refuses to change anything while a placeholder is left for a missing Secret', () => {
    const res = h.run(script, { args: GO })
    expectNoPlaceholderWritten(res)
    if (!hasPlaceholders(yaml)) {
      expect(res.status, res.output).toBe(0)
      return
    }
    expect(res.status).toBe(4)
    expect(res.calls.filter(isWrite)).toEqual([])
    const lines = script.split('\n')
    const named = [...res.output.matchAll(/line (\d+): (\S+)/g)]
    expect(named.length).toBeGreaterThan(0)
    for (const [, line, what] of named) {
      const text = lines[Number(line) - 1] ?? ''
      expect(text.includes(what ?? '') || PLACEHOLDER.test(text)).toBe(true)
      expect(text).toMatch(PLACEHOLDER)
    }
  })

  it('creates missing Secrets from the values filled in, and only those', () => {
    const res = h.run(fillIn(script), { args: GO })
    expect(res.status, res.output).toBe(0)
    expectNoPlaceholderWritten(res)
    const created = createsSecret(res)
    expect(created.length).toBe(secretNames(yaml).length)
    for (const c of created.filter((x) => x.args.startsWith('kubectl create secret')))
      expect(c.args).toContain('filled-value')
  })
})

describe('toKubectlRunbook', () => {
  it('refuses a config with errors unless told --allow-errors, before calling kubectl', () => {
    const broken =
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a\nspec:\n  mode: cluster\n  dependencies:\n    msgStreamType: rocksmq\n'
    const derived = deriveDocument(broken)
    expect(derived.findings.some((f) => f.severity === 'error')).toBe(true)
    const script = toKubectlRunbook(derived)
    expect(script).toMatch(/^# {3}error {3}\S+ \(line \d+\): /m)
    const refused = h.run(script, { args: ['--yes'] })
    expect(refused.status).toBe(3)
    expect(refused.calls).toEqual([])
    expect(h.run(script, { args: GO }).status).toBe(0)
  })

  it('shows kubectl diff of the Milvus resource and applies only after a yes', () => {
    const script = runbook(preset('sample-cluster-default'))
    const no = h.run(script, { input: 'n\n' })
    expect(no.status).toBe(1)
    expect(no.calls.some((c) => c.args.startsWith('kubectl diff -n default -f '))).toBe(true)
    expect(no.calls.filter(isWrite)).toEqual([])
    expect(no.output).toContain('(stand-in diff)')
    const yes = h.run(script, { input: 'y\n' })
    expect(yes.status).toBe(0)
    expect(
      yes.calls.some((c) => /^kubectl apply -n default -f \S+milvus\.yaml$/.test(c.args)),
    ).toBe(true)
    const env = h.run(script.replace('ASSUME_YES="${ASSUME_YES:-0}"', 'ASSUME_YES=1'))
    expect(env.status).toBe(0)
  })

  it('waits on the document the store edits in a multi-document file', () => {
    const decoy = 'apiVersion: example.com/v1\nkind: Milvus\nmetadata:\n  name: decoy\n'
    const real =
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: real\n  namespace: vec\n'
    const derived = deriveDocument(`${decoy}---\n${real}`)
    expect(derived.documents[derived.milvusIndex]?.name).toBe('real')
    const res = h.run(toKubectlRunbook(derived), { args: GO })
    expect(res.status, res.output).toBe(0)
    const waits = res.calls
      .filter((c) => c.args.startsWith('kubectl wait --for=condition=M'))
      .map((c) => c.args)
    expect(waits).toEqual([
      'kubectl wait --for=condition=MsgStreamReady milvus/real -n vec --timeout=20m',
      'kubectl wait --for=condition=MilvusReady milvus/real -n vec --timeout=20m',
    ])
    const milvusApply = res.calls.find((c) =>
      /^kubectl apply -n vec -f \S+milvus\.yaml$/.test(c.args),
    )
    expect(milvusApply?.stdin).toContain('name: real')
  })

  it.each([
    ['no final newline', 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a'],
    [
      'shell syntax inside',
      'kind: Milvus\nmetadata:\n  name: "$(rm -rf /) `x` ${HOME} \\\\ \'q\'"\n',
    ],
    [
      'the default delimiter as a line',
      'kind: Milvus\nmetadata:\n  name: a\nx: |\n  MILVUS_MANIFEST\nMILVUS_MANIFEST\n',
    ],
    ['CRLF line ends', 'kind: Milvus\r\nmetadata:\r\n  name: a\r\n'],
    ['Korean and emoji', '# 한국어 주석 🚀\nkind: Milvus\nmetadata:\n  name: a\n'],
  ])('applies the Milvus document byte for byte with %s', (_name, text) => {
    const res = h.run(runbook(text), { args: GO })
    expect(res.status, res.output).toBe(0)
    expect(
      res.calls.find((c) => /^kubectl apply -n \S+ -f \S+milvus\.yaml$/.test(c.args))?.stdin,
    ).toBe(text)
  })

  it('installs the pinned operator with Helm by default, or from the manifest', () => {
    const kafka = preset('docs-kafka-external')
    const helm = h
      .run(runbook(kafka), { args: GO, existing: ['milvus-kafka-sasl'] })
      .calls.filter(isWrite)
    expect(helm[0]?.args).toMatch(
      /^helm upgrade --install milvus-operator .*v1\.3\.8\/milvus-operator-1\.3\.8\.tgz -n milvus-operator --create-namespace/,
    )
    const manifest = h
      .run(runbook(kafka, { operatorInstall: 'manifest' }), {
        args: GO,
        existing: ['milvus-kafka-sasl'],
      })
      .calls.filter(isWrite)
    expect(manifest[0]?.args).toBe(
      'kubectl apply -f https://raw.githubusercontent.com/zilliztech/milvus-operator/v1.3.8/deploy/manifests/deployment.yaml',
    )
  })

  it('with Secrets as separate files, refuses until each Secret exists and never creates one', () => {
    const kafka = preset('docs-kafka-external')
    const script = runbook(kafka, { secrets: 'files' })
    expect(script).not.toMatch(/^\w+='<.*-PLACEHOLDER>'/m)
    const missing = h.run(script, { args: GO })
    expect(missing.status).toBe(4)
    expect(missing.output).toContain('milvus-kafka-sasl.secret.yaml')
    const present = h.run(script, { args: GO, existing: ['milvus-kafka-sasl'] })
    expect(present.status).toBe(0)
    expect(createsSecret(present)).toEqual([])
  })

  it('waits for MsgStreamReady then MilvusReady and checks the store in the logs', () => {
    const kafka = preset('docs-kafka-external')
    const res = h.run(runbook(kafka), { args: GO, existing: ['milvus-kafka-sasl'], mq: 'kafka' })
    expect(res.output).toContain('Milvus is using kafka.')
    expect(
      h.run(runbook(kafka), { args: GO, existing: ['milvus-kafka-sasl'], mq: 'pulsar' }).output,
    ).toContain('mqType=kafka not found')
  })
})
