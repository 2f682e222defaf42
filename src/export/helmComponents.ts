/** Image, replicas and scheduling part of the Helm export. Pure. */
import {
  COMPONENT_NAMES,
  COORDINATORS,
  componentsCreated,
  effectiveImage,
  effectiveMode,
  splitImageReference,
  type ComponentName,
  type MilvusResource,
} from '../model'
import { isRec, put, t, unmapped, type HelmBuild } from './helmBuild'

/** Helm spells coordinators out in full. */
export const HELM_COMPONENT: Record<ComponentName, string> = {
  standalone: 'standalone',
  proxy: 'proxy',
  mixCoord: 'mixCoordinator',
  rootCoord: 'rootCoordinator',
  dataCoord: 'dataCoordinator',
  queryCoord: 'queryCoordinator',
  indexCoord: 'indexCoordinator',
  dataNode: 'dataNode',
  queryNode: 'queryNode',
  indexNode: 'indexNode',
  streamingNode: 'streamingNode',
  cdc: 'cdc',
}

const PER_COMPONENT = ['replicas', 'resources', 'nodeSelector', 'affinity', 'tolerations'] as const
const GLOBAL = [
  'nodeSelector',
  'affinity',
  'tolerations',
  'topologySpreadConstraints',
  'volumes',
  'volumeMounts',
] as const
const HANDLED_GLOBAL = new Set<string>(['image', ...GLOBAL, ...COMPONENT_NAMES])
const C = ['spec', 'components'] as const

const NO_EQUIVALENT = t(
  'The milvus-helm chart has no equivalent of this operator setting.',
  'milvus-helm 차트에는 이 오퍼레이터 설정에 해당하는 값이 없습니다.',
)

export function mapImage(b: HelmBuild, r: MilvusResource): void {
  const image = effectiveImage(r)
  const { repository, tag, digest } = splitImageReference(image)
  if (digest !== undefined || tag === undefined) {
    put(b, ['image', 'all', 'repository'], image.split('@')[0] ?? image)
    unmapped(
      b,
      [...C, 'image'],
      t(
        'The chart takes a repository and a tag; a digest or a missing tag cannot be expressed.',
        '차트는 저장소와 태그만 받으므로 다이제스트나 태그 없는 이미지는 표현할 수 없습니다.',
      ),
    )
    return
  }
  put(b, ['image', 'all', 'repository'], repository)
  put(b, ['image', 'all', 'tag'], tag)
}

export function mapComponents(b: HelmBuild, r: MilvusResource): void {
  const comps = r.spec.components ?? {}
  for (const key of GLOBAL) if (comps[key] !== undefined) put(b, [key], comps[key])
  for (const key of Object.keys(comps)) {
    if (!HANDLED_GLOBAL.has(key)) unmapped(b, [...C, key], NO_EQUIVALENT)
  }
  const created = componentsCreated(r)
  if (effectiveMode(r) === 'cluster') mapClusterLayout(b, created)
  for (const name of COMPONENT_NAMES) {
    const spec = comps[name]
    if (!isRec(spec)) continue
    const helm = HELM_COMPONENT[name]
    if (name === 'cdc') put(b, ['cdc', 'enabled'], true)
    for (const [key, value] of Object.entries(spec)) {
      if ((PER_COMPONENT as readonly string[]).includes(key)) put(b, [helm, key], value)
      else unmapped(b, [...C, name, key], NO_EQUIVALENT)
    }
  }
}

function mapClusterLayout(b: HelmBuild, created: readonly ComponentName[]): void {
  const four = created.includes('rootCoord')
  put(b, ['mixCoordinator', 'enabled'], created.includes('mixCoord'))
  for (const c of COORDINATORS) {
    if (four) put(b, [HELM_COMPONENT[c], 'enabled'], true)
  }
  if (created.includes('indexNode')) put(b, ['indexNode', 'enabled'], true)
  put(b, ['streaming', 'enabled'], created.includes('streamingNode'))
}
