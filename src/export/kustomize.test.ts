import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { deriveDocument } from '../derive'
import {
  mergePatch,
  overlayFolderNames,
  toArgoApplication,
  toKustomizeFolder,
  type GitOpsFile,
} from './kustomize'

const BASE = `# production Milvus
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: vectors
  namespace: db
spec:
  mode: cluster
  components:
    queryNode:
      replicas: 3 # sized for the launch
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList: [k1:9092]
      secretRef: kafka-login
    storage:
      external: true
      type: S3
      endpoint: s3.example:443
      secretRef: s3-keys
---
apiVersion: v1
kind: Secret
metadata:
  name: s3-keys
stringData:
  accesskey: AKIAREALKEY
  secretkey: real-secret-value
`
const DEV = BASE.replace('replicas: 3 # sized for the launch', 'replicas: 1').replace(
  '    msgStreamType: kafka\n',
  '    msgStreamType: kafka\n    etcd:\n      inCluster:\n        values:\n          replicaCount: 1\n',
)
const PROD = BASE.replace(/ {6}type: S3\n/, '')

type Rec = Record<string, unknown>
const byPath = (files: readonly GitOpsFile[]) => new Map(files.map((f) => [f.path, f.content]))

/** `kustomize build` for what this exporter writes: resources, namespace, merge patches by target. */
function build(files: ReadonlyMap<string, string>, dir: string): Rec[] {
  const k = parse(files.get(`${dir}/kustomization.yaml`) ?? '') as {
    namespace?: string
    resources: string[]
    patches?: { path: string; target: { kind: string; name: string } }[]
  }
  let out: Rec[] = k.resources.flatMap((r) => {
    const path = join(dir, r).replace(/\\/g, '/')
    return files.has(`${path}/kustomization.yaml`)
      ? build(files, path)
      : parseAllDocuments(files.get(path) ?? '').map((d) => d.toJS() as Rec)
  })
  for (const p of k.patches ?? []) {
    const patch = parse(files.get(`${dir}/${p.path}`) ?? '') as Rec
    out = out.map((doc) =>
      doc.kind === p.target.kind && (doc.metadata as Rec).name === p.target.name
        ? (applyMergePatch(doc, patch) as Rec)
        : doc,
    )
  }
  return k.namespace
    ? out.map((d) => ({ ...d, metadata: { ...(d.metadata as Rec), namespace: k.namespace } }))
    : out
}

function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch
  const out: Rec =
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? { ...(target as Rec) }
      : {}
  for (const [key, value] of Object.entries(patch as Rec)) {
    if (value === null) delete out[key]
    else out[key] = applyMergePatch(out[key], value)
  }
  return out
}

const milvusOf = (docs: Rec[]) => docs.find((d) => d.kind === 'Milvus')
const expected = (source: string) =>
  parseAllDocuments(source)
    .map((d) => d.toJS() as Rec)
    .find((d) => d.kind === 'Milvus')

describe('toKustomizeFolder', () => {
  const result = toKustomizeFolder(deriveDocument(BASE), [
    { name: 'dev', derived: deriveDocument(DEV) },
    { name: 'prod', derived: deriveDocument(PROD) },
  ])
  const files = byPath(result.files)

  it('writes the base with the Milvus resource byte for byte and Secret stubs without values', () => {
    expect([...files.keys()]).toEqual([
      'base/kustomization.yaml',
      'base/milvus.yaml',
      'base/secret-s3-keys.yaml',
      'base/secret-kafka-login.yaml',
      'overlays/dev/kustomization.yaml',
      'overlays/dev/milvus-patch.yaml',
      'overlays/prod/kustomization.yaml',
      'overlays/prod/milvus-patch.yaml',
    ])
    expect(files.get('base/milvus.yaml')).toBe(BASE.split('---\n')[0])
    const all = result.files.map((f) => f.content).join('\n')
    expect(all).not.toContain('AKIAREALKEY')
    expect(all).not.toContain('real-secret-value')
    expect(parse(files.get('base/secret-kafka-login.yaml') ?? '')).toMatchObject({
      kind: 'Secret',
      stringData: { username: '', password: '' },
    })
    expect(parse(files.get('base/secret-s3-keys.yaml') ?? '')).toMatchObject({
      stringData: { accesskey: '', secretkey: '' },
    })
  })

  it.each([
    ['base', BASE],
    ['overlays/dev', DEV],
    ['overlays/prod', PROD],
  ])("%s builds to that environment's resource", (dir, source) => {
    const docs = build(files, dir)
    expect(milvusOf(docs)).toEqual(expected(source))
    expect(docs.filter((d) => d.kind === 'Secret').map((d) => (d.metadata as Rec).name)).toEqual([
      's3-keys',
      'kafka-login',
    ])
  })

  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0
  const dir = mkdtempSync(join(tmpdir(), 'kustomize-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.runIf(kubectl)('builds with kubectl kustomize to the same resources', () => {
    for (const f of result.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true })
      writeFileSync(join(dir, f.path), f.content)
    }
    for (const [overlay, source] of [
      ['dev', DEV],
      ['prod', PROD],
    ] as const) {
      const res = spawnSync('kubectl', ['kustomize', join(dir, 'overlays', overlay)], {
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(res.stderr).toBe('')
      expect(milvusOf(parseAllDocuments(res.stdout).map((d) => d.toJS() as Rec))).toEqual(
        expected(source),
      )
    }
  })

  it('says so when there is no Milvus resource, and skips an overlay without one', () => {
    expect(toKustomizeFolder(deriveDocument('kind: Secret\n')).files).toEqual([])
    expect(
      toKustomizeFolder(deriveDocument(BASE), [{ name: 'Bad Name', derived: deriveDocument(DEV) }])
        .notes,
    ).toHaveLength(1)
  })
})

describe('overlayFolderNames', () => {
  it('makes baseline names folder-safe and unique, so every named baseline gets its overlay', () => {
    const names = ['prod', 'Prod (shared)', 'dev', 'PROD', '환경', 'staging.eu']
    const folders = overlayFolderNames(names)
    expect(folders).toEqual(['prod', 'prod-shared', 'dev', 'prod-2', 'overlay', 'staging-eu'])
    const result = toKustomizeFolder(
      deriveDocument(BASE),
      folders.map((name) => ({ name, derived: deriveDocument(PROD) })),
    )
    expect(result.notes).toEqual([])
    expect(
      result.files.filter((f) => /^overlays\/[^/]+\/kustomization\.yaml$/.test(f.path)),
    ).toHaveLength(names.length)
  })
})

describe('mergePatch', () => {
  it('removes, replaces lists whole and recurses into maps', () => {
    expect(mergePatch({ a: 1, b: { c: 1, d: [1] } }, { b: { c: 2, d: [1, 2] } })).toEqual({
      a: null,
      b: { c: 2, d: [1, 2] },
    })
  })
})

describe('toArgoApplication', () => {
  it('points Argo CD at the overlay folder and the resource namespace, without pruning', () => {
    const app = parse(
      toArgoApplication(deriveDocument(BASE), {
        overlay: 'prod',
        path: 'clusters/milvus',
        repoURL: 'https://git.example/x.git',
      }),
    ) as Rec
    expect(app).toMatchObject({
      kind: 'Application',
      metadata: { name: 'vectors-prod', namespace: 'argocd' },
      spec: {
        source: { repoURL: 'https://git.example/x.git', path: 'clusters/milvus/overlays/prod' },
        destination: { namespace: 'db' },
        syncPolicy: { automated: { prune: false } },
      },
    })
  })
})
