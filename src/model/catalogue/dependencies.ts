/**
 * Catalogue entries for `spec.dependencies`: the message stream choice, the built-in and external
 * message stores, etcd, object storage and TEI. Versions: operator release that added a field
 * and the Milvus version a store needs (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L18, https://github.com/milvus-io/milvus/blob/master/internal/util/dependency/factory.go).
 */
import { DELETION_POLICIES, MSG_STREAM_TYPES, STORAGE_TYPES } from '../types'
import type { LocalizedText } from '../types'
import { arr, bool, enm, free, obj, str, stringMap, t } from './dsl'

function inCluster(what: LocalizedText, chartDefault?: string, deletionDefault = 'Retain') {
  return obj(
    {
      values: free(
        t(
          `Helm values for the bundled ${what.en} chart (merged over the chart defaults).`,
          `번들 ${what.ko} 차트의 Helm 값입니다(차트 기본값 위에 병합).`,
        ),
        undefined,
        { nullable: true, keepNull: true },
      ),
      chartVersion: str(
        t(
          'Which bundled chart to deploy (etcd-v6/etcd-v8, pulsar-v2/pulsar-v3).',
          '배포할 번들 차트 버전입니다(etcd-v6/etcd-v8, pulsar-v2/pulsar-v3).',
        ),
        chartDefault ? { default: chartDefault } : {},
      ),
      deletionPolicy: enm(
        DELETION_POLICIES,
        t(
          'Delete uninstalls the release when the Milvus resource is deleted; Retain keeps it.',
          'Delete는 Milvus 리소스를 지울 때 릴리스도 제거하고, Retain은 남겨 둡니다.',
        ),
        { default: deletionDefault },
      ),
      pvcDeletion: bool(
        t(
          "With Delete, also delete the release's volumes (data is lost).",
          'Delete와 함께 릴리스의 볼륨도 지웁니다(데이터가 사라짐).',
        ),
        { default: false },
      ),
    },
    t(
      `Let the operator install ${what.en} with Helm inside the cluster.`,
      `오퍼레이터가 클러스터 내부에 Helm으로 ${what.ko}을(를) 설치합니다.`,
    ),
  )
}

const PERSISTENCE = obj(
  {
    enabled: bool(
      t(
        'Keep the log on a PersistentVolumeClaim instead of an emptyDir.',
        '로그를 emptyDir 대신 PersistentVolumeClaim에 보관합니다.',
      ),
      { default: false },
    ),
    pvcDeletion: bool(
      t(
        'Delete that claim (and the log) when the Milvus resource is deleted.',
        'Milvus 리소스를 지울 때 그 클레임(과 로그)도 지웁니다.',
      ),
      { default: false },
    ),
    persistentVolumeClaim: obj(
      {
        existingClaim: str(
          t(
            'Use this existing claim instead of creating one.',
            '새로 만들지 않고 이 기존 클레임을 씁니다.',
          ),
        ),
        labels: stringMap(
          t('Labels on the created claim.', '생성되는 클레임에 붙일 레이블입니다.'),
        ),
        annotations: stringMap(
          t('Annotations on the created claim.', '생성되는 클레임에 붙일 어노테이션입니다.'),
        ),
        spec: free(
          t(
            'Claim spec (access modes, storage class, size); ReadWriteOnce and 5Gi when missing.',
            '클레임 spec(접근 모드, 스토리지 클래스, 크기)이며, 없으면 ReadWriteOnce와 5Gi입니다.',
          ),
          undefined,
          { nullable: true },
        ),
      },
      t(
        'The claim the operator creates (named <name>-data) or reuses.',
        '오퍼레이터가 만들거나(<name>-data) 재사용하는 클레임입니다.',
      ),
    ),
  },
  t(
    'Where the embedded log lives; mounted at /var/lib/milvus in every Milvus pod.',
    '내장 로그를 저장할 곳이며, 모든 Milvus 파드의 /var/lib/milvus에 마운트됩니다.',
  ),
)

const WOODPECKER = obj(
  {
    persistence: PERSISTENCE,
    external: bool(
      t(
        'Use a separately deployed Woodpecker LogStore service instead of the embedded one.',
        '내장 대신 별도로 배포한 Woodpecker LogStore 서비스를 씁니다.',
      ),
      { default: false, since: { operator: '1.3.8' } },
    ),
    quorumBufferPools: arr(
      obj(
        {
          name: str(t('Pool name.', '풀 이름입니다.')),
          seeds: arr(
            str(t('A LogStore address (host:18080).', 'LogStore 주소(host:18080)입니다.')),
            t(
              'Addresses of the LogStore nodes in this pool.',
              '이 풀에 속한 LogStore 노드 주소입니다.',
            ),
          ),
        },
        t('One pool of LogStore nodes.', 'LogStore 노드 풀 하나입니다.'),
        { required: ['name', 'seeds'] },
      ),
      t(
        'LogStore pools Milvus writes to when external is true.',
        'external이 true일 때 Milvus가 기록할 LogStore 풀입니다.',
      ),
      { since: { operator: '1.3.8' } },
    ),
  },
  t(
    'Woodpecker, the built-in log of Milvus 2.6 (embedded, or an external LogStore).',
    'Milvus 2.6의 내장 로그인 Woodpecker입니다(내장 또는 외부 LogStore).',
  ),
  { since: { milvus: '2.6.0', operator: '1.3.0' } },
)

const PULSAR = obj(
  {
    inCluster: inCluster(t('Pulsar', 'Pulsar'), 'pulsar-v3'),
    external: bool(
      t(
        'Use an existing Pulsar instead of installing one.',
        '새로 설치하지 않고 기존 Pulsar를 씁니다.',
      ),
      { default: false },
    ),
    endpoint: str(
      t(
        'host:port of the external Pulsar broker or proxy (one string, not a list).',
        '외부 Pulsar 브로커나 프록시의 host:port입니다(목록이 아닌 문자열 하나).',
      ),
    ),
  },
  t('Apache Pulsar as the message storage.', '메시지 저장소로 쓰는 Apache Pulsar입니다.'),
)

const KAFKA = obj(
  {
    inCluster: inCluster(t('Kafka', 'Kafka')),
    external: bool(
      t(
        'Use existing Kafka brokers instead of installing them.',
        '새로 설치하지 않고 기존 Kafka 브로커를 씁니다.',
      ),
      { default: false },
    ),
    brokerList: arr(
      str(t('One broker, host:port.', '브로커 하나(host:port)입니다.')),
      t('Kafka brokers to connect to (a list).', '연결할 Kafka 브로커 목록입니다.'),
    ),
    secretRef: str(
      t(
        'Secret with username and password (and optional ca.pem) for SASL; keeps credentials out of the manifest.',
        'SASL용 username·password(선택적으로 ca.pem)가 든 Secret이며, 자격 증명을 매니페스트 밖에 둡니다.',
      ),
      { since: { operator: '1.3.8' } },
    ),
  },
  t('Apache Kafka as the message storage.', '메시지 저장소로 쓰는 Apache Kafka입니다.'),
  { since: { milvus: '2.1.0' } },
)

const ETCD = obj(
  {
    endpoints: arr(
      str(t('One etcd client address, host:2379.', 'etcd 클라이언트 주소 하나(host:2379)입니다.')),
      t(
        'etcd client endpoints; required when external.',
        'etcd 클라이언트 엔드포인트이며, external이면 필수입니다.',
      ),
    ),
    external: bool(
      t(
        'Use an existing etcd instead of installing one.',
        '새로 설치하지 않고 기존 etcd를 씁니다.',
      ),
      { default: false },
    ),
    inCluster: inCluster(t('etcd', 'etcd'), 'etcd-v8'),
  },
  t('etcd, where Milvus keeps its metadata.', 'Milvus가 메타데이터를 보관하는 etcd입니다.'),
)

const STORAGE = obj(
  {
    type: enm(
      [...STORAGE_TYPES, ''] as const,
      t(
        'Object storage flavour: MinIO, S3 (also GCS and others) or Azure.',
        '오브젝트 스토리지 종류: MinIO, S3(GCS 등 포함) 또는 Azure입니다.',
      ),
      { default: 'MinIO' },
    ),
    secretRef: str(
      t('Secret with accesskey and secretkey.', 'accesskey와 secretkey가 든 Secret입니다.'),
    ),
    endpoint: str(
      t(
        'host[:port] of the storage service; required when external.',
        '스토리지 서비스의 host[:port]이며, external이면 필수입니다.',
      ),
    ),
    inCluster: inCluster(t('MinIO', 'MinIO')),
    external: bool(
      t(
        'Use existing object storage instead of installing MinIO.',
        'MinIO를 설치하지 않고 기존 오브젝트 스토리지를 씁니다.',
      ),
      { default: false },
    ),
    ssl: obj(
      {
        enabled: bool(
          t(
            "The operator's health check uses TLS (Milvus needs minio.useSSL too).",
            '오퍼레이터 상태 점검이 TLS를 씁니다(Milvus에는 minio.useSSL도 필요).',
          ),
          { default: false },
        ),
        caCertificateRef: str(
          t(
            'Secret holding the CA certificate under the key ca.crt.',
            'ca.crt 키에 CA 인증서를 담은 Secret입니다.',
          ),
        ),
        insecureSkipVerify: bool(
          t(
            'Skip certificate verification in the health check.',
            '상태 점검에서 인증서 검증을 건너뜁니다.',
          ),
          { default: false },
        ),
      },
      t(
        "TLS for the operator's storage health check.",
        '오퍼레이터의 스토리지 상태 점검에 쓸 TLS 설정입니다.',
      ),
      { since: { operator: '1.3.0' } },
    ),
  },
  t(
    'Object storage for segments, indexes and logs.',
    '세그먼트, 인덱스, 로그를 저장하는 오브젝트 스토리지입니다.',
  ),
)

const TEI = obj(
  {
    enabled: bool(
      t(
        'Deploy Text Embeddings Inference next to Milvus.',
        'Milvus 옆에 Text Embeddings Inference를 배포합니다.',
      ),
      { default: false },
    ),
    inCluster: inCluster(t('TEI', 'TEI'), undefined, 'Delete'),
  },
  t(
    'Text Embeddings Inference for embedding functions.',
    '임베딩 함수에 쓰는 Text Embeddings Inference입니다.',
  ),
)

const builtIn = (text: LocalizedText, opts: Parameters<typeof obj>[2] = {}) =>
  obj({ persistence: PERSISTENCE }, text, opts)

export const DEPENDENCIES = obj(
  {
    msgStreamType: enm(
      [...MSG_STREAM_TYPES, ''] as const,
      t(
        'Which message storage Milvus uses; empty lets the operator pick by mode and version.',
        'Milvus가 쓸 메시지 저장소이며, 비우면 오퍼레이터가 모드와 버전에 따라 고릅니다.',
      ),
    ),
    rocksmq: builtIn(
      t(
        'RocksMQ, the embedded log for standalone Milvus.',
        '스탠드얼론 Milvus용 내장 로그인 RocksMQ입니다.',
      ),
    ),
    natsmq: builtIn(
      t(
        'NATS JetStream embedded in standalone Milvus 2.3 to 2.5 (removed in 2.6).',
        '스탠드얼론 Milvus 2.3~2.5에 내장된 NATS JetStream입니다(2.6에서 제거).',
      ),
      { since: { milvus: '2.3.0', operator: '0.8.0' }, until: { milvus: '2.6.0' } },
    ),
    woodpecker: WOODPECKER,
    pulsar: PULSAR,
    kafka: KAFKA,
    customMsgStream: free(
      t(
        'Settings for msgStreamType custom; you also set spec.config.mq.type yourself.',
        'msgStreamType custom용 설정이며, spec.config.mq.type도 직접 지정해야 합니다.',
      ),
      undefined,
      { nullable: true, keepNull: true },
    ),
    etcd: ETCD,
    storage: STORAGE,
    tei: TEI,
  },
  t(
    'The services Milvus depends on: message storage, etcd and object storage.',
    'Milvus가 의존하는 서비스: 메시지 저장소, etcd, 오브젝트 스토리지입니다.',
  ),
)
