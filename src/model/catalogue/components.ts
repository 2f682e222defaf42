/**
 * Catalogue entries for `spec.components`: global pod settings, rollout switches and the
 * per-component objects (Component, ServiceComponent, deployment groups).
 */
import { IMAGE_UPDATE_MODES, SERVICE_TYPES, type ComponentName, type LocalizedText } from '../types'
import { DEFAULT_MILVUS_IMAGE } from '../version'
import { COMPONENT_SPEC_FIELDS, ENV, TOLERATIONS, TOPOLOGY_SPREAD } from './kube'
import {
  arr,
  bool,
  enm,
  free,
  int,
  obj,
  opaque,
  str,
  stringMap,
  t,
  type Fields,
  type ObjectDef,
} from './dsl'

const REPLICAS = int(
  t(
    'Pod count; -1 leaves it to a HorizontalPodAutoscaler.',
    '파드 수이며, -1이면 HorizontalPodAutoscaler에 맡깁니다.',
  ),
  { min: -1, default: 1 },
)

const COMPONENT_FIELDS = {
  ...COMPONENT_SPEC_FIELDS,
  replicas: REPLICAS,
  sidecars: arr(
    free(t('One sidecar container.', '사이드카 컨테이너 하나입니다.')),
    t(
      'Extra containers next to Milvus (free-form).',
      'Milvus 옆에서 실행할 추가 컨테이너입니다(자유 형식).',
    ),
  ),
  initContainers: arr(
    free(t('One init container.', '초기화 컨테이너 하나입니다.')),
    t(
      'Containers that run before Milvus starts (free-form).',
      'Milvus 시작 전에 실행할 컨테이너입니다(자유 형식).',
    ),
  ),
} as const

const SERVICE_FIELDS = {
  serviceType: enm(
    SERVICE_TYPES,
    t('How the Milvus service is exposed.', 'Milvus 서비스를 노출하는 방식입니다.'),
    { default: 'ClusterIP' },
  ),
  port: int(
    t(
      'Service port for the Milvus gRPC API; 0 or unset means 19530.',
      'Milvus gRPC API의 서비스 포트이며, 0이거나 비우면 19530입니다.',
    ),
    { min: 0, max: 65535, default: 19530 },
  ),
  serviceRestfulPort: int(
    t('Service port for the RESTful API.', 'RESTful API의 서비스 포트입니다.'),
  ),
  serviceLabels: stringMap(t('Extra labels on the Service.', 'Service에 붙일 추가 레이블입니다.')),
  serviceAnnotations: stringMap(
    t(
      'Extra annotations on the Service (e.g. for a cloud load balancer).',
      'Service에 붙일 추가 어노테이션입니다(클라우드 로드밸런서 설정 등).',
    ),
  ),
  ingress: opaque(t('An Ingress in front of the service.', '서비스 앞에 둘 Ingress입니다.')),
} as const

const GROUP = obj(
  {
    name: str(
      t(
        'Group name (DNS-1123 label); it becomes part of the Deployment name.',
        '그룹 이름(DNS-1123 레이블)이며 Deployment 이름의 일부가 됩니다.',
      ),
    ),
    replicas: int(
      t(
        'Pods in this group; -1 leaves it to an autoscaler.',
        '이 그룹의 파드 수이며, -1이면 오토스케일러에 맡깁니다.',
      ),
      { min: -1 },
    ),
    labels: stringMap(
      t("Extra labels for this group's pods.", '이 그룹 파드에 붙일 추가 레이블입니다.'),
    ),
    annotations: stringMap(
      t("Extra annotations for this group's pods.", '이 그룹 파드에 붙일 추가 어노테이션입니다.'),
    ),
    extraEnv: ENV,
    nodeSelector: stringMap(
      t('Node labels for this group.', '이 그룹이 실행될 노드 레이블 조건입니다.'),
    ),
    affinity: opaque(t('Affinity for this group.', '이 그룹의 어피니티입니다.')),
    tolerations: TOLERATIONS,
    topologySpreadConstraints: TOPOLOGY_SPREAD,
  },
  t(
    'A deployment group: one more Deployment of this component with its own settings.',
    '배포 그룹: 자체 설정을 가진 이 컴포넌트의 추가 Deployment입니다.',
  ),
  { required: ['name', 'replicas'] },
)

const GROUPS = arr(
  GROUP,
  t(
    'Deployment groups that split this component across several Deployments.',
    '이 컴포넌트를 여러 Deployment로 나누는 배포 그룹입니다.',
  ),
)

interface ComponentInfo {
  readonly text: LocalizedText
  readonly service?: boolean
  readonly since?: string
  readonly until?: string
}

const COMPONENT_INFO: Record<ComponentName, ComponentInfo> = {
  standalone: {
    text: t(
      'The single Milvus pod of standalone mode.',
      '스탠드얼론 모드의 단일 Milvus 파드입니다.',
    ),
    service: true,
  },
  proxy: {
    text: t(
      'Proxy: the client entry point of a cluster.',
      'Proxy: 클러스터의 클라이언트 진입점입니다.',
    ),
    service: true,
  },
  mixCoord: {
    text: t(
      'Mixed coordinator: all coordinators in one process.',
      '통합 코디네이터: 모든 코디네이터를 한 프로세스에서 실행합니다.',
    ),
  },
  rootCoord: {
    text: t(
      'Root coordinator (separate-coordinator layout, before 2.6).',
      '루트 코디네이터(2.6 이전의 개별 코디네이터 구성)입니다.',
    ),
  },
  dataCoord: {
    text: t(
      'Data coordinator (separate-coordinator layout, before 2.6).',
      '데이터 코디네이터(2.6 이전의 개별 코디네이터 구성)입니다.',
    ),
  },
  queryCoord: {
    text: t(
      'Query coordinator (separate-coordinator layout, before 2.6).',
      '쿼리 코디네이터(2.6 이전의 개별 코디네이터 구성)입니다.',
    ),
  },
  indexCoord: {
    text: t(
      'Index coordinator (separate-coordinator layout, before 2.6).',
      '인덱스 코디네이터(2.6 이전의 개별 코디네이터 구성)입니다.',
    ),
  },
  dataNode: {
    text: t(
      'Data nodes: flush and compact segments.',
      '데이터 노드: 세그먼트를 플러시하고 컴팩션합니다.',
    ),
  },
  queryNode: {
    text: t(
      'Query nodes: load segments and serve searches.',
      '쿼리 노드: 세그먼트를 적재하고 검색을 처리합니다.',
    ),
  },
  indexNode: {
    text: t(
      'Index nodes: build indexes (Milvus before 2.6).',
      '인덱스 노드: 인덱스를 만듭니다(Milvus 2.6 이전).',
    ),
    until: '2.6.0',
  },
  streamingNode: {
    text: t(
      'Streaming nodes: own the write-ahead log (Milvus 2.6+).',
      '스트리밍 노드: WAL(선행 기록 로그)을 담당합니다(Milvus 2.6 이상).',
    ),
    since: '2.6.0',
  },
  cdc: {
    text: t(
      'Change data capture to another Milvus.',
      '다른 Milvus로 변경 데이터를 복제하는 CDC입니다.',
    ),
  },
}

function comp<const F extends Fields>(fields: F, info: ComponentInfo): ObjectDef<F> {
  return obj(fields, info.text, {
    ...(info.since ? { since: { milvus: info.since } } : {}),
    ...(info.until ? { until: { milvus: info.until } } : {}),
  })
}

const SERVICE_COMPONENT_FIELDS = { ...COMPONENT_FIELDS, ...SERVICE_FIELDS } as const
const GROUPED_FIELDS = { ...COMPONENT_FIELDS, groups: GROUPS } as const
const I = COMPONENT_INFO

/** Per-component objects: a Component, a ServiceComponent (standalone, proxy), groups where allowed. */
export const PER_COMPONENT = {
  standalone: comp(SERVICE_COMPONENT_FIELDS, I.standalone),
  proxy: comp({ ...SERVICE_COMPONENT_FIELDS, groups: GROUPS }, I.proxy),
  mixCoord: comp(COMPONENT_FIELDS, I.mixCoord),
  rootCoord: comp(COMPONENT_FIELDS, I.rootCoord),
  dataCoord: comp(COMPONENT_FIELDS, I.dataCoord),
  queryCoord: comp(COMPONENT_FIELDS, I.queryCoord),
  indexCoord: comp(COMPONENT_FIELDS, I.indexCoord),
  dataNode: comp(GROUPED_FIELDS, I.dataNode),
  queryNode: comp(GROUPED_FIELDS, I.queryNode),
  indexNode: comp(COMPONENT_FIELDS, I.indexNode),
  streamingNode: comp(GROUPED_FIELDS, I.streamingNode),
  cdc: comp(COMPONENT_FIELDS, I.cdc),
} as const satisfies Record<ComponentName, ObjectDef>

export const COMPONENTS = obj(
  {
    ...COMPONENT_SPEC_FIELDS,
    image: str(
      t(
        'Milvus image for every component; its tag also tells the operator the Milvus version.',
        '모든 컴포넌트에 쓸 Milvus 이미지이며, 태그로 오퍼레이터가 Milvus 버전을 판단합니다.',
      ),
      { default: DEFAULT_MILVUS_IMAGE },
    ),
    version: str(
      t(
        'Milvus version; when set it wins over the image tag for version decisions.',
        'Milvus 버전이며, 지정하면 버전 판단에서 이미지 태그보다 우선합니다.',
      ),
    ),
    enableRollingUpdate: bool(
      t(
        'Replace pods one by one on upgrades; forced off for RocksMQ/NATS standalone.',
        '업그레이드 때 파드를 하나씩 교체합니다. RocksMQ/NATS standalone에서는 강제로 꺼집니다.',
      ),
      { default: true },
    ),
    rollingMode: int(
      t(
        'Rolling update strategy: 2 or 3 (0 means unset).',
        '롤링 업데이트 방식으로 2 또는 3입니다(0은 미지정).',
      ),
      { default: 2 },
    ),
    imageUpdateMode: enm(
      IMAGE_UPDATE_MODES,
      t(
        'Order in which components get a new image.',
        '컴포넌트에 새 이미지를 적용하는 순서입니다.',
      ),
      { default: 'rollingUpgrade' },
    ),
    updateConfigMapOnly: bool(
      t(
        'On config changes, update the ConfigMap without restarting pods.',
        '설정이 바뀌면 파드를 재시작하지 않고 ConfigMap만 갱신합니다.',
      ),
      { default: true, nullable: true },
    ),
    streamingMode: bool(
      t(
        'Run the streaming-node architecture; set by the operator for cluster mode.',
        '스트리밍 노드 구조로 실행합니다. 클러스터 모드에서는 오퍼레이터가 설정합니다.',
      ),
      { nullable: true },
    ),
    targetPortType: enm(
      ['string', 'integer'] as const,
      t(
        'Whether Service target ports are names or numbers.',
        'Service 대상 포트를 이름으로 쓸지 숫자로 쓸지 정합니다.',
      ),
      { default: 'string' },
    ),
    disableMetric: bool(
      t('Do not create the metrics ServiceMonitor.', '메트릭용 ServiceMonitor를 만들지 않습니다.'),
      { default: false },
    ),
    metricInterval: str(
      t('Scrape interval for metrics (e.g. 30s).', '메트릭 수집 간격입니다(예: 30s).'),
    ),
    metricLabels: stringMap(
      t(
        'Extra labels on the metrics ServiceMonitor.',
        '메트릭 ServiceMonitor에 붙일 추가 레이블입니다.',
      ),
    ),
    toolImage: str(
      t(
        "Image of the operator's config-merge helper.",
        '오퍼레이터 설정 병합 도구의 이미지입니다.',
      ),
    ),
    dummyImage: str(
      t(
        'Placeholder image used during some rollouts.',
        '일부 롤아웃 중에 쓰는 자리표시 이미지입니다.',
      ),
    ),
    updateToolImage: bool(
      t(
        'Upgrade the helper image together with the operator.',
        '오퍼레이터와 함께 도구 이미지도 업그레이드합니다.',
      ),
    ),
    enableManualMode: bool(
      t('Let you drive rollouts by hand (advanced).', '롤아웃을 직접 제어합니다(고급).'),
    ),
    activeConfigMap: str(
      t(
        'Name of the ConfigMap the pods read (advanced).',
        '파드가 읽을 ConfigMap 이름입니다(고급).',
      ),
    ),
    runAsNonRoot: bool(
      t(
        'Run Milvus containers as a non-root user.',
        'Milvus 컨테이너를 root가 아닌 사용자로 실행합니다.',
      ),
    ),
    ...PER_COMPONENT,
  },
  t(
    'Images, replicas and pod settings of the Milvus components.',
    'Milvus 컴포넌트의 이미지, 복제본, 파드 설정입니다.',
  ),
)
