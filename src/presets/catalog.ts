/**
 * What the studio offers as starting points: the id, group, title and description of each preset
 * and the YAML file that holds its text (beside this file). Each docs example comes as a pair: our
 * corrected rendition (`docs/<name>.yaml`) and the example as published on the Milvus docs page
 * https://milvus.io/docs/message_storage_operator.md (`docs/<name>.published.yaml`), whose
 * comments point at what is wrong. The samples are our renditions of the operator's
 * config/samples. Plain data: scripts read the files with fs, the app through index.ts.
 */
import { t } from '../model'
import type { LocalizedText } from '../model/types'
import type { PresetGroup } from './types'

export interface PresetEntry {
  readonly id: string
  readonly group: PresetGroup
  /** Path of the YAML text, relative to src/presets. */
  readonly file: string
  readonly title: LocalizedText
  readonly description: LocalizedText
}

/** The blank starting point. */
export const BLANK_ENTRY: PresetEntry = {
  id: 'blank',
  group: 'blank',
  file: 'blank.yaml',
  title: t('Blank standalone', '빈 스탠드얼론'),
  description: t(
    'A minimal standalone Milvus. Every field left out takes the operator default.',
    '최소한의 스탠드얼론 Milvus입니다. 적지 않은 필드는 모두 오퍼레이터 기본값을 따릅니다.',
  ),
}

/** The docs examples, each corrected rendition followed by its as-published copy. */
export const DOCS_ENTRIES: readonly (readonly [PresetEntry, PresetEntry])[] = [
  [
    {
      id: 'docs-rocksmq',
      group: 'docs',
      file: 'docs/rocksmq.yaml',
      title: t('RocksMQ with persistence', '영구 볼륨을 쓰는 RocksMQ'),
      description: t(
        'Standalone with embedded RocksMQ on a persistent volume that outlives the resource.',
        '리소스를 삭제해도 남는 영구 볼륨에 내장 RocksMQ를 두는 스탠드얼론 구성입니다.',
      ),
    },
    {
      id: 'original-rocksmq',
      group: 'docs-original',
      file: 'docs/rocksmq.published.yaml',
      title: t('Docs as published: RocksMQ', '문서 원문: RocksMQ'),
      description: t(
        'pvcDeletion is on, so deleting the resource deletes the message log.',
        'pvcDeletion이 켜져 있어 리소스를 삭제하면 메시지 로그도 함께 삭제됩니다.',
      ),
    },
  ],
  [
    {
      id: 'docs-natsmq',
      group: 'docs',
      file: 'docs/natsmq.yaml',
      title: t('NATS on Milvus 2.5', 'Milvus 2.5의 NATS'),
      description: t(
        'Standalone with the embedded NATS store, Milvus 2.5 pinned and server settings in spec.config.natsmq.',
        'Milvus 2.5 이미지를 고정하고 서버 설정을 spec.config.natsmq에 둔 내장 NATS 스탠드얼론 구성입니다.',
      ),
    },
    {
      id: 'original-natsmq',
      group: 'docs-original',
      file: 'docs/natsmq.published.yaml',
      title: t('Docs as published: NATS', '문서 원문: NATS'),
      description: t(
        'v1alpha1, the default 2.6 image (which has no NATS) and server settings under dependencies.',
        'v1alpha1, NATS가 없는 기본 2.6 이미지, dependencies 아래에 둔 서버 설정이 문제입니다.',
      ),
    },
  ],
  [
    {
      id: 'docs-pulsar-external',
      group: 'docs',
      file: 'docs/pulsar-external.yaml',
      title: t('External Pulsar', '외부 Pulsar'),
      description: t(
        'Cluster mode connected to an existing Pulsar through a single endpoint string.',
        '하나의 endpoint 문자열로 기존 Pulsar에 연결하는 클러스터 구성입니다.',
      ),
    },
    {
      id: 'original-pulsar-external',
      group: 'docs-original',
      file: 'docs/pulsar-external.published.yaml',
      title: t('Docs as published: external Pulsar', '문서 원문: 외부 Pulsar'),
      description: t(
        'endpoints (a list) instead of endpoint, no msgStreamType, and v1alpha1.',
        'endpoint 대신 목록형 endpoints를 썼고 msgStreamType이 없으며 v1alpha1입니다.',
      ),
    },
  ],
  [
    {
      id: 'docs-pulsar-internal',
      group: 'docs',
      file: 'docs/pulsar-internal.yaml',
      title: t('In-cluster Pulsar', '클러스터 내부 Pulsar'),
      description: t(
        'Cluster mode with a one-replica Pulsar the operator deploys, resources spelled correctly.',
        '오퍼레이터가 배포하는 단일 복제본 Pulsar를 쓰는 클러스터 구성이며 resources 철자를 바로잡았습니다.',
      ),
    },
    {
      id: 'original-pulsar-internal',
      group: 'docs-original',
      file: 'docs/pulsar-internal.published.yaml',
      title: t('Docs as published: in-cluster Pulsar', '문서 원문: 클러스터 내부 Pulsar'),
      description: t(
        'Misspelt resoureces and limit in the bookkeeper values, no msgStreamType, v1alpha1.',
        'bookkeeper 값에 resoureces와 limit 오타가 있고 msgStreamType이 없으며 v1alpha1입니다.',
      ),
    },
  ],
  [
    {
      id: 'docs-kafka-external',
      group: 'docs',
      file: 'docs/kafka-external.yaml',
      title: t('External Kafka with SASL_SSL', 'SASL_SSL을 쓰는 외부 Kafka'),
      description: t(
        'Cluster mode on an existing Kafka; SASL credentials come from a Secret via secretRef.',
        '기존 Kafka를 쓰는 클러스터 구성이며 SASL 자격 증명은 secretRef로 Secret에서 가져옵니다.',
      ),
    },
    {
      id: 'original-kafka-external',
      group: 'docs-original',
      file: 'docs/kafka-external.published.yaml',
      title: t('Docs as published: external Kafka', '문서 원문: 외부 Kafka'),
      description: t(
        'SASL keys under PLAINTEXT with empty credentials, and v1alpha1.',
        'PLAINTEXT인데 SASL 키가 있고 자격 증명이 비어 있으며 v1alpha1입니다.',
      ),
    },
  ],
  [
    {
      id: 'docs-kafka-internal',
      group: 'docs',
      file: 'docs/kafka-internal.yaml',
      title: t('In-cluster Kafka', '클러스터 내부 Kafka'),
      description: t(
        'Cluster mode with a Kafka the operator deploys from its bundled chart.',
        '오퍼레이터가 번들 차트로 배포하는 Kafka를 쓰는 클러스터 구성입니다.',
      ),
    },
    {
      id: 'original-kafka-internal',
      group: 'docs-original',
      file: 'docs/kafka-internal.published.yaml',
      title: t('Docs as published: in-cluster Kafka', '문서 원문: 클러스터 내부 Kafka'),
      description: t(
        'v1alpha1, so the resource is always standalone.',
        'v1alpha1이라 리소스가 항상 스탠드얼론으로 해석됩니다.',
      ),
    },
  ],
]

/** Operator samples, rewritten in our own words. */
export const SAMPLE_ENTRIES: readonly PresetEntry[] = [
  {
    id: 'sample-kafka-standalone',
    group: 'samples',
    file: 'samples/kafka-standalone.yaml',
    title: t('Kafka in-cluster, standalone', '클러스터 내부 Kafka, 스탠드얼론'),
    description: t(
      'Standalone Milvus with an operator-deployed Kafka.',
      '오퍼레이터가 배포한 Kafka를 쓰는 스탠드얼론 Milvus입니다.',
    ),
  },
  {
    id: 'sample-pulsar-v2',
    group: 'samples',
    file: 'samples/pulsar-v2.yaml',
    title: t('Pulsar 2 chart', 'Pulsar 2 차트'),
    description: t(
      'Standalone with in-cluster Pulsar from the pulsar-v2 chart.',
      'pulsar-v2 차트로 배포한 내부 Pulsar를 쓰는 스탠드얼론입니다.',
    ),
  },
  {
    id: 'sample-cluster-default',
    group: 'samples',
    file: 'samples/cluster-default.yaml',
    title: t('Cluster with defaults', '기본값 클러스터'),
    description: t(
      'Cluster mode; the operator chooses and deploys Pulsar.',
      '클러스터 모드이며 오퍼레이터가 Pulsar를 골라 배포합니다.',
    ),
  },
  {
    id: 'sample-cluster-woodpecker',
    group: 'samples',
    file: 'samples/cluster-woodpecker.yaml',
    title: t('Cluster with Woodpecker (2.6)', 'Woodpecker 클러스터 (2.6)'),
    description: t(
      'Cluster on Milvus 2.6.0 using embedded Woodpecker.',
      'Milvus 2.6.0에서 내장 Woodpecker를 쓰는 클러스터입니다.',
    ),
  },
  {
    id: 'sample-woodpecker-streaming',
    group: 'samples',
    file: 'samples/woodpecker-streaming.yaml',
    title: t('Woodpecker with streaming nodes', '스트리밍 노드와 Woodpecker'),
    description: t(
      'Cluster on 2.6 with two streaming nodes and Woodpecker on object storage.',
      '스트리밍 노드 두 개와 오브젝트 스토리지 기반 Woodpecker를 쓰는 2.6 클러스터입니다.',
    ),
  },
  {
    id: 'sample-rocksmq-persistence',
    group: 'samples',
    file: 'samples/rocksmq-persistence.yaml',
    title: t('RocksMQ on a volume', '볼륨에 둔 RocksMQ'),
    description: t(
      'Standalone RocksMQ with persistence enabled.',
      '영구 저장을 켠 스탠드얼론 RocksMQ입니다.',
    ),
  },
  {
    id: 'sample-natsmq-25',
    group: 'samples',
    file: 'samples/natsmq-25.yaml',
    title: t('NATS on Milvus 2.5', 'Milvus 2.5의 NATS'),
    description: t(
      'Standalone NATS with persistence, image pinned to 2.5.',
      '이미지를 2.5로 고정하고 영구 저장을 켠 스탠드얼론 NATS입니다.',
    ),
  },
  {
    id: 'sample-rolling-update',
    group: 'samples',
    file: 'samples/rolling-update.yaml',
    title: t('Rolling update', '롤링 업데이트'),
    description: t(
      'Standalone with rolling updates on a store that allows them.',
      '롤링 업데이트를 지원하는 저장소를 쓰는 스탠드얼론입니다.',
    ),
  },
  {
    id: 'sample-s3',
    group: 'samples',
    file: 'samples/s3.yaml',
    title: t('External AWS S3', '외부 AWS S3'),
    description: t(
      'Object storage on S3 with an access-key Secret.',
      '액세스 키 Secret으로 S3를 오브젝트 스토리지로 씁니다.',
    ),
  },
  {
    id: 'sample-gcs',
    group: 'samples',
    file: 'samples/gcs.yaml',
    title: t('External Google Cloud Storage', '외부 Google Cloud Storage'),
    description: t(
      'GCS through its S3 API with HMAC keys.',
      'HMAC 키로 S3 호환 API를 통해 GCS를 씁니다.',
    ),
  },
  {
    id: 'sample-azure',
    group: 'samples',
    file: 'samples/azure.yaml',
    title: t('External Azure Blob', '외부 Azure Blob'),
    description: t(
      'Azure Blob Storage with an account key Secret.',
      '계정 키 Secret으로 Azure Blob Storage를 씁니다.',
    ),
  },
  {
    id: 'sample-external-dependencies',
    group: 'samples',
    file: 'samples/external-dependencies.yaml',
    title: t('External etcd and MinIO', '외부 etcd와 MinIO'),
    description: t(
      'Shared etcd and MinIO run outside the operator.',
      '오퍼레이터 밖에서 운영하는 etcd와 MinIO를 함께 씁니다.',
    ),
  },
  {
    id: 'sample-etcd-auth',
    group: 'samples',
    file: 'samples/etcd-auth.yaml',
    title: t('etcd with authentication', '인증을 켠 etcd'),
    description: t(
      'In-cluster etcd v8 with RBAC and Milvus logging in as root.',
      'RBAC를 켠 내부 etcd v8에 Milvus가 root로 접속합니다.',
    ),
  },
]
