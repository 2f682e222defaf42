/**
 * What the deployment diagram says, before any geometry: the Milvus pods, the embedded store and
 * its volume, and one card per dependency, all as localized strings. The layout only places these
 * strings; the summary doubles as the image's accessible description. Pure.
 */
import type { DeploymentModel, PodGroup } from './deploymentModel'
import {
  countText,
  labels,
  storageName,
  storeName,
  type Labels,
  type Lang,
} from './deploymentLabels'

/** Small squares drawn per pod row; larger counts are told by the number. */
export const MAX_SQUARES = 5
/** Endpoint lines shown per card before "+N more". */
export const MAX_ENDPOINTS = 3

export interface PodRow {
  readonly name: string
  readonly count: string
  /** Squares to draw (one per pod, up to MAX_SQUARES). */
  readonly squares: number
  /** False when the count is the chart default or an autoscaler's: one dashed square is drawn. */
  readonly known: boolean
}

export interface DependencyCard {
  readonly id: 'store' | 'etcd' | 'storage'
  readonly title: string
  readonly subtitle: string
  readonly pods: readonly PodRow[]
  readonly endpoints: readonly string[]
  readonly notes: readonly string[]
  /** Drawn dashed: something the operator does not run. */
  readonly external: boolean
}

export interface EmbeddedStore {
  readonly title: string
  readonly lines: readonly string[]
  readonly volume?: {
    readonly title: string
    readonly lines: readonly string[]
    readonly ephemeral: boolean
  }
}

export interface DiagramContent {
  readonly title: string
  readonly milvusTitle: string
  readonly milvusSubtitle: string
  readonly components: readonly PodRow[]
  readonly embedded?: EmbeddedStore
  readonly cards: readonly DependencyCard[]
  readonly summary: string
}

export function podRow(name: string, replicas: number | undefined, l: Labels): PodRow {
  const known = replicas !== undefined && replicas >= 0
  return {
    name,
    count: countText(replicas, l),
    squares: known ? Math.min(replicas, MAX_SQUARES) : 1,
    known,
  }
}

/** The endpoints to print (in monospace) and, when some were left out, a "+N more" note. */
function endpointLines(
  endpoints: readonly string[],
  l: Labels,
): { endpoints: string[]; notes: string[] } {
  if (endpoints.length === 0) return { endpoints: [], notes: [l.noEndpoint] }
  if (endpoints.length <= MAX_ENDPOINTS) return { endpoints: [...endpoints], notes: [] }
  return {
    endpoints: endpoints.slice(0, MAX_ENDPOINTS - 1),
    notes: [l.more(endpoints.length - MAX_ENDPOINTS + 1)],
  }
}

function storeCard(m: DeploymentModel, l: Labels): DependencyCard | undefined {
  const s = m.store
  const title = l.store(storeName(s.type))
  if (s.placement === 'embedded') return undefined
  if (s.placement === 'custom') {
    return {
      id: 'store',
      title,
      subtitle: l.custom,
      pods: [],
      endpoints: [],
      notes: [],
      external: true,
    }
  }
  if (s.placement === 'in-cluster') {
    const pods = s.pods.map((p: PodGroup) => podRow(p.name, p.replicas, l))
    return {
      id: 'store',
      title,
      subtitle: l.inCluster,
      pods,
      endpoints: [],
      notes: [],
      external: false,
    }
  }
  const subtitle = s.type === 'woodpecker' ? l.externalSeeds : l.external
  return {
    id: 'store',
    title,
    subtitle,
    pods: [],
    ...endpointLines(s.endpoints, l),
    external: true,
  }
}

function etcdCard(m: DeploymentModel, l: Labels): DependencyCard {
  if (m.etcd.placement === 'external') {
    return {
      id: 'etcd',
      title: l.etcd,
      subtitle: l.external,
      pods: [],
      ...endpointLines(m.etcd.endpoints, l),
      external: true,
    }
  }
  return {
    id: 'etcd',
    title: l.etcd,
    subtitle: l.inCluster,
    pods: [podRow('etcd', m.etcd.replicas, l)],
    endpoints: [],
    notes: [],
    external: false,
  }
}

function storageCard(m: DeploymentModel, l: Labels): DependencyCard {
  const s = m.storage
  const title = l.storage(storageName(s.type, s.endpoint, s.cloudProvider))
  const notes =
    m.store.type === 'woodpecker' && m.store.volume === 'object-storage'
      ? [l.holdsWoodpeckerLog]
      : []
  if (s.placement === 'external') {
    const endpoints = s.endpoint !== undefined ? [s.endpoint] : []
    return {
      id: 'storage',
      title,
      subtitle: l.external,
      pods: [],
      endpoints,
      notes: endpoints.length ? notes : [l.noEndpoint, ...notes],
      external: true,
    }
  }
  return {
    id: 'storage',
    title,
    subtitle: l.inCluster,
    pods: [podRow('minio', s.replicas, l)],
    endpoints: [],
    notes,
    external: false,
  }
}

function embeddedStore(m: DeploymentModel, l: Labels): EmbeddedStore | undefined {
  const s = m.store
  if (s.placement !== 'embedded') return undefined
  const name = storeName(s.type)
  const inside = m.mode === 'cluster' ? l.insideEveryPod : l.insideThePod
  if (s.volume === 'object-storage' || s.volume === undefined) {
    return { title: l.embeddedStore(name), lines: [inside, l.logToObjectStorage] }
  }
  const where = s.volume === 'pvc' ? `PVC ${s.claimName ?? ''}`.trim() : l.emptyDir
  const after =
    s.volume === 'pvc' ? (m.mode === 'cluster' ? [l.mountedByEvery] : []) : [l.emptyDirLost]
  const volume = {
    title: l.storeLog(name),
    lines: [where, l.mountedAt, ...after],
    ephemeral: s.volume === 'emptyDir',
  }
  return { title: l.embeddedStore(name), lines: [inside], volume }
}

function cardSummary(c: DependencyCard): string {
  const parts = [...c.pods.map((p) => `${p.name} ${p.count}`), ...c.endpoints, ...c.notes]
  return `${c.title}, ${c.subtitle}${parts.length ? `: ${parts.join(', ')}` : ''}.`
}

/** Every string the diagram shows for this model, in one language. */
export function diagramContent(m: DeploymentModel, lang: Lang): DiagramContent {
  const l = labels(lang)
  const components = m.milvus.map((c) => podRow(c.component, c.replicas, l))
  const embedded = embeddedStore(m, l)
  const cards = [storeCard(m, l), etcdCard(m, l), storageCard(m, l)].filter(
    (c): c is DependencyCard => c !== undefined,
  )
  const title = l.title(m.name || 'Milvus', m.namespace)
  const milvusTitle = `Milvus ${m.milvusVersion}`
  const milvusSubtitle = `${m.mode === 'cluster' ? l.cluster : l.standalone} · ${m.image}`
  const summary = [
    `${title}.`,
    `${milvusTitle}, ${milvusSubtitle}: ${components.map((p) => `${p.name} ${p.count}`).join(', ')}.`,
    ...(embedded
      ? [
          `${embedded.title}: ${[...embedded.lines, ...(embedded.volume ? [embedded.volume.title, ...embedded.volume.lines] : [])].join(', ')}.`,
        ]
      : []),
    ...cards.map(cardSummary),
  ].join(' ')
  return {
    title,
    milvusTitle,
    milvusSubtitle,
    components,
    ...(embedded ? { embedded } : {}),
    cards,
    summary,
  }
}
