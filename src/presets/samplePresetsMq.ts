/** Message-storage operator samples, rewritten in our own words (reference §11). */
import type { Preset } from './types'

const KAFKA_STANDALONE = `# Standalone Milvus with a Kafka the operator deploys beside it.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-kafka
  labels:
    app: milvus
spec:
  mode: standalone
  dependencies:
    msgStreamType: kafka
    kafka:
      inCluster:
        deletionPolicy: Delete # remove the Kafka release when this resource is deleted
        pvcDeletion: true # and its volumes (test setups only)
`

const PULSAR_V2 = `# Standalone Milvus with an in-cluster Pulsar from the older 2.x chart.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-pulsar2
  labels:
    app: milvus
spec:
  mode: standalone
  dependencies:
    msgStreamType: pulsar
    pulsar:
      inCluster:
        chartVersion: pulsar-v2 # new resources get pulsar-v3 unless this is set
        deletionPolicy: Delete
        pvcDeletion: true
`

const CLUSTER_DEFAULT = `# Cluster mode with nothing else chosen: the operator picks Pulsar and deploys it in-cluster.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-cluster
  labels:
    app: milvus
spec:
  mode: cluster
  dependencies: {}
  components: {}
  config: {}
`

const CLUSTER_WOODPECKER = `# Cluster on Milvus 2.6 with Woodpecker, the log store built into Milvus since 2.6.0.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-woodpecker
  labels:
    app: milvus
spec:
  mode: cluster
  components:
    image: milvusdb/milvus:v2.6.0
  dependencies:
    msgStreamType: woodpecker # cluster mode would otherwise default to Pulsar
  config: {}
`

const WOODPECKER_STREAMING = `# Cluster on 2.6 with embedded Woodpecker and two streaming nodes serving the log.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-streaming
  labels:
    app: milvus
spec:
  mode: cluster
  components:
    image: milvusdb/milvus:v2.6.11
    streamingNode:
      replicas: 2 # streaming nodes own the write-ahead log in 2.6
  dependencies:
    msgStreamType: woodpecker
  config:
    woodpecker:
      storage:
        type: minio # segments go to object storage, shared by every pod
`

const ROCKSMQ = `# Standalone Milvus with RocksMQ on a persistent volume.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-rocksmq
  labels:
    app: milvus
spec:
  mode: standalone # RocksMQ is embedded, so standalone only
  dependencies:
    msgStreamType: rocksmq
    rocksmq:
      persistence:
        enabled: true # a PVC named <name>-data instead of an emptyDir
`

const NATSMQ = `# Standalone Milvus 2.5 with NATS on a persistent volume.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-natsmq
  labels:
    app: milvus
spec:
  mode: standalone # NATS is embedded, so standalone only
  components:
    image: milvusdb/milvus:v2.5.16 # Milvus 2.6 removed NATS, so stay on 2.5
  dependencies:
    msgStreamType: natsmq
    natsmq:
      persistence:
        enabled: true
`

const ROLLING_UPDATE = `# Standalone Milvus that upgrades by rolling update. This needs a message store that lives
# outside the pod's lifetime; on 2.6 the default Woodpecker qualifies.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus-rolling
spec:
  mode: standalone
  components:
    enableRollingUpdate: true
    imageUpdateMode: rollingUpgrade # or rollingDowngrade / all / force
  dependencies:
    msgStreamType: woodpecker
`

const t = (en: string, ko: string) => ({ en, ko })

export const SAMPLE_MQ_PRESETS: readonly Preset[] = [
  {
    id: 'sample-kafka-standalone', group: 'samples',
    title: t('Kafka in-cluster, standalone', '클러스터 내부 Kafka, 스탠드얼론'),
    description: t('Standalone Milvus with an operator-deployed Kafka.', '오퍼레이터가 배포한 Kafka를 쓰는 스탠드얼론 Milvus입니다.'),
    yaml: KAFKA_STANDALONE,
  },
  {
    id: 'sample-pulsar-v2', group: 'samples',
    title: t('Pulsar 2 chart', 'Pulsar 2 차트'),
    description: t('Standalone with in-cluster Pulsar from the pulsar-v2 chart.', 'pulsar-v2 차트로 배포한 내부 Pulsar를 쓰는 스탠드얼론입니다.'),
    yaml: PULSAR_V2,
  },
  {
    id: 'sample-cluster-default', group: 'samples',
    title: t('Cluster with defaults', '기본값 클러스터'),
    description: t('Cluster mode; the operator chooses and deploys Pulsar.', '클러스터 모드이며 오퍼레이터가 Pulsar를 골라 배포합니다.'),
    yaml: CLUSTER_DEFAULT,
  },
  {
    id: 'sample-cluster-woodpecker', group: 'samples',
    title: t('Cluster with Woodpecker (2.6)', 'Woodpecker 클러스터 (2.6)'),
    description: t('Cluster on Milvus 2.6.0 using embedded Woodpecker.', 'Milvus 2.6.0에서 내장 Woodpecker를 쓰는 클러스터입니다.'),
    yaml: CLUSTER_WOODPECKER,
  },
  {
    id: 'sample-woodpecker-streaming', group: 'samples',
    title: t('Woodpecker with streaming nodes', '스트리밍 노드와 Woodpecker'),
    description: t('Cluster on 2.6 with two streaming nodes and Woodpecker on object storage.', '스트리밍 노드 두 개와 오브젝트 스토리지 기반 Woodpecker를 쓰는 2.6 클러스터입니다.'),
    yaml: WOODPECKER_STREAMING,
  },
  {
    id: 'sample-rocksmq-persistence', group: 'samples',
    title: t('RocksMQ on a volume', '볼륨에 둔 RocksMQ'),
    description: t('Standalone RocksMQ with persistence enabled.', '영구 저장을 켠 스탠드얼론 RocksMQ입니다.'),
    yaml: ROCKSMQ,
  },
  {
    id: 'sample-natsmq-25', group: 'samples',
    title: t('NATS on Milvus 2.5', 'Milvus 2.5의 NATS'),
    description: t('Standalone NATS with persistence, image pinned to 2.5.', '이미지를 2.5로 고정하고 영구 저장을 켠 스탠드얼론 NATS입니다.'),
    yaml: NATSMQ,
  },
  {
    id: 'sample-rolling-update', group: 'samples',
    title: t('Rolling update', '롤링 업데이트'),
    description: t('Standalone with rolling updates on a store that allows them.', '롤링 업데이트를 지원하는 저장소를 쓰는 스탠드얼론입니다.'),
    yaml: ROLLING_UPDATE,
  },
]
