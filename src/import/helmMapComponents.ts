/** Mode, image, global pod settings, the service and each component of the Helm import. Pure. */
import { MODE_NAMES, type ComponentName } from '../model'
import { putIn, type ImportBuild } from './importBuild'
import { isRec, note, own, read, t, text, type HelmView, type Rec } from './helmView'

/** Chart block -> operator component (the chart spells coordinators out in full). */
const COMPONENTS: Readonly<Record<string, ComponentName>> = {
  standalone: 'standalone',
  proxy: 'proxy',
  mixCoordinator: 'mixCoord',
  rootCoordinator: 'rootCoord',
  queryCoordinator: 'queryCoord',
  indexCoordinator: 'indexCoord',
  dataCoordinator: 'dataCoord',
  queryNode: 'queryNode',
  indexNode: 'indexNode',
  dataNode: 'dataNode',
  streamingNode: 'streamingNode',
  cdc: 'cdc',
}
/** Chart key -> operator key, the same in global and per-component blocks. */
const POD_KEYS: Readonly<Record<string, string>> = {
  replicas: 'replicas',
  resources: 'resources',
  nodeSelector: 'nodeSelector',
  affinity: 'affinity',
  tolerations: 'tolerations',
  topologySpreadConstraints: 'topologySpreadConstraints',
  extraEnv: 'env',
  volumes: 'volumes',
  volumeMounts: 'volumeMounts',
}
/** Keys read elsewhere (store, persistence) or that only switch a component on. */
const HANDLED = new Set(['enabled', 'messageQueue', 'persistence'])
const C = ['components'] as const
const OPTIONAL: readonly ComponentName[] = [
  'rootCoord',
  'queryCoord',
  'indexCoord',
  'dataCoord',
  'indexNode',
]
const NO_EQUIVALENT = t(
  'The operator has no equivalent of this chart setting.',
  '오퍼레이터에는 이 차트 설정에 해당하는 값이 없습니다.',
)

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isRec(v) && Object.keys(v).length === 0)

export function mapMode(view: HelmView, b: ImportBuild): 'cluster' | 'standalone' {
  const mode = read(view, ['cluster', 'enabled']) === false ? 'standalone' : 'cluster'
  b.spec.mode = mode
  return mode
}

export function mapImage(view: HelmView, b: ImportBuild): void {
  const repository = text(view, ['image', 'all', 'repository']) ?? 'milvusdb/milvus'
  const tag = text(view, ['image', 'all', 'tag']) ?? view.profile.defaultTag
  if (tag) putIn(b.spec, [...C, 'image'], `${repository}:${tag}`)
  else
    note(
      view,
      'error',
      'image.all.tag',
      t(
        `The values set no image tag and the default tag of chart ${view.profile.version} is not known here; set image.all.tag (or spec.components.image), otherwise the operator runs its own default Milvus version.`,
        `값에 이미지 태그가 없고 차트 ${view.profile.version}의 기본 태그를 여기서는 알 수 없습니다. image.all.tag(또는 spec.components.image)를 지정하세요. 그렇지 않으면 오퍼레이터가 자체 기본 Milvus 버전을 실행합니다.`,
      ),
    )
  if (tag && own(view, ['image', 'all', 'tag']) === undefined)
    note(
      view,
      'info',
      'image.all.tag',
      t(
        `The values set no tag, so the chart deploys ${tag}; the resource pins it, because the operator would otherwise run its own default version.`,
        `값에 태그가 없어 차트는 ${tag}를 배포합니다. 그러지 않으면 오퍼레이터가 자체 기본 버전을 실행하므로 리소스에 고정했습니다.`,
      ),
    )
  const policy = own(view, ['image', 'all', 'pullPolicy'])
  if (typeof policy === 'string') putIn(b.spec, [...C, 'imagePullPolicy'], policy)
  const secrets = own(view, ['image', 'all', 'pullSecrets'])
  if (Array.isArray(secrets) && secrets.length > 0) {
    putIn(
      b.spec,
      [...C, 'imagePullSecrets'],
      secrets.map((s) => (isRec(s) ? s : { name: String(s) })),
    )
  }
}

function copyPodKeys(
  view: HelmView,
  b: ImportBuild,
  block: string,
  from: Rec,
  to: readonly string[],
): void {
  for (const [key, value] of Object.entries(from)) {
    const target = POD_KEYS[key]
    if (HANDLED.has(key) || (block === '' && (COMPONENTS[key] || !target))) continue
    if (target) {
      if (!isEmpty(value)) putIn(b.spec, [...to, target], value)
    } else if (!isEmpty(value) && value !== false)
      note(view, 'unmapped', `${block}.${key}`, NO_EQUIVALENT)
  }
}

export function mapGlobalPods(view: HelmView, b: ImportBuild): void {
  copyPodKeys(view, b, '', view.values, C)
  for (const [key, target] of [
    ['labels', 'podLabels'],
    ['annotations', 'podAnnotations'],
  ] as const) {
    const v = own(view, [key])
    if (!isEmpty(v)) putIn(b.spec, [...C, target], v)
  }
}

export function mapService(view: HelmView, b: ImportBuild, mode: 'cluster' | 'standalone'): void {
  const service = own(view, ['service'])
  if (!isRec(service)) return
  const at = [...C, mode === 'cluster' ? 'proxy' : 'standalone']
  const keys: Record<string, string> = {
    type: 'serviceType',
    port: 'port',
    annotations: 'serviceAnnotations',
    labels: 'serviceLabels',
  }
  for (const [key, value] of Object.entries(service)) {
    if (keys[key]) {
      if (!isEmpty(value)) putIn(b.spec, [...at, keys[key]], value)
    } else if (!isEmpty(value)) note(view, 'unmapped', `service.${key}`, NO_EQUIVALENT)
  }
}

export function mapComponents(
  view: HelmView,
  b: ImportBuild,
  mode: 'cluster' | 'standalone',
): void {
  for (const [block, name] of Object.entries(COMPONENTS)) {
    const spec = own(view, [block])
    const on = read(view, [block, 'enabled'])
    const runs = name === 'standalone' ? mode === 'standalone' : mode === 'cluster' && on !== false
    if (name === 'cdc' && on !== true) continue
    if (!runs) {
      if (isRec(spec) && Object.keys(spec).some((k) => k !== 'enabled' && !HANDLED.has(k)))
        note(
          view,
          'info',
          block,
          t(
            `${block} does not run with these values (${MODE_NAMES[mode].en} mode), so its settings are left out.`,
            `이 값에서는 ${block}가 실행되지 않으므로(${MODE_NAMES[mode].ko} 모드) 설정을 넣지 않았습니다.`,
          ),
        )
      continue
    }
    // Separate coordinators and index nodes exist only when the chart switches them on.
    const optional = OPTIONAL.includes(name)
    if (optional && on !== true) continue
    if (isRec(spec)) copyPodKeys(view, b, block, spec, [...C, name])
    if (optional || name === 'cdc')
      putIn(b.spec, [...C, name, 'replicas'], read(view, [block, 'replicas']) ?? 1)
  }
}
