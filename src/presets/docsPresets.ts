/**
 * Corrected renditions of the six examples on the "message storage with Milvus Operator" docs page.
 * Same configuration facts, our own comments; the fixes follow the operator reference (§12).
 */
import type { Preset } from './types'

const ROCKSMQ = `# Standalone Milvus that keeps its message log in embedded RocksMQ on a volume.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus
spec:
  mode: standalone # RocksMQ runs inside the Milvus pod, so it only works in standalone mode
  dependencies:
    msgStreamType: rocksmq
    rocksmq:
      persistence:
        enabled: true # keep the log on a PVC instead of an emptyDir
        pvcDeletion: false # keep the PVC (and the log) if the Milvus resource is deleted
        persistentVolumeClaim:
          spec:
            accessModes: ["ReadWriteOnce"]
            storageClassName: local-path # replace with a storage class of your cluster
            resources:
              requests:
                storage: 10Gi # room for the message log
  components: {}
  config: {}
`

const NATSMQ = `# Standalone Milvus 2.5 with the embedded NATS message store (experimental, gone in 2.6).
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: milvus
spec:
  mode: standalone
  components:
    # NATS exists only in Milvus 2.3 to 2.5; the operator's default image is 2.6, so pin one.
    image: milvusdb/milvus:v2.5.16
  dependencies:
    msgStreamType: natsmq
    natsmq:
      persistence:
        enabled: true # JetStream files survive pod restarts
  config:
    # Server settings belong to Milvus's own configuration (milvus.yaml), not to dependencies.
    natsmq:
      server:
        port: 4222 # where the embedded server listens
        storeDir: /var/lib/milvus/nats # JetStream data directory, on the persistent volume
        maxFileStore: 17179869184 # bytes of file storage (16 GiB)
        maxPayload: 8388608 # largest message in bytes (8 MiB)
        maxPending: 67108864 # bytes buffered per client connection (64 MiB)
        initializeTimeout: 4000 # milliseconds to wait for the server to start
        monitor:
          debug: false
          logTime: true
          logFile: /tmp/milvus/logs/nats.log
          logSizeLimit: 536870912 # rotate the NATS log after 512 MiB
        retention:
          maxAge: 4320 # minutes a message is kept in a channel (three days)
`

const PULSAR_EXTERNAL = `# Milvus cluster that uses a Pulsar you already run.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  mode: cluster # a v1beta1 resource; v1alpha1 Milvus would always be standalone
  dependencies:
    msgStreamType: pulsar # say which store to use instead of relying on the default
    pulsar:
      external: true # do not deploy Pulsar, connect to the one below
      endpoint: pulsar-proxy.messaging.svc:6650 # one host:port string (the field is not a list)
  components: {}
  config: {}
`

const PULSAR_INTERNAL = `# Milvus cluster with a small Pulsar deployed next to it by the operator.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  mode: cluster
  dependencies:
    msgStreamType: pulsar
    pulsar:
      inCluster:
        # Helm values for the Pulsar chart: one of each component, sized for a test cluster.
        values:
          components:
            autorecovery: false
          zookeeper:
            replicaCount: 1
          bookkeeper:
            replicaCount: 1
            resources:
              limits:
                cpu: "4"
                memory: 8Gi
              requests:
                cpu: 200m
                memory: 512Mi
          broker:
            replicaCount: 1
            configData:
              # With a single bookie, every ledger is written once.
              autoSkipNonRecoverableData: "true"
              managedLedgerDefaultEnsembleSize: "1"
              managedLedgerDefaultWriteQuorum: "1"
              managedLedgerDefaultAckQuorum: "1"
          proxy:
            replicaCount: 1
  components: {}
  config: {}
`

const KAFKA_EXTERNAL = `# Milvus cluster that talks to an existing Kafka over SASL_SSL.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  mode: cluster
  config:
    kafka:
      securityProtocol: SASL_SSL # SASL authentication over TLS
      saslMechanisms: SCRAM-SHA-512 # PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList:
        - kafka-broker-0.example.internal:9092
        - kafka-broker-1.example.internal:9092
      # The credentials come from this Secret (keys username and password), so they never
      # appear in the manifest. Needs operator v1.3.8 or later.
      secretRef: milvus-kafka-sasl
  components: {}
`

const KAFKA_INTERNAL = `# Milvus cluster with a Kafka deployed next to it by the operator.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  mode: cluster
  dependencies:
    msgStreamType: kafka
    kafka:
      inCluster:
        values: {} # Helm values for the bundled (bitnami) Kafka chart go here
  components: {}
  config: {}
`

export const DOCS_PRESETS: readonly Preset[] = [
  {
    id: 'docs-rocksmq',
    group: 'docs',
    title: { en: 'RocksMQ with persistence', ko: '영구 볼륨을 쓰는 RocksMQ' },
    description: {
      en: 'Standalone with embedded RocksMQ on a persistent volume that outlives the resource.',
      ko: '리소스를 삭제해도 남는 영구 볼륨에 내장 RocksMQ를 두는 스탠드얼론 구성입니다.',
    },
    yaml: ROCKSMQ,
  },
  {
    id: 'docs-natsmq',
    group: 'docs',
    title: { en: 'NATS on Milvus 2.5', ko: 'Milvus 2.5의 NATS' },
    description: {
      en: 'Standalone with the embedded NATS store, Milvus 2.5 pinned and server settings in spec.config.natsmq.',
      ko: 'Milvus 2.5 이미지를 고정하고 서버 설정을 spec.config.natsmq에 둔 내장 NATS 스탠드얼론 구성입니다.',
    },
    yaml: NATSMQ,
  },
  {
    id: 'docs-pulsar-external',
    group: 'docs',
    title: { en: 'External Pulsar', ko: '외부 Pulsar' },
    description: {
      en: 'Cluster mode connected to an existing Pulsar through a single endpoint string.',
      ko: '하나의 endpoint 문자열로 기존 Pulsar에 연결하는 클러스터 구성입니다.',
    },
    yaml: PULSAR_EXTERNAL,
  },
  {
    id: 'docs-pulsar-internal',
    group: 'docs',
    title: { en: 'In-cluster Pulsar', ko: '클러스터 내부 Pulsar' },
    description: {
      en: 'Cluster mode with a one-replica Pulsar the operator deploys, resources spelled correctly.',
      ko: '오퍼레이터가 배포하는 단일 복제본 Pulsar를 쓰는 클러스터 구성이며 resources 철자를 바로잡았습니다.',
    },
    yaml: PULSAR_INTERNAL,
  },
  {
    id: 'docs-kafka-external',
    group: 'docs',
    title: { en: 'External Kafka with SASL_SSL', ko: 'SASL_SSL을 쓰는 외부 Kafka' },
    description: {
      en: 'Cluster mode on an existing Kafka; SASL credentials come from a Secret via secretRef.',
      ko: '기존 Kafka를 쓰는 클러스터 구성이며 SASL 자격 증명은 secretRef로 Secret에서 가져옵니다.',
    },
    yaml: KAFKA_EXTERNAL,
  },
  {
    id: 'docs-kafka-internal',
    group: 'docs',
    title: { en: 'In-cluster Kafka', ko: '클러스터 내부 Kafka' },
    description: {
      en: 'Cluster mode with a Kafka the operator deploys from its bundled chart.',
      ko: '오퍼레이터가 번들 차트로 배포하는 Kafka를 쓰는 클러스터 구성입니다.',
    },
    yaml: KAFKA_INTERNAL,
  },
]
