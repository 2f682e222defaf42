/**
 * GitOps output: a Kustomize folder (base with the Milvus resource byte for byte, one stub file per
 * Secret, and one overlay per named baseline such as dev or prod, as a merge patch) and an Argo CD
 * Application that syncs it. Secret values never reach these files: every Secret is a stub with
 * empty values, to be filled by the user's secret tooling. Pure: returns file texts.
 */
import { stringify } from 'yaml'
import type { Derived, DerivedDocument } from '../derive/types'
import type { LocalizedText } from '../model'
import { parseYaml } from '../yaml'
import { neededSecrets } from './runbookSecrets'

export interface GitOpsFile {
  readonly path: string
  readonly content: string
}

export interface KustomizeOverlay {
  /** Folder name under overlays/ (dev, prod...). */
  readonly name: string
  /** The derived editor text of that environment's variant. */
  readonly derived: Derived
}

export interface KustomizeResult {
  readonly files: readonly GitOpsFile[]
  readonly notes: readonly LocalizedText[]
}

type Rec = Record<string, unknown>
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)
const SAFE_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/
const KUSTOMIZATION = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' }

function fileName(doc: DerivedDocument): string {
  const base = `${doc.kind || 'document'}-${doc.name || String(doc.index)}`
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
  return `${base}.yaml`
}

function secretStub(
  name: string,
  keys: readonly string[],
  why: string,
  namespace: string | undefined,
): string {
  const doc = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    type: 'Opaque',
    stringData: Object.fromEntries(keys.map((k) => [k, ''])),
  }
  return `# Stub for ${why.replace(/[\r\n]+/g, ' ')}: fill the values in outside Git, or replace this file with\n# a SealedSecret / ExternalSecret. Real values never belong in the repository.\n${stringify(doc)}`
}

/** RFC 7386 merge patch turning `from` into `to` (null removes a key; lists are replaced whole). */
export function mergePatch(from: unknown, to: unknown): unknown {
  if (!isRec(from) || !isRec(to)) return to
  const patch: Rec = {}
  for (const key of Object.keys(from)) if (!(key in to)) patch[key] = null
  for (const [key, value] of Object.entries(to)) {
    if (JSON.stringify(from[key]) === JSON.stringify(value)) continue
    patch[key] = isRec(from[key]) && isRec(value) ? mergePatch(from[key], value) : value
  }
  return patch
}

/** The document's own text, with the comments above it, from the separator before it to its end. */
function milvusText(source: string, index: number): string {
  const docs = parseYaml(source).documents
  const doc = docs[index]
  if (!doc) return ''
  const from = index === 0 ? 0 : (docs[index - 1]?.range.end.offset ?? 0)
  const head = source.slice(from, doc.range.start.offset)
  const separator = head.search(/^---[^\n]*(\n|$)/m)
  const start =
    separator < 0
      ? from
      : from + separator + (/^---[^\n]*\n?/m.exec(head.slice(separator))?.[0].length ?? 0)
  return `${source.slice(start, doc.range.end.offset).replace(/\n*$/, '')}\n`
}

/** The parsed value of each document of the derived text, by document index. */
function valuesOf(derived: Pick<Derived, 'source'>): readonly unknown[] {
  return parseYaml(derived.source).documents.map((d) => d.value)
}

function overlayFiles(
  overlay: KustomizeOverlay,
  base: Rec,
  name: string,
  notes: LocalizedText[],
): GitOpsFile[] {
  const value = valuesOf(overlay.derived)[overlay.derived.milvusIndex]
  if (!SAFE_NAME.test(overlay.name) || !isRec(value)) {
    notes.push({
      en: `Overlay "${overlay.name.slice(0, 40)}" was skipped: it needs a lower-case name and a Milvus resource.`,
      ko: `오버레이 "${overlay.name.slice(0, 40)}"는 소문자 이름과 Milvus 리소스가 필요해 건너뛰었습니다.`,
    })
    return []
  }
  const patch = mergePatch({ spec: base.spec }, { spec: value.spec })
  const doc = {
    apiVersion: base.apiVersion,
    kind: 'Milvus',
    metadata: { name },
    ...(isRec(patch) ? patch : {}),
  }
  const dir = `overlays/${overlay.name}`
  const kustomization = {
    ...KUSTOMIZATION,
    resources: ['../../base'],
    patches: [{ path: 'milvus-patch.yaml', target: { group: 'milvus.io', kind: 'Milvus', name } }],
  }
  return [
    { path: `${dir}/kustomization.yaml`, content: stringify(kustomization) },
    {
      path: `${dir}/milvus-patch.yaml`,
      content: `# What ${overlay.name} changes in the base (a JSON merge patch: null removes a key).\n${stringify(doc)}`,
    },
  ]
}

/**
 * The overlay folder for each named baseline ("Prod (shared)" -> prod-shared): lower case, the
 * characters Kubernetes names allow, unique within the list (a second "prod" becomes prod-2).
 */
export function overlayFolderNames(names: readonly string[]): string[] {
  const used = new Set<string>()
  return names.map((name) => {
    const base =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 50) || 'overlay'
    let folder = base
    for (let n = 2; used.has(folder); n++) folder = `${base}-${n}`
    used.add(folder)
    return folder
  })
}

/** The Kustomize folder for the derived editor text. */
export function toKustomizeFolder(
  derived: Derived,
  overlays: readonly KustomizeOverlay[] = [],
): KustomizeResult {
  const read = derived
  const source = derived.source
  const values = valuesOf(derived)
  const milvus = read.documents.find((d) => d.index === read.milvusIndex)
  const milvusValue = milvus ? values[milvus.index] : undefined
  if (!milvus || !read.resource || !isRec(milvusValue)) {
    return {
      files: [],
      notes: [
        {
          en: 'No readable Milvus resource in the text, so there is nothing to put in a Kustomize folder.',
          ko: '텍스트에 읽을 수 있는 Milvus 리소스가 없어 Kustomize 폴더로 만들 것이 없습니다.',
        },
      ],
    }
  }
  const name = read.resource.metadata.name ?? 'milvus'
  const namespace =
    typeof read.resource.metadata.namespace === 'string' && read.resource.metadata.namespace !== ''
      ? read.resource.metadata.namespace
      : undefined
  const notes: LocalizedText[] = []
  const files: GitOpsFile[] = [
    { path: 'base/milvus.yaml', content: milvusText(source, milvus.index) },
  ]
  for (const doc of read.documents) {
    const value = values[doc.index]
    if (doc === milvus || value === null || value === undefined) continue
    if (doc.kind === 'Secret') {
      const keys = Object.keys({
        ...(isRec(value) && isRec(value.data) ? value.data : {}),
        ...(isRec(value) && isRec(value.stringData) ? value.stringData : {}),
      })
      files.push({
        path: `base/${fileName(doc)}`,
        content: secretStub(doc.name, keys, `Secret ${doc.name}`, namespace),
      })
    } else files.push({ path: `base/${fileName(doc)}`, content: stringify(value) })
  }
  for (const s of neededSecrets(read.resource, read.documents)) {
    files.push({
      path: `base/secret-${s.name}.yaml`,
      content: secretStub(
        s.name,
        s.keys.map((k) => k.key),
        s.why,
        namespace,
      ),
    })
  }
  const resources = files.map((f) => f.path.slice('base/'.length))
  files.unshift({
    path: 'base/kustomization.yaml',
    content: stringify({ ...KUSTOMIZATION, ...(namespace ? { namespace } : {}), resources }),
  })
  for (const overlay of overlays) files.push(...overlayFiles(overlay, milvusValue, name, notes))
  return { files, notes }
}

export interface ArgoOptions {
  readonly repoURL?: string
  /** Folder of the Kustomize output in the repository (default: milvus). */
  readonly path?: string
  /** The overlay to sync (default: the base). */
  readonly overlay?: string
}

/** An Argo CD Application that syncs the Kustomize folder; the operator must be installed first. */
export function toArgoApplication(
  derived: Pick<Derived, 'resource'>,
  options: ArgoOptions = {},
): string {
  const r = derived.resource
  const name = r?.metadata.name ?? 'milvus'
  const namespace =
    typeof r?.metadata.namespace === 'string' && r.metadata.namespace !== ''
      ? r.metadata.namespace
      : 'default'
  const folder = (options.path ?? 'milvus').replace(/\/+$/, '')
  const app = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: `${name}${options.overlay ? `-${options.overlay}` : ''}`,
      namespace: 'argocd',
    },
    spec: {
      project: 'default',
      source: {
        repoURL: options.repoURL ?? 'https://git.example.com/platform/deployments.git',
        targetRevision: 'HEAD',
        path: options.overlay ? `${folder}/overlays/${options.overlay}` : `${folder}/base`,
      },
      destination: { server: 'https://kubernetes.default.svc', namespace },
      syncPolicy: {
        automated: { prune: false, selfHeal: true },
        syncOptions: ['CreateNamespace=true'],
      },
    },
  }
  return (
    [
      '# Argo CD Application for the Kustomize folder. The Milvus Operator (and its CRD) must be installed',
      '# first; prune is off so a sync never deletes a Milvus resource (and its data) by itself.',
      options.repoURL ? '' : '# Replace repoURL with your repository.',
    ]
      .filter((l) => l !== '')
      .join('\n') + `\n${stringify(app)}`
  )
}
