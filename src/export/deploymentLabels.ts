/** Bilingual labels of the deployment diagram (English and Korean). Pure. */

export const DIAGRAM_LANGS = ['en', 'ko'] as const
export type Lang = (typeof DIAGRAM_LANGS)[number]

const STORE_NAMES: Readonly<Record<string, string>> = {
  rocksmq: 'RocksMQ',
  natsmq: 'NATS',
  pulsar: 'Pulsar',
  kafka: 'Kafka',
  woodpecker: 'Woodpecker',
  custom: 'Custom',
}

export interface Labels {
  readonly title: (name: string, namespace: string) => string
  readonly cluster: string
  readonly standalone: string
  readonly store: (store: string) => string
  readonly embeddedStore: (store: string) => string
  readonly insideEveryPod: string
  readonly insideThePod: string
  readonly logToObjectStorage: string
  readonly storeLog: (store: string) => string
  readonly mountedAt: string
  readonly mountedByEvery: string
  readonly emptyDir: string
  readonly emptyDirLost: string
  readonly inCluster: string
  readonly external: string
  readonly externalSeeds: string
  readonly custom: string
  readonly etcd: string
  readonly storage: (type: string) => string
  readonly holdsWoodpeckerLog: string
  readonly chartDefault: string
  readonly noEndpoint: string
  readonly more: (n: number) => string
  readonly summaryStore: string
  readonly summaryEtcd: string
  readonly summaryStorage: string
}

const EN: Labels = {
  title: (name, ns) => `Deployment of ${name} (namespace ${ns})`,
  cluster: 'cluster mode',
  standalone: 'standalone mode',
  store: (s) => `Message store: ${s}`,
  embeddedStore: (s) => `Message store: ${s} (embedded)`,
  insideEveryPod: 'runs inside every Milvus pod',
  insideThePod: 'runs inside the Milvus pod',
  logToObjectStorage: 'writes its log to object storage',
  storeLog: (s) => `${s} log volume`,
  mountedAt: 'mounted at /var/lib/milvus',
  mountedByEvery: 'one claim mounted by every pod',
  emptyDir: 'emptyDir, one per pod',
  emptyDirLost: 'lost when a pod is replaced',
  inCluster: 'in-cluster, deployed by the operator',
  external: 'external, not managed by the operator',
  externalSeeds: 'external LogStore, pool seeds',
  custom: 'custom: configured in spec.config.mq',
  etcd: 'etcd (metadata)',
  storage: (t) => `Object storage: ${t}`,
  holdsWoodpeckerLog: 'also holds the Woodpecker log',
  chartDefault: 'chart default',
  noEndpoint: 'no endpoint set',
  more: (n) => `+${n} more`,
  summaryStore: 'message store',
  summaryEtcd: 'etcd',
  summaryStorage: 'object storage',
}

const KO: Labels = {
  title: (name, ns) => `${name} 배포 구성 (네임스페이스 ${ns})`,
  cluster: '클러스터 모드',
  standalone: '스탠드얼론 모드',
  store: (s) => `메시지 저장소: ${s}`,
  embeddedStore: (s) => `메시지 저장소: ${s} (내장)`,
  insideEveryPod: '모든 Milvus 파드 안에서 실행',
  insideThePod: 'Milvus 파드 안에서 실행',
  logToObjectStorage: '로그는 오브젝트 스토리지에 기록',
  storeLog: (s) => `${s} 로그 볼륨`,
  mountedAt: '/var/lib/milvus에 마운트',
  mountedByEvery: '하나의 PVC를 모든 파드가 마운트',
  emptyDir: '파드마다 emptyDir 하나',
  emptyDirLost: '파드가 교체되면 데이터가 사라짐',
  inCluster: '클러스터 내부, 오퍼레이터가 배포',
  external: '외부, 오퍼레이터가 관리하지 않음',
  externalSeeds: '외부 LogStore, 풀 시드 주소',
  custom: '사용자 지정: spec.config.mq에서 설정',
  etcd: 'etcd (메타데이터)',
  storage: (t) => `오브젝트 스토리지: ${t}`,
  holdsWoodpeckerLog: 'Woodpecker 로그도 여기에 저장',
  chartDefault: '차트 기본값',
  noEndpoint: '엔드포인트 미설정',
  more: (n) => `외 ${n}개`,
  summaryStore: '메시지 저장소',
  summaryEtcd: 'etcd',
  summaryStorage: '오브젝트 스토리지',
}

export function labels(lang: Lang): Labels {
  return lang === 'ko' ? KO : EN
}

export function storeName(type: string): string {
  return STORE_NAMES[type] ?? type
}

/** "× 3", "HPA" for -1 (autoscaled), or the chart's default when the count is not set. */
export function countText(replicas: number | undefined, l: Labels): string {
  if (replicas === undefined) return l.chartDefault
  if (replicas < 0) return 'HPA'
  return `× ${replicas}`
}

/** Display name of the object storage: GCS and Azure are told apart from plain S3. */
export function storageName(
  type: string,
  endpoint: string | undefined,
  cloudProvider: string | undefined,
): string {
  if (type === 'Azure' || cloudProvider === 'azure') return 'Azure Blob'
  if (cloudProvider === 'gcp' || (endpoint ?? '').includes('storage.googleapis.com'))
    return 'GCS (S3 API)'
  if (cloudProvider === 'aliyun') return 'Aliyun OSS (S3 API)'
  return type
}
