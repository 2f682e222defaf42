/**
 * The six docs-page examples with their mistakes kept on purpose (teaching cases). The values are
 * the page's; every comment is ours and points at what is wrong. See reference §12.
 */
import type { Preset } from './types'

const ROCKSMQ = `# As published: RocksMQ with persistence, but the PVC is deleted together with the resource.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus
spec:
  mode: standalone
  dependencies:
    msgStreamType: rocksmq
    rocksmq:
      persistence:
        enabled: true
        pvcDeletion: true # deleting the Milvus resource also deletes the message log
        persistentVolumeClaim:
          spec:
            accessModes: ["ReadWriteOnce"]
            storageClassName: "local-path"
            resources:
              requests:
                storage: 10Gi
  components: {}
  config: {}
`

const NATSMQ = `# As published: v1alpha1, no Milvus image pinned, and the NATS server settings placed under
# dependencies, where the operator does not read them.
apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: milvus
spec:
  dependencies:
    msgStreamType: 'natsmq'
    natsmq:
      server:
        port: 4222
        storeDir: /var/lib/milvus/nats
        maxFileStore: 17179869184
        maxPayload: 8388608
        maxPending: 67108864
        initializeTimeout: 4000
        monitor:
          debug: false
          logTime: true
          logFile:
          logSizeLimit: 0
        retention:
          maxAge: 4320
          maxBytes:
          maxMsgs:
  components: {}
  config: {}
`

const PULSAR_EXTERNAL = `# As published: v1alpha1 (always standalone), no msgStreamType, and a list called "endpoints"
# where the operator expects one "endpoint" string.
apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  dependencies:
    pulsar:
      external: true
      endpoints:
      - 192.168.1.1:6650
  components: {}
  config: {}
`

const PULSAR_INTERNAL = `# As published: v1alpha1, no msgStreamType, and "resoureces" / "limit" in the bookkeeper values,
# which the Pulsar chart silently ignores.
apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  dependencies:
    pulsar:
      inCluster:
        values:
          components:
            autorecovery: false
          zookeeper:
            replicaCount: 1
          bookkeeper:
            replicaCount: 1
            resoureces:
              limit:
                cpu: '4'
              memory: 8Gi
            requests:
              cpu: 200m
              memory: 512Mi
          broker:
            replicaCount: 1
            configData:
              autoSkipNonRecoverableData: "true"
              managedLedgerDefaultEnsembleSize: "1"
              managedLedgerDefaultWriteQuorum: "1"
              managedLedgerDefaultAckQuorum: "1"
          proxy:
            replicaCount: 1
  components: {}
  config: {}
`

const KAFKA_EXTERNAL = `# As published: v1alpha1, PLAINTEXT together with SASL keys, and empty credentials.
apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  config:
    kafka:
      securityProtocol: PLAINTEXT
      saslMechanisms: PLAIN
      saslUsername: ""
      saslPassword: ""
  dependencies:
    msgStreamType: "kafka"
    kafka:
      external: true
      brokerList:
        - "kafkaBrokerAddr1:9092"
        - "kafkaBrokerAddr2:9092"
`

const KAFKA_INTERNAL = `# As published: v1alpha1, so this in-cluster Kafka serves a standalone Milvus only.
apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  dependencies:
    msgStreamType: "kafka"
    kafka:
      inCluster:
        values: {}
  components: {}
  config: {}
`

const t = (en: string, ko: string) => ({ en, ko })

export const ORIGINAL_PRESETS: readonly Preset[] = [
  {
    id: 'original-rocksmq',
    group: 'docs-original',
    title: t('Docs as published: RocksMQ', '문서 원문: RocksMQ'),
    description: t(
      'pvcDeletion is on, so deleting the resource deletes the message log.',
      'pvcDeletion이 켜져 있어 리소스를 삭제하면 메시지 로그도 함께 삭제됩니다.',
    ),
    yaml: ROCKSMQ,
  },
  {
    id: 'original-natsmq',
    group: 'docs-original',
    title: t('Docs as published: NATS', '문서 원문: NATS'),
    description: t(
      'v1alpha1, the default 2.6 image (which has no NATS) and server settings under dependencies.',
      'v1alpha1, NATS가 없는 기본 2.6 이미지, dependencies 아래에 둔 서버 설정이 문제입니다.',
    ),
    yaml: NATSMQ,
  },
  {
    id: 'original-pulsar-external',
    group: 'docs-original',
    title: t('Docs as published: external Pulsar', '문서 원문: 외부 Pulsar'),
    description: t(
      'endpoints (a list) instead of endpoint, no msgStreamType, and v1alpha1.',
      'endpoint 대신 목록형 endpoints를 썼고 msgStreamType이 없으며 v1alpha1입니다.',
    ),
    yaml: PULSAR_EXTERNAL,
  },
  {
    id: 'original-pulsar-internal',
    group: 'docs-original',
    title: t('Docs as published: in-cluster Pulsar', '문서 원문: 클러스터 내부 Pulsar'),
    description: t(
      'Misspelt resoureces and limit in the bookkeeper values, no msgStreamType, v1alpha1.',
      'bookkeeper 값에 resoureces와 limit 오타가 있고 msgStreamType이 없으며 v1alpha1입니다.',
    ),
    yaml: PULSAR_INTERNAL,
  },
  {
    id: 'original-kafka-external',
    group: 'docs-original',
    title: t('Docs as published: external Kafka', '문서 원문: 외부 Kafka'),
    description: t(
      'SASL keys under PLAINTEXT with empty credentials, and v1alpha1.',
      'PLAINTEXT인데 SASL 키가 있고 자격 증명이 비어 있으며 v1alpha1입니다.',
    ),
    yaml: KAFKA_EXTERNAL,
  },
  {
    id: 'original-kafka-internal',
    group: 'docs-original',
    title: t('Docs as published: in-cluster Kafka', '문서 원문: 클러스터 내부 Kafka'),
    description: t(
      'v1alpha1, so the resource is always standalone.',
      'v1alpha1이라 리소스가 항상 스탠드얼론으로 해석됩니다.',
    ),
    yaml: KAFKA_INTERNAL,
  },
]
