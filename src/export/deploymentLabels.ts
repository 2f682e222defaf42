/** Bilingual labels of the deployment diagram. Pure. */
import type { DeploymentModel, PodGroup } from './deploymentModel'

export type Lang = 'en' | 'ko'

const STORE_NAMES: Record<string, string> = {
  rocksmq: 'RocksMQ', natsmq: 'NATS', pulsar: 'Pulsar', kafka: 'Kafka', woodpecker: 'Woodpecker', custom: 'Custom',
}

const L = {
  en: {
    milvus: 'Milvus', standalone: 'standalone', cluster: 'cluster', store: 'Message store', embedded: 'embedded',
    inCluster: 'in-cluster', external: 'external', custom: 'set in spec.config.mq', pvc: 'log on a PVC',
    emptyDir: 'log on an emptyDir (lost with the pod)', objectStorage: 'log in object storage',
    insidePod: 'runs inside the Milvus pods', chartDefault: 'chart default', hpa: 'autoscaled',
    etcd: 'etcd (metadata)', storage: 'Object storage', noEndpoint: 'no endpoint set', title: 'Deployment of',
  },
  ko: {
    milvus: 'Milvus', standalone: '스탠드얼론', cluster: '클러스터', store: '메시지 저장소', embedded: '내장',
    inCluster: '클러스터 내부', external: '외부', custom: 'spec.config.mq에서 설정', pvc: 'PVC에 로그 저장',
    emptyDir: 'emptyDir에 로그 저장(파드와 함께 사라짐)', objectStorage: '오브젝트 스토리지에 로그 저장',
    insidePod: 'Milvus 파드 안에서 실행', chartDefault: '차트 기본값', hpa: '오토스케일',
    etcd: 'etcd (메타데이터)', storage: '오브젝트 스토리지', noEndpoint: '엔드포인트 없음', title: '배포 구성:',
  },
} as const

export type Labels = Record<keyof (typeof L)['en'], string>

export function labels(lang: Lang): Labels {
  return L[lang]
}

export function storeName(type: string): string {
  return STORE_NAMES[type] ?? type
}

export function countText(replicas: number | undefined, l: Labels): string {
  if (replicas === undefined) return l.chartDefault
  if (replicas < 0) return l.hpa
  return `× ${replicas}`
}

export function podLine(p: PodGroup, l: Labels): string {
  return `${p.name} ${countText(p.replicas, l)}`
}

/** Text lines of the store box. */
export function storeLines(m: DeploymentModel, l: Labels): string[] {
  const s = m.store
  if (s.placement === 'custom') return [l.custom]
  if (s.placement === 'embedded') {
    const where = s.volume === 'pvc' ? l.pvc : s.volume === 'object-storage' ? l.objectStorage : l.emptyDir
    return [l.insidePod, where]
  }
  if (s.placement === 'external') return s.endpoints.length > 0 ? limit(s.endpoints) : [l.noEndpoint]
  return s.pods.map((p) => podLine(p, l))
}

export function limit(lines: readonly string[], max = 4): string[] {
  return lines.length <= max ? [...lines] : [...lines.slice(0, max - 1), `… +${lines.length - max + 1}`]
}

export function placementText(placement: string, l: Labels): string {
  if (placement === 'embedded') return l.embedded
  if (placement === 'external') return l.external
  if (placement === 'custom') return 'custom'
  return l.inCluster
}
