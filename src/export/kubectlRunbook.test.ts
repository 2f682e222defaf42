import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PRESETS } from '../presets'
import { toKubectlRunbook } from './kubectlRunbook'
import { toManifest } from './manifest'

const dir = mkdtempSync(join(tmpdir(), 'runbook-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Stand-ins record their arguments, and the stdin of every `-f -`, into numbered files.
const STAND_IN = `#!/usr/bin/env bash
n="$(date +%s%N)-$$"
printf '%s\\n' "$(basename "$0") $*" > "$REC/$n.args"
for a in "$@"; do if [ "$a" = "-" ]; then cat > "$REC/$n.stdin"; fi; done
if [ "$1" = "logs" ]; then echo "component started, mqType=$FAKE_MQ"; fi
exit 0
`
const bin = join(dir, 'bin')
execFileSync('mkdir', ['-p', bin])
for (const tool of ['kubectl', 'helm']) {
  writeFileSync(join(bin, tool), STAND_IN)
  chmodSync(join(bin, tool), 0o755)
}

function run(script: string, mq = 'woodpecker'): { stdins: string[]; args: string[]; stdout: string; status: number | null } {
  const rec = mkdtempSync(join(dir, 'rec-'))
  const res = spawnSync('bash', ['-c', script], {
    env: { PATH: `${bin}:/usr/bin:/bin`, REC: rec, FAKE_MQ: mq },
    encoding: 'utf8',
  })
  const files = readdirSync(rec).sort()
  return {
    stdins: files.filter((f) => f.endsWith('.stdin')).map((f) => readFileSync(join(rec, f), 'utf8')),
    args: files.filter((f) => f.endsWith('.args')).map((f) => readFileSync(join(rec, f), 'utf8').trim()),
    stdout: res.stdout + res.stderr,
    status: res.status,
  }
}

const KAFKA_SASL = PRESETS.find((p) => p.id === 'docs-kafka-external')?.yaml ?? ''

describe('toManifest', () => {
  it('is the editor text byte for byte', () => {
    const text = '# c\r\napiVersion: v1\n---\nkind: Secret\n'
    expect(toManifest(text)).toBe(text)
  })
})

describe('toKubectlRunbook', () => {
  it.each(PRESETS.map((p) => [p.id, p.yaml] as const))('%s: bash -n accepts it', (_id, yaml) => {
    const res = spawnSync('bash', ['-n'], { input: toKubectlRunbook(yaml), encoding: 'utf8' })
    expect(res.stderr).toBe('')
    expect(res.status).toBe(0)
  })

  it.each(PRESETS.map((p) => [p.id, p.yaml] as const))('%s: kubectl receives the manifest byte for byte', (_id, yaml) => {
    const { stdins, status } = run(toKubectlRunbook(yaml))
    expect(status).toBe(0)
    expect(stdins).toContain(yaml)
  })

  it.each([
    ['no final newline', 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a'],
    ['blank lines at the end', 'kind: Milvus\nmetadata:\n  name: a\n\n\n'],
    ['shell syntax inside', 'kind: Milvus\nmetadata:\n  name: "$(rm -rf /) `x` ${HOME} \\\\ \'q\'"\n'],
    ['the default delimiter as a line', 'kind: Milvus\nmetadata:\n  name: a\nx: |\n  MILVUS_MANIFEST\nMILVUS_MANIFEST\n'],
    ['CRLF line ends', 'kind: Milvus\r\nmetadata:\r\n  name: a\r\n'],
    ['Korean and emoji', '# 한국어 주석 🚀\nkind: Milvus\nmetadata:\n  name: a\n'],
  ])('keeps the bytes with %s', (_name, text) => {
    const { stdins, status } = run(toKubectlRunbook(text))
    expect(status).toBe(0)
    expect(stdins).toContain(text)
  })

  it('installs the pinned operator with Helm by default, or from the manifest', () => {
    const helm = run(toKubectlRunbook(KAFKA_SASL)).args
    expect(helm[0]).toMatch(/^helm upgrade --install milvus-operator .*v1\.3\.8\/milvus-operator-1\.3\.8\.tgz -n milvus-operator --create-namespace/)
    const manifest = run(toKubectlRunbook(KAFKA_SASL, { operatorInstall: 'manifest' })).args
    expect(manifest[0]).toBe('kubectl apply -f https://raw.githubusercontent.com/zilliztech/milvus-operator/v1.3.8/deploy/manifests/deployment.yaml')
  })

  it('creates the namespace idempotently and the referenced Kafka Secret with placeholders', () => {
    const text = KAFKA_SASL.replace('  name: my-release\n', '  name: my-release\n  namespace: vectors\n')
    const script = toKubectlRunbook(text)
    expect(script).toContain('kubectl create namespace vectors --dry-run=client -o yaml | kubectl apply -f -')
    expect(script).toMatch(/# 3\. Secrets .*PLACEHOLDER/)
    const { args } = run(script, 'kafka')
    expect(args).toContain("kubectl create secret generic milvus-kafka-sasl -n vectors --from-literal=username=<USERNAME-PLACEHOLDER> --from-literal=password=<PASSWORD-PLACEHOLDER> --dry-run=client -o yaml")
  })

  it('does not create a storage Secret that the manifest already defines', () => {
    const s3 = PRESETS.find((p) => p.id === 'sample-s3')?.yaml ?? ''
    expect(toKubectlRunbook(s3)).not.toContain('kubectl create secret')
    const external = PRESETS.find((p) => p.id === 'sample-external-dependencies')?.yaml ?? ''
    expect(run(toKubectlRunbook(external)).args).toContain(
      'kubectl create secret generic milvus-shared-minio -n default --from-literal=accesskey=<ACCESSKEY-PLACEHOLDER> --from-literal=secretkey=<SECRETKEY-PLACEHOLDER> --dry-run=client -o yaml',
    )
  })

  it('waits for MsgStreamReady then MilvusReady and checks the store in the logs', () => {
    const { args, stdout } = run(toKubectlRunbook(KAFKA_SASL), 'kafka')
    const waits = args.filter((a) => a.startsWith('kubectl wait --for=condition=M'))
    expect(waits).toEqual([
      'kubectl wait --for=condition=MsgStreamReady milvus/my-release -n default --timeout=20m',
      'kubectl wait --for=condition=MilvusReady milvus/my-release -n default --timeout=20m',
    ])
    expect(stdout).toContain('Milvus is using kafka.')
    expect(run(toKubectlRunbook(KAFKA_SASL), 'pulsar').stdout).toContain('mqType=kafka not found')
  })

  it('checks for the default store when msgStreamType is left out', () => {
    const cluster = PRESETS.find((p) => p.id === 'sample-cluster-default')?.yaml ?? ''
    expect(toKubectlRunbook(cluster)).toContain("grep -q 'mqType=pulsar'")
  })
})
