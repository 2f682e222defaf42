/**
 * Known keys of `spec.config.woodpecker` (Milvus 2.6+). Keys marked "development line" exist only
 * in Milvus builds newer than the 2.6 branch (woodpecker service mode, see https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml).
 */
import { bool, enm, free, int, str, t } from './dsl'

const V26 = { since: { milvus: '2.6.0' } } as const
const NEWER = t(' (development line, newer than 2.6)', ' (2.6보다 새로운 개발 버전)')
const newer = (en: string, ko: string) => t(en + NEWER.en, ko + NEWER.ko)

const CLIENT = free(
  t('How Milvus writes to Woodpecker.', 'Milvus가 Woodpecker에 기록하는 방식입니다.'),
  {
    segmentAppend: free(t('Append queue of the writer.', '기록기의 추가(append) 큐입니다.'), {
      queueSize: int(
        t('Pending appends per segment.', '세그먼트마다 대기하는 추가 요청 수입니다.'),
        { default: 10000 },
      ),
      maxRetries: int(t('Retries for a failed append.', '실패한 추가 요청의 재시도 횟수입니다.'), {
        default: 3,
      }),
      maxBatchEntries: int(newer('Entries per append batch', '추가 배치당 항목 수'), {
        default: 1000,
      }),
      maxBatchBytes: int(newer('Bytes per append batch', '추가 배치당 바이트'), {
        default: 2000000,
      }),
    }),
    segmentRollingPolicy: free(
      t('When the writer starts a new segment.', '기록기가 새 세그먼트를 시작하는 기준입니다.'),
      {
        maxSize: str(t('Roll after this size.', '이 크기를 넘으면 새 세그먼트로 넘어갑니다.'), {
          default: '256M',
        }),
        maxInterval: str(t('Roll after this time.', '이 시간이 지나면 새 세그먼트로 넘어갑니다.'), {
          default: '10m',
        }),
        maxBlocks: int(
          t('Roll after this many blocks.', '이 블록 수를 넘으면 새 세그먼트로 넘어갑니다.'),
          { default: 1000 },
        ),
      },
    ),
    auditor: free(t('Background segment checks.', '백그라운드 세그먼트 점검입니다.'), {
      maxInterval: str(t('Time between audits.', '점검 간격입니다.'), { default: '10s' }),
    }),
    directRead: free(newer('Reading straight from storage', '저장소에서 직접 읽기'), {
      enabled: bool(
        t(
          'Read closed segments directly from storage.',
          '닫힌 세그먼트를 저장소에서 직접 읽습니다.',
        ),
        { default: true },
      ),
      maxBatchSize: str(t('Bytes per read batch.', '읽기 배치당 바이트입니다.'), {
        default: '16M',
      }),
      maxFetchThreads: int(t('Parallel fetch threads.', '병렬 가져오기 스레드 수입니다.'), {
        default: 4,
      }),
    }),
    quorum: free(
      newer('Quorum writes to LogStore service nodes', 'LogStore 서비스 노드에 대한 쿼럼 기록'),
      {
        quorumBufferPools: free(
          t(
            'LogStore pools; the operator writes them from dependencies.woodpecker.quorumBufferPools.',
            'LogStore 풀이며, 오퍼레이터가 dependencies.woodpecker.quorumBufferPools로 씁니다.',
          ),
        ),
        quorumSelectStrategy: free(
          t('How replicas are placed across nodes.', '복제본을 노드에 배치하는 방식입니다.'),
          {
            affinityMode: enm(
              ['soft', 'hard'] as const,
              t(
                'Whether placement rules are preferences or requirements.',
                '배치 규칙을 선호로 볼지 필수로 볼지 정합니다.',
              ),
              { default: 'soft' },
            ),
            replicas: int(
              t('Copies of every entry (3 or 5).', '항목마다 둘 복제본 수(3 또는 5)입니다.'),
              { default: 3 },
            ),
            strategy: enm(
              [
                'random',
                'single-az-single-rg',
                'single-az-multi-rg',
                'multi-az-single-rg',
                'multi-az-multi-rg',
                'cross-region',
                'custom',
              ] as const,
              t(
                'Placement strategy across zones and resource groups.',
                '존과 리소스 그룹에 걸친 배치 전략입니다.',
              ),
              { default: 'random' },
            ),
            customPlacement: free(
              t('Placement for the custom strategy.', 'custom 전략용 배치 설정입니다.'),
              undefined,
              { nullable: true },
            ),
          },
        ),
      },
    ),
  },
)

const LOGSTORE = free(
  t(
    'How the log store flushes, compacts, reads and retains segments.',
    '로그 저장소가 세그먼트를 플러시·컴팩션·읽기·보관하는 방식입니다.',
  ),
  {
    segmentSyncPolicy: free(
      t('When buffered entries are flushed.', '버퍼의 항목을 플러시하는 기준입니다.'),
      {
        maxInterval: str(
          t(
            'Flush at least this often (object storage).',
            '최소 이 간격마다 플러시합니다(오브젝트 스토리지).',
          ),
          { default: '200ms' },
        ),
        maxIntervalForLocalStorage: str(
          t('Flush interval for local storage.', '로컬 스토리지의 플러시 간격입니다.'),
          { default: '10ms' },
        ),
        maxIntervalForService: str(
          newer('Flush interval in service mode', '서비스 모드의 플러시 간격'),
          { default: '10ms' },
        ),
        maxBytes: str(t('Flush once this much is buffered.', '이만큼 쌓이면 플러시합니다.'), {
          default: '256M',
        }),
        maxEntries: int(
          t('Flush once this many entries are buffered.', '이 항목 수만큼 쌓이면 플러시합니다.'),
          { default: 10000 },
        ),
        maxFlushRetries: int(
          t('Retries for a failed flush.', '실패한 플러시의 재시도 횟수입니다.'),
          { default: 5 },
        ),
        retryInterval: str(
          t('Wait between flush retries.', '플러시 재시도 사이의 대기 시간입니다.'),
          { default: '1000ms' },
        ),
        maxFlushSize: str(t('Largest single flush.', '한 번에 플러시할 최대 크기입니다.'), {
          default: '2M',
        }),
        maxFlushThreads: int(t('Parallel flush threads.', '병렬 플러시 스레드 수입니다.'), {
          default: 32,
        }),
      },
    ),
    segmentCompactionPolicy: free(
      t('How small blocks are merged.', '작은 블록을 합치는 방식입니다.'),
      {
        maxSize: str(t('Largest merged block.', '합친 블록의 최대 크기입니다.'), { default: '2M' }),
        maxParallelUploads: int(
          t('Parallel uploads while compacting.', '컴팩션 중 병렬 업로드 수입니다.'),
          { default: 4 },
        ),
        maxParallelReads: int(
          t('Parallel reads while compacting.', '컴팩션 중 병렬 읽기 수입니다.'),
          { default: 8 },
        ),
      },
    ),
    segmentReadPolicy: free(t('How segments are read back.', '세그먼트를 다시 읽는 방식입니다.'), {
      maxBatchSize: str(t('Bytes per read batch.', '읽기 배치당 바이트입니다.'), {
        default: '16M',
      }),
      maxFetchThreads: int(t('Parallel fetch threads.', '병렬 가져오기 스레드 수입니다.'), {
        default: 32,
      }),
    }),
    retentionPolicy: free(t('How long the log is kept.', '로그를 보관하는 기간입니다.'), {
      ttl: str(
        t('Keep truncated segments this long.', '잘라낸 세그먼트를 이 기간 동안 보관합니다.'),
        { default: '72h' },
      ),
    }),
    fencePolicy: free(t('How writers are fenced off.', '기록기를 차단(fence)하는 방식입니다.'), {
      conditionWrite: enm(
        ['auto', 'enable', 'disable'] as const,
        t(
          'Use conditional writes of the object storage for fencing.',
          '차단에 오브젝트 스토리지의 조건부 쓰기를 사용할지 정합니다.',
        ),
        { default: 'auto' },
      ),
    }),
  },
)

export const CONFIG_WOODPECKER = free(
  t('Woodpecker log settings (Milvus 2.6+).', 'Woodpecker 로그 설정입니다(Milvus 2.6 이상).'),
  {
    meta: free(t('Where Woodpecker keeps its metadata.', 'Woodpecker 메타데이터 위치입니다.'), {
      type: enm(
        ['etcd'] as const,
        t('Metadata store (only etcd).', '메타데이터 저장소입니다(etcd만 가능).'),
        { default: 'etcd' },
      ),
      prefix: str(
        t(
          'Key prefix in etcd; Milvus treats Woodpecker as enabled when set.',
          'etcd 키 접두사이며, 값이 있으면 Milvus는 Woodpecker를 사용 가능으로 봅니다.',
        ),
        { default: 'woodpecker' },
      ),
    }),
    client: CLIENT,
    logstore: LOGSTORE,
    storage: free(t('Where the log data goes.', '로그 데이터를 저장할 곳입니다.'), {
      type: enm(
        ['minio', 'local', 'service'] as const,
        t(
          'minio (object storage), local (a disk: standalone or a shared filesystem) or service (external LogStore, development line).',
          'minio(오브젝트 스토리지), local(디스크: standalone 또는 공유 파일시스템), service(외부 LogStore, 개발 버전)입니다.',
        ),
        { default: 'minio' },
      ),
      rootPath: str(
        t(
          'Root directory for local storage; default means under localStorage.path.',
          '로컬 저장소의 루트 경로이며, default는 localStorage.path 아래를 뜻합니다.',
        ),
        { default: 'default' },
      ),
    }),
  },
  V26,
)
