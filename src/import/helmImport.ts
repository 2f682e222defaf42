/**
 * milvus-helm values -> a `Milvus` resource (and the Secrets it references), read the way the
 * chart renders them. Everything that cannot be carried over is listed with the reason, as
 * comments at the top of the output and in `notes`. Pure: text in, text and notes out.
 */
import { normalize } from '../model'
import { parseYaml, serializeYaml } from '../yaml'
import { HELM_CHART_VERSION, HELM_KEYS } from './generated/helmChart'
import { mapComponents, mapGlobalPods, mapImage, mapMode, mapService } from './helmMapComponents'
import { mapEtcd, mapStorage } from './helmMapDeps'
import { mapStore } from './helmMapStore'
import { chartProfile } from './helmProfile'
import { applyTakeOver } from './helmTakeOver'
import { reportUnknownKeys } from './helmUnknownKeys'
import { isRec, note, own, t, type HelmView, type Rec } from './helmView'
import { mergeInto, newImportBuild, putIn, type ImportBuild } from './importBuild'
import type { HelmImportOptions, HelmImportResult, ImportNote } from './types'

const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
/** Top-level keys read by the mapping modules (the rest is reported as not carried over). */
const MAPPED_TOP = new Set([
  'cluster',
  'image',
  'nodeSelector',
  'tolerations',
  'affinity',
  'topologySpreadConstraints',
  'volumes',
  'volumeMounts',
  'labels',
  'annotations',
  'service',
  'extraConfigFiles',
  'log',
  'serviceAccount',
  'streaming',
  'standalone',
  'proxy',
  'mixCoordinator',
  'rootCoordinator',
  'queryCoordinator',
  'indexCoordinator',
  'dataCoordinator',
  'queryNode',
  'indexNode',
  'dataNode',
  'streamingNode',
  'cdc',
  'etcd',
  'externalEtcd',
  'minio',
  'externalS3',
  'externalGcs',
  'pulsar',
  'pulsarv3',
  'kafka',
  'woodpecker',
  'externalPulsar',
  'externalKafka',
])

const failed = (message: ImportNote['message']): HelmImportResult => ({
  ok: false,
  yaml: '',
  secrets: [],
  notes: [{ kind: 'error', path: '', message }],
})

function readValues(text: string): Rec | { error: string } {
  const stream = parseYaml(text)
  const problem = stream.errors[0] ?? stream.documents.flatMap((d) => d.errors)[0]
  if (problem) return { error: `line ${problem.range.start.line}: ${problem.message}` }
  const docs = stream.documents.filter((d) => d.value !== null)
  if (docs.length > 1) return { error: 'a values file holds one YAML document' }
  const value = docs[0]?.value ?? {}
  return isRec(value) ? value : { error: 'a values file is a YAML mapping (key: value)' }
}

/** extraConfigFiles."user.yaml" is a YAML string merged last into milvus.yaml. */
function userYaml(view: HelmView): Rec {
  const raw = own(view, ['extraConfigFiles', 'user.yaml'])
  if (typeof raw !== 'string' || raw.trim() === '') return {}
  const parsed = readValues(raw)
  if ('error' in parsed) {
    note(
      view,
      'error',
      'extraConfigFiles.user.yaml',
      t(
        `user.yaml cannot be read (${parsed.error}), so it is not carried over.`,
        `user.yaml을 읽을 수 없어(${parsed.error}) 옮기지 않았습니다.`,
      ),
    )
    return {}
  }
  return parsed
}

function mapMisc(view: HelmView, b: ImportBuild): void {
  const level = own(view, ['log', 'level'])
  if (typeof level === 'string') putIn(b.config, ['log', 'level'], level)
  const account = own(view, ['serviceAccount', 'name'])
  if (typeof account === 'string' && account !== '') {
    putIn(b.spec, ['components', 'serviceAccountName'], account)
    if (own(view, ['serviceAccount', 'create']) === true)
      note(
        view,
        'unmapped',
        'serviceAccount.create',
        t(
          `The chart creates service account ${account}; the operator does not, so create it before applying.`,
          `차트는 서비스 어카운트 ${account}를 만들지만 오퍼레이터는 만들지 않으므로 적용 전에 만들어 두세요.`,
        ),
      )
  }
  for (const [key, value] of Object.entries(view.values)) {
    const empty =
      value === null ||
      value === '' ||
      (isRec(value) && Object.keys(value).length === 0) ||
      (Array.isArray(value) && value.length === 0)
    if (!MAPPED_TOP.has(key) && (HELM_KEYS[''] ?? []).includes(key) && !empty)
      note(
        view,
        'unmapped',
        key,
        t(
          'The operator has no equivalent of this chart setting.',
          '오퍼레이터에는 이 차트 설정에 해당하는 값이 없습니다.',
        ),
      )
  }
}

/**
 * user.yaml is merged into milvus.yaml last, so its mq.type beats every block the chart wrote. The
 * operator writes mq.type from msgStreamType (and overwrites spec.config.mq.type), so the choice
 * moves there.
 */
function applyUserMqType(view: HelmView, b: ImportBuild, user: Rec): void {
  const mq = user.mq
  const type = isRec(mq) ? mq.type : undefined
  if (
    typeof type !== 'string' ||
    !['rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker'].includes(type)
  )
    return
  const deps = isRec(b.spec.dependencies) ? b.spec.dependencies : {}
  if (deps.msgStreamType !== type)
    note(
      view,
      'info',
      'extraConfigFiles.user.yaml',
      t(
        `user.yaml sets mq.type: ${type}, which Milvus reads after the chart's blocks, so the release runs on ${type}; the resource sets msgStreamType: ${type}.`,
        `user.yaml이 mq.type: ${type}을(를) 지정하며 Milvus는 이를 차트 블록보다 나중에 읽으므로 릴리스는 ${type}로 동작합니다. 리소스는 msgStreamType: ${type}로 설정합니다.`,
      ),
    )
  putIn(b.spec, ['dependencies', 'msgStreamType'], type)
  if (isRec(mq)) delete mq.type
  if (isRec(mq) && Object.keys(mq).length === 0) delete user.mq
}

function resourceName(options: HelmImportOptions): string | { error: string } {
  const name = options.name ?? options.takeOver ?? 'my-release'
  return DNS_1123.test(name) && name.length <= 63
    ? name
    : { error: `"${name.slice(0, 70)}" is not a valid name (lower-case letters, digits, dashes)` }
}

/** Imports a values file. */
export function importHelmValues(text: string, options: HelmImportOptions = {}): HelmImportResult {
  const profile = chartProfile(options.chartVersion ?? HELM_CHART_VERSION)
  if ('error' in profile) return failed(t(profile.error, profile.error))
  const name = resourceName(options)
  if (typeof name !== 'string') return failed(t(name.error, name.error))
  const values = readValues(text)
  if ('error' in values)
    return failed(
      t(`The values cannot be read: ${values.error}.`, `값을 읽을 수 없습니다: ${values.error}.`),
    )
  const view: HelmView = { values, profile, notes: [] }
  const b = newImportBuild(name)
  reportUnknownKeys(view)
  const mode = mapMode(view, b)
  mapImage(view, b)
  mapGlobalPods(view, b)
  mapComponents(view, b, mode)
  mapService(view, b, mode)
  mapStore(view, b)
  mapEtcd(view, b)
  mapStorage(view, b)
  mapMisc(view, b)
  const user = userYaml(view)
  applyUserMqType(view, b, user)
  if (options.takeOver) applyTakeOver(view, b, options.takeOver, user)
  const config = mergeInto(b.config, user)
  return assemble(view, b, options, config)
}

function assemble(
  view: HelmView,
  b: ImportBuild,
  options: HelmImportOptions,
  config: Rec,
): HelmImportResult {
  const metadata: Rec = {
    name: b.name,
    ...(options.namespace ? { namespace: options.namespace } : {}),
  }
  const spec: Rec = { ...b.spec, ...(Object.keys(config).length > 0 ? { config } : {}) }
  const doc = { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata, spec }
  const secrets = b.secrets.map((s) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { ...metadata, name: s.name },
    type: 'Opaque',
    stringData: s.stringData,
  }))
  const header = headerLines(view, options)
  const body = [...secrets, doc].map((d) => serializeYaml(d)).join('---\n')
  return {
    ok: true,
    yaml: `${header}${body}`,
    resource: normalize(doc).resource,
    secrets: b.secrets.map((s) => ({ name: s.name, keys: Object.keys(s.stringData) })),
    notes: view.notes,
  }
}

const LABEL: Record<ImportNote['kind'], string> = {
  error: 'ERROR',
  'unknown-key': 'unknown key',
  unmapped: 'not carried over',
  info: 'note',
}

function headerLines(view: HelmView, options: HelmImportOptions): string {
  const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ')
  const lines = [
    `# Imported from milvus-helm values (chart ${view.profile.version}) by Milvus Config Studio${options.takeOver ? `, taking over release ${options.takeOver}` : ''}.`,
    ...view.notes.map(
      (n) => `# ${LABEL[n.kind]}${n.path ? ` ${n.path}` : ''}: ${oneLine(n.message.en)}`,
    ),
  ]
  return `${lines.map(oneLine).join('\n')}\n`
}
