/**
 * The studio's vocabulary: one English and one Korean form for each domain term, and the forms
 * that mean the same but must not be used (so the form, the guide, the problems and the exports
 * never call one thing by two names). glossary.test.ts checks every message in app/ and src/.
 * Code values (`standalone`, `msgStreamType: rocksmq`, `spec.components.standalone`) are not
 * prose and are not checked.
 */
export interface GlossaryEntry {
  readonly en: string
  readonly ko: string
  /** Other wordings of the same term, per language. */
  readonly avoid: { readonly en: readonly RegExp[]; readonly ko: readonly RegExp[] }
}

export const GLOSSARY: Readonly<Record<string, GlossaryEntry>> = {
  standalone: {
    en: 'standalone',
    ko: '스탠드얼론',
    avoid: {
      en: [/\bstand-alone\b/i, /\bsingle-node mode\b/i],
      // A raw `mode` value interpolated into Korean prose shows the English word: use MODE_NAMES.
      ko: [
        /단일 노드/,
        /독립 실행/,
        /\bstandalone (모드|Milvus|파드)/,
        /\$\{\w*[mM]ode\w*\} (모드|인스턴스)/,
      ],
    },
  },
  cluster: {
    en: 'cluster',
    ko: '클러스터',
    avoid: { en: [], ko: [/\bcluster 모드/] },
  },
  messageStorage: {
    en: 'message storage',
    ko: '메시지 저장소',
    avoid: { en: [/\bmessage[ -](queue|stream)s?\b/i], ko: [/메시지 ?(스토리지|큐|스트림)/] },
  },
  inCluster: {
    en: 'in-cluster',
    ko: '클러스터 내부',
    avoid: { en: [/\bin cluster(?! mode)/i], ko: [/클러스터 안/, /클러스터 내(?!부)/] },
  },
  external: { en: 'external', ko: '외부', avoid: { en: [], ko: [/외장/] } },
  baseline: { en: 'baseline', ko: '기준선', avoid: { en: [/\bbase line\b/i], ko: [/베이스라인/] } },
  objectStorage: {
    en: 'object storage',
    ko: '오브젝트 스토리지',
    avoid: { en: [/\bobject store\b/i], ko: [/객체 ?(스토리지|저장소)/] },
  },
  operator: { en: 'operator', ko: '오퍼레이터', avoid: { en: [], ko: [/운영자/] } },
  replicas: { en: 'replicas', ko: '복제본', avoid: { en: [], ko: [/레플리카/] } },
  component: { en: 'component', ko: '컴포넌트', avoid: { en: [], ko: [/구성 요소/] } },
  preset: { en: 'preset', ko: '프리셋', avoid: { en: [], ko: [/사전 설정/] } },
  rollingUpdate: {
    en: 'rolling update',
    ko: '롤링 업데이트',
    avoid: { en: [/\brolling-upgrade\b/i], ko: [/순차 업데이트/] },
  },
  rocksmq: {
    en: 'RocksMQ',
    ko: 'RocksMQ',
    avoid: { en: [/\bRocks(mq|Mq)\b/, /\bRockMQ\b/i], ko: [/락스/] },
  },
  nats: { en: 'NATS', ko: 'NATS', avoid: { en: [/\bNats\b/], ko: [/내츠/] } },
  pulsar: { en: 'Pulsar', ko: 'Pulsar', avoid: { en: [], ko: [/펄사/] } },
  kafka: { en: 'Kafka', ko: 'Kafka', avoid: { en: [], ko: [/카프카/] } },
  woodpecker: {
    en: 'Woodpecker',
    ko: 'Woodpecker',
    avoid: { en: [/\bWoodPecker\b/, /\bWood pecker\b/i], ko: [/우드페커/] },
  },
}
