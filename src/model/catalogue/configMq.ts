/**
 * Known keys of `spec.config` (a partial milvus.yaml) for message storage: mq, kafka, pulsar,
 * rocksmq, natsmq. spec.config stays free-form; these entries feed descriptions, completion and
 * rules. Defaults are Milvus's own; `since` is the Milvus version of the parameter (see https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml).
 */
import { KAFKA_SASL_MECHANISMS, KAFKA_SECURITY_PROTOCOLS } from '../types'
import { bool, enm, free, int, num, str, t } from './dsl'

const MQ_TYPES = ['default', 'pulsar', 'kafka', 'rocksmq', 'natsmq', 'woodpecker'] as const

export const CONFIG_MQ = free(
  t(
    'Which message storage Milvus uses and how it reads it.',
    'Milvus가 쓸 메시지 저장소와 읽는 방식입니다.',
  ),
  {
    type: enm(
      MQ_TYPES,
      t(
        'Message storage type; the operator overwrites it with msgStreamType (except custom).',
        '메시지 저장소 종류이며, 오퍼레이터가 msgStreamType으로 덮어씁니다(custom 제외).',
      ),
      { default: 'default', since: { milvus: '2.3.0' } },
    ),
    enablePursuitMode: bool(
      t(
        'Read faster while a consumer is far behind.',
        '소비자가 많이 뒤처졌을 때 더 빠르게 읽습니다.',
      ),
      { default: true },
    ),
    pursuitLag: int(
      t('Lag (seconds) that switches pursuit mode on.', '추격 모드를 켜는 지연 시간(초)입니다.'),
      { default: 10 },
    ),
    pursuitBufferSize: int(
      t('Buffer size (bytes) in pursuit mode.', '추격 모드의 버퍼 크기(바이트)입니다.'),
      { default: 8388608 },
    ),
    pursuitBufferTime: int(
      t('Buffer time (seconds) in pursuit mode.', '추격 모드의 버퍼 시간(초)입니다.'),
      { default: 60 },
    ),
    mqBufSize: int(
      t('Messages buffered per consumer.', '소비자마다 버퍼에 두는 메시지 수입니다.'),
      { default: 16 },
    ),
    dispatcher: free(t('Tuning of the message dispatcher.', '메시지 디스패처 튜닝 값입니다.'), {
      mergeCheckInterval: num(
        t(
          'Seconds between checks for dispatchers to merge.',
          '디스패처 병합을 검사하는 간격(초)입니다.',
        ),
        { default: 0.1 },
      ),
      targetBufSize: int(
        t('Buffer size per dispatch target.', '디스패치 대상별 버퍼 크기입니다.'),
        { default: 16 },
      ),
      maxTolerantLag: int(
        t(
          'Seconds a target may lag before it is split off.',
          '대상이 분리되기 전까지 허용되는 지연(초)입니다.',
        ),
        { default: 3 },
      ),
    }),
  },
)

export const CONFIG_KAFKA = free(
  t('Kafka client settings of Milvus.', 'Milvus의 Kafka 클라이언트 설정입니다.'),
  {
    brokerList: str(
      t(
        'Brokers as one comma-separated string; the operator overwrites it from dependencies.kafka.brokerList.',
        '쉼표로 구분한 브로커 문자열이며, 오퍼레이터가 dependencies.kafka.brokerList로 덮어씁니다.',
      ),
      { default: 'localhost:9092' },
    ),
    securityProtocol: enm(
      KAFKA_SECURITY_PROTOCOLS,
      t(
        'How Milvus talks to the brokers: plain, TLS, SASL, or SASL over TLS.',
        'Milvus가 브로커와 통신하는 방식: 평문, TLS, SASL, TLS 위의 SASL입니다.',
      ),
    ),
    saslMechanisms: enm(
      KAFKA_SASL_MECHANISMS,
      t('SASL mechanism; empty means PLAIN.', 'SASL 메커니즘이며, 비우면 PLAIN입니다.'),
    ),
    saslUsername: str(
      t(
        'SASL user; a kafka.secretRef Secret wins over it.',
        'SASL 사용자이며, kafka.secretRef Secret이 있으면 그쪽이 우선합니다.',
      ),
    ),
    saslPassword: str(
      t(
        'SASL password in plain text; prefer kafka.secretRef.',
        '평문 SASL 비밀번호이며, kafka.secretRef 사용을 권장합니다.',
      ),
    ),
    readTimeout: int(t('Read timeout in seconds.', '읽기 제한 시간(초)입니다.'), { default: 10 }),
    queuedmaxkbytes: int(
      t(
        'Most data (KB) the consumer queues locally.',
        '소비자가 로컬에 쌓아 둘 최대 데이터(KB)입니다.',
      ),
      { default: 100000 },
    ),
    ssl: free(
      t('TLS files for the Kafka client.', 'Kafka 클라이언트용 TLS 파일입니다.'),
      {
        enabled: bool(t('Use TLS to the brokers.', '브로커와 TLS로 통신합니다.'), {
          default: false,
          since: { milvus: '2.3.11' },
        }),
        tlsCert: str(
          t('Path of the client certificate (PEM).', '클라이언트 인증서(PEM) 경로입니다.'),
          { since: { milvus: '2.3.11' } },
        ),
        tlsKey: str(t('Path of the client key (PEM).', '클라이언트 키(PEM) 경로입니다.'), {
          since: { milvus: '2.3.11' },
        }),
        tlsCaCert: str(t('Path of the CA certificate (PEM).', 'CA 인증서(PEM) 경로입니다.'), {
          since: { milvus: '2.3.11' },
        }),
        tlsKeyPassword: str(t('Password of the client key.', '클라이언트 키의 비밀번호입니다.'), {
          since: { milvus: '2.3.11' },
        }),
      },
      { since: { milvus: '2.3.11' } },
    ),
    consumer: free(
      t('Extra librdkafka consumer settings.', '추가 librdkafka 컨슈머 설정입니다.'),
      undefined,
      { since: { milvus: '2.2.0' } },
    ),
    producer: free(
      t('Extra librdkafka producer settings.', '추가 librdkafka 프로듀서 설정입니다.'),
      undefined,
      { since: { milvus: '2.2.0' } },
    ),
  },
  { since: { milvus: '2.1.0' } },
)

export const CONFIG_PULSAR = free(
  t('Pulsar client settings of Milvus.', 'Milvus의 Pulsar 클라이언트 설정입니다.'),
  {
    address: str(
      t(
        'Broker host; removed and rewritten by the operator from dependencies.pulsar.endpoint.',
        '브로커 호스트이며, 오퍼레이터가 지우고 dependencies.pulsar.endpoint로 다시 씁니다.',
      ),
      { default: 'localhost' },
    ),
    port: int(
      t(
        'Broker port; removed and rewritten by the operator.',
        '브로커 포트이며, 오퍼레이터가 지우고 다시 씁니다.',
      ),
      { default: 6650, min: 0, max: 65535 },
    ),
    webport: int(t('Pulsar admin (HTTP) port.', 'Pulsar 관리(HTTP) 포트입니다.'), {
      default: 80,
      min: 0,
      max: 65535,
    }),
    webaddress: str(t('Pulsar admin (HTTP) address.', 'Pulsar 관리(HTTP) 주소입니다.'), {
      default: '',
    }),
    maxMessageSize: int(
      t(
        'Largest message (bytes) Milvus sends; keep it within the broker limit.',
        'Milvus가 보내는 최대 메시지 크기(바이트)이며, 브로커 한도 안이어야 합니다.',
      ),
      { default: 2097152 },
    ),
    tenant: str(t('Pulsar tenant for Milvus topics.', 'Milvus 토픽이 속할 Pulsar 테넌트입니다.'), {
      default: 'public',
    }),
    namespace: str(
      t('Pulsar namespace for Milvus topics.', 'Milvus 토픽이 속할 Pulsar 네임스페이스입니다.'),
      { default: 'default' },
    ),
    authPlugin: str(
      t('Client auth plugin, e.g. token.', '클라이언트 인증 플러그인입니다(예: token).'),
      { since: { milvus: '2.2.0' } },
    ),
    authParams: str(
      t(
        'Auth parameters as key:value,key:value.',
        'key:value,key:value 형식의 인증 파라미터입니다.',
      ),
      { since: { milvus: '2.2.0' } },
    ),
    requestTimeout: int(t('Request timeout in seconds.', '요청 제한 시간(초)입니다.'), {
      default: 60,
      since: { milvus: '2.3.0' },
    }),
    enableClientMetrics: bool(
      t('Export Pulsar client metrics.', 'Pulsar 클라이언트 메트릭을 내보냅니다.'),
    ),
    backlogAutoClearBytes: str(
      t(
        'Backlog size after which old messages are cleared.',
        '이 크기를 넘으면 오래된 백로그를 지웁니다.',
      ),
      { default: '100m', since: { milvus: '2.6.0' } },
    ),
  },
)

export const CONFIG_ROCKSMQ = free(
  t('Embedded RocksMQ settings (standalone only).', '내장 RocksMQ 설정입니다(standalone 전용).'),
  {
    path: str(
      t(
        'Where RocksMQ keeps its data; Milvus treats RocksMQ as enabled when set.',
        'RocksMQ 데이터 위치이며, 값이 있으면 Milvus는 RocksMQ를 사용 가능으로 봅니다.',
      ),
      { default: '/var/lib/milvus/rdb_data' },
    ),
    lrucacheratio: num(
      t('Share of memory for the RocksDB cache.', 'RocksDB 캐시에 쓸 메모리 비율입니다.'),
      { default: 0.06 },
    ),
    rocksmqPageSize: int(t('Page size in bytes.', '페이지 크기(바이트)입니다.'), {
      default: 67108864,
    }),
    retentionTimeInMinutes: int(
      t('How long messages are kept (minutes).', '메시지 보관 시간(분)입니다.'),
      { default: 4320 },
    ),
    retentionSizeInMB: int(
      t('How much log is kept per topic (MB).', '토픽마다 보관할 로그 크기(MB)입니다.'),
      { default: 8192 },
    ),
    compactionInterval: int(t('Seconds between compactions.', '컴팩션 간격(초)입니다.'), {
      default: 86400,
    }),
    compressionTypes: str(t('Compression per RocksDB level.', 'RocksDB 레벨별 압축 방식입니다.'), {
      default: '0,0,7,7,7',
    }),
  },
)

const NATS_MONITOR = free(t('Embedded NATS server logging.', '내장 NATS 서버 로깅 설정입니다.'), {
  trace: bool(t('Log protocol traces.', '프로토콜 추적 로그를 남깁니다.'), { default: false }),
  debug: bool(t('Log debug messages.', '디버그 메시지를 로그로 남깁니다.'), { default: false }),
  logTime: bool(t('Prefix log lines with the time.', '로그 줄 앞에 시각을 붙입니다.'), {
    default: true,
  }),
  logFile: str(t('Log file path.', '로그 파일 경로입니다.'), {
    default: '/tmp/milvus/logs/nats.log',
  }),
  logSizeLimit: int(
    t('Rotate the log after this many bytes.', '이 크기(바이트)를 넘으면 로그를 교체합니다.'),
    { default: 536870912 },
  ),
})

const NATS_RETENTION = free(
  t('How long NATS keeps messages.', 'NATS가 메시지를 보관하는 기준입니다.'),
  {
    maxAge: int(t('Keep messages this many minutes.', '메시지를 보관할 시간(분)입니다.'), {
      default: 4320,
    }),
    maxBytes: int(
      t('Keep at most this many bytes per topic.', '토픽마다 보관할 최대 바이트입니다.'),
    ),
    maxMsgs: int(
      t('Keep at most this many messages per topic.', '토픽마다 보관할 최대 메시지 수입니다.'),
    ),
  },
)

const NATS = { since: { milvus: '2.3.0' }, until: { milvus: '2.6.0' } } as const

export const CONFIG_NATSMQ = free(
  t('Embedded NATS settings (Milvus 2.3 to 2.5).', '내장 NATS 설정입니다(Milvus 2.3~2.5).'),
  {
    server: free(t('The embedded NATS server.', '내장 NATS 서버입니다.'), {
      port: int(t('Client port of the embedded server.', '내장 서버의 클라이언트 포트입니다.'), {
        default: 4222,
        min: 0,
        max: 65535,
      }),
      storeDir: str(t('Where NATS keeps its data.', 'NATS 데이터 위치입니다.'), {
        default: '/var/lib/milvus/nats',
      }),
      maxFileStore: int(
        t('Most disk (bytes) NATS may use.', 'NATS가 쓸 수 있는 최대 디스크(바이트)입니다.'),
        { default: 17179869184 },
      ),
      maxPayload: int(
        t(
          'Largest message (bytes); must not exceed maxPending.',
          '최대 메시지 크기(바이트)이며 maxPending보다 크면 안 됩니다.',
        ),
        { default: 8388608 },
      ),
      maxPending: int(
        t(
          'Most bytes buffered per client connection.',
          '클라이언트 연결마다 버퍼에 둘 최대 바이트입니다.',
        ),
        { default: 67108864 },
      ),
      initializeTimeout: int(
        t(
          'Milliseconds to wait for the server to start.',
          '서버 시작을 기다리는 시간(밀리초)입니다.',
        ),
        { default: 4000 },
      ),
      monitor: NATS_MONITOR,
      retention: NATS_RETENTION,
    }),
  },
  NATS,
)
