/**
 * "Which store should I use?": a recommendation from mode, Milvus version, typical message size
 * and an existing Kafka/Pulsar, with reasons (docs page and see https://github.com/milvus-io/milvus/blob/master/internal/util/dependency/factory.go) and the patches that
 * apply it. Pure.
 */
import {
  parseVersion,
  type LocalizedText,
  type MilvusMode,
  type MsgStreamType,
  type Patch,
  t,
} from '../model'

export interface StoreAnswers {
  readonly mode: MilvusMode
  /** e.g. `2.5.16` or `v2.6.11`; unreadable text counts as the operator's default (2.6). */
  readonly milvusVersion: string
  readonly messageSize: 'small' | 'large'
  readonly existing: 'none' | 'kafka' | 'pulsar'
}

export interface StoreRecommendation {
  readonly store: MsgStreamType
  readonly reasons: LocalizedText[]
  readonly patches: Patch[]
}

const D = ['spec', 'dependencies'] as const

/** Recommends one store and explains why. */
export function recommendStore(answers: StoreAnswers): StoreRecommendation {
  const v = parseVersion(answers.milvusVersion) ?? { major: 2, minor: 6 }
  const at26 = v.major > 2 || (v.major === 2 && v.minor >= 6)
  const modePatch: Patch = { op: 'set', path: ['spec', 'mode'], value: answers.mode }
  if (answers.existing !== 'none') return reuseExisting(answers.existing, modePatch)
  if (at26) {
    return {
      store: 'woodpecker',
      reasons: [
        t(
          'Milvus 2.6 has Woodpecker built in: no extra message-storage pods to run or upgrade.',
          'Milvus 2.6에는 Woodpecker가 내장되어 있어 따로 운영하거나 업그레이드할 메시지 저장소 파드가 없습니다.',
        ),
        t(
          'It works in standalone and cluster mode and writes its log to the object storage Milvus already uses.',
          '스탠드얼론과 클러스터 모두에서 동작하며 Milvus가 이미 쓰는 오브젝트 스토리지에 로그를 씁니다.',
        ),
        t(
          'NATS was removed in 2.6, and RocksMQ only runs in standalone.',
          'NATS는 2.6에서 제거되었고 RocksMQ는 스탠드얼론에서만 동작합니다.',
        ),
      ],
      patches: [modePatch, { op: 'set', path: [...D, 'msgStreamType'], value: 'woodpecker' }],
    }
  }
  if (answers.mode === 'cluster') {
    return {
      store: 'pulsar',
      reasons: [
        t(
          'Before 2.6 a cluster needs Pulsar or Kafka: RocksMQ and NATS only run inside a standalone pod.',
          '2.6 이전 클러스터에는 Pulsar나 Kafka가 필요합니다. RocksMQ와 NATS는 스탠드얼론 파드 안에서만 동작합니다.',
        ),
        t(
          "Pulsar is the operator's default for cluster mode and it deploys one in-cluster for you.",
          'Pulsar는 클러스터 모드의 오퍼레이터 기본값이며 오퍼레이터가 클러스터 내부에 직접 배포해 줍니다.',
        ),
      ],
      patches: [modePatch, { op: 'set', path: [...D, 'msgStreamType'], value: 'pulsar' }],
    }
  }
  return standaloneBefore26(answers, v.minor, modePatch)
}

function standaloneBefore26(
  answers: StoreAnswers,
  minor: number,
  modePatch: Patch,
): StoreRecommendation {
  const persist = (store: 'rocksmq' | 'natsmq'): Patch => ({
    op: 'set',
    path: [...D, store, 'persistence', 'enabled'],
    value: true,
  })
  if (answers.messageSize === 'large' && minor >= 3) {
    return {
      store: 'natsmq',
      reasons: [
        t(
          'Messages over 64 KB are where NATS does better than RocksMQ, per the docs.',
          '문서에 따르면 64KB를 넘는 메시지에서는 NATS가 RocksMQ보다 낫습니다.',
        ),
        t(
          'NATS is experimental in Milvus 2.3 to 2.5 and removed in 2.6: plan a move before upgrading.',
          'NATS는 Milvus 2.3~2.5에서 실험적 기능이고 2.6에서 제거되므로 업그레이드 전에 이전 계획을 세우세요.',
        ),
        t(
          'Keep its JetStream files on a persistent volume.',
          'JetStream 파일은 영구 볼륨에 두세요.',
        ),
      ],
      patches: [
        modePatch,
        { op: 'set', path: [...D, 'msgStreamType'], value: 'natsmq' },
        persist('natsmq'),
      ],
    }
  }
  return {
    store: 'rocksmq',
    reasons: [
      t(
        'For messages under 64 KB RocksMQ performs best in standalone, per the docs.',
        '문서에 따르면 64KB 미만 메시지에서는 스탠드얼론의 RocksMQ가 가장 좋은 성능을 냅니다.',
      ),
      t(
        'It is embedded in the Milvus pod: nothing else to deploy.',
        'Milvus 파드에 내장되어 있어 따로 배포할 것이 없습니다.',
      ),
      t(
        'Turn persistence on, or the log is lost with the pod.',
        '영구 저장을 켜지 않으면 파드와 함께 로그가 사라집니다.',
      ),
    ],
    patches: [
      modePatch,
      { op: 'set', path: [...D, 'msgStreamType'], value: 'rocksmq' },
      persist('rocksmq'),
    ],
  }
}

function reuseExisting(existing: 'kafka' | 'pulsar', modePatch: Patch): StoreRecommendation {
  const kafka = existing === 'kafka'
  return {
    store: existing,
    reasons: kafka
      ? [
          t(
            'You already run Kafka: reuse it instead of operating a second message system.',
            '이미 Kafka를 운영 중이므로 두 번째 메시지 시스템을 두지 말고 재사용하세요.',
          ),
          t(
            'The docs support Kafka 2.x and 3.x brokers.',
            '문서상 Kafka 2.x와 3.x 브로커를 지원합니다.',
          ),
          t(
            'Keep SASL credentials in a Secret referenced by kafka.secretRef (operator v1.3.8+), then fill in brokerList.',
            'SASL 자격 증명은 kafka.secretRef로 참조하는 Secret에 두고(오퍼레이터 v1.3.8 이상) brokerList를 채우세요.',
          ),
        ]
      : [
          t(
            'You already run Pulsar: reuse it instead of operating a second message system.',
            '이미 Pulsar를 운영 중이므로 두 번째 메시지 시스템을 두지 말고 재사용하세요.',
          ),
          t(
            'Give its proxy address as one endpoint string (host:port), then check tenant and namespace in spec.config.pulsar.',
            '프록시 주소를 endpoint 문자열 하나(host:port)로 지정하고 spec.config.pulsar의 tenant와 namespace를 확인하세요.',
          ),
        ],
    patches: [
      modePatch,
      { op: 'set', path: [...D, 'msgStreamType'], value: existing },
      { op: 'set', path: [...D, existing, 'external'], value: true },
    ],
  }
}
