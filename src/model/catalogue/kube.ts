/**
 * Catalogue entries for the Kubernetes building blocks the Milvus CRD embeds (pod settings shared
 * by every component). Descriptions are one line, in the studio's own words.
 */
import { arr, bool, free, int, map, obj, opaque, qty, str, stringMap, t } from './dsl'

export const RESOURCES = obj(
  {
    limits: map(
      qty(t('An upper bound for one resource.', '리소스 하나의 상한입니다.')),
      t(
        'Most a container may use, per resource (cpu, memory, ...).',
        '컨테이너가 쓸 수 있는 리소스별 최대량(cpu, memory 등)입니다.',
      ),
    ),
    requests: map(
      qty(t('A reserved amount of one resource.', '리소스 하나의 예약량입니다.')),
      t(
        'What the scheduler reserves for a container, per resource.',
        '스케줄러가 컨테이너에 예약해 두는 리소스별 양입니다.',
      ),
    ),
    claims: arr(
      opaque(t('A dynamic resource claim.', '동적 리소스 클레임입니다.')),
      t(
        'Dynamic resource claims the container uses (rarely needed).',
        '컨테이너가 쓰는 동적 리소스 클레임입니다(거의 쓰지 않음).',
      ),
    ),
  },
  t('CPU and memory requests and limits for the pods.', '파드의 CPU·메모리 요청량과 제한입니다.'),
)

const ENV_VAR = obj(
  {
    name: str(t('Variable name.', '변수 이름입니다.')),
    value: str(t('Literal value.', '직접 지정한 값입니다.')),
    valueFrom: opaque(
      t(
        'Take the value from a Secret, ConfigMap or field instead.',
        '값을 Secret, ConfigMap 또는 필드에서 가져옵니다.',
      ),
    ),
  },
  t('One environment variable.', '환경 변수 하나입니다.'),
  { required: ['name'] },
)

export const ENV = arr(
  ENV_VAR,
  t(
    'Extra environment variables for the Milvus container.',
    'Milvus 컨테이너에 추가할 환경 변수입니다.',
  ),
)

export const TOLERATIONS = arr(
  obj(
    {
      key: str(t('Taint key to tolerate.', '허용할 테인트 키입니다.')),
      operator: str(t('Exists or Equal.', 'Exists 또는 Equal입니다.')),
      value: str(t('Taint value to match.', '일치시킬 테인트 값입니다.')),
      effect: str(
        t(
          'Taint effect to match (NoSchedule, NoExecute, ...).',
          '일치시킬 테인트 효과(NoSchedule, NoExecute 등)입니다.',
        ),
      ),
      tolerationSeconds: int(
        t('How long a NoExecute taint is tolerated.', 'NoExecute 테인트를 견디는 시간(초)입니다.'),
      ),
    },
    t('One toleration.', '톨러레이션 하나입니다.'),
  ),
  t('Taints the pods may be scheduled onto.', '파드가 배치될 수 있도록 허용할 테인트 목록입니다.'),
)

export const TOPOLOGY_SPREAD = arr(
  opaque(t('One spread constraint.', '분산 제약 하나입니다.')),
  t('How pods spread across zones or nodes.', '파드를 존이나 노드에 어떻게 분산할지 정합니다.'),
)

const VOLUME_MOUNT = obj(
  {
    name: str(t('Name of the volume to mount.', '마운트할 볼륨 이름입니다.')),
    mountPath: str(t('Path inside the container.', '컨테이너 안의 경로입니다.')),
    subPath: str(t('Sub-path of the volume to mount.', '마운트할 볼륨의 하위 경로입니다.')),
    subPathExpr: str(
      t('Sub-path built from environment variables.', '환경 변수로 만드는 하위 경로입니다.'),
    ),
    readOnly: bool(t('Mount read-only.', '읽기 전용으로 마운트합니다.')),
    mountPropagation: str(
      t(
        'How mounts propagate between host and container.',
        '호스트와 컨테이너 사이의 마운트 전파 방식입니다.',
      ),
    ),
    recursiveReadOnly: str(
      t(
        'Whether read-only applies to sub-mounts.',
        '읽기 전용을 하위 마운트에도 적용할지 정합니다.',
      ),
    ),
  },
  t('One volume mount.', '볼륨 마운트 하나입니다.'),
  { required: ['mountPath', 'name'] },
)

/** Pod settings every component (and the global `components` block) accepts: ComponentSpec. */
export const COMPONENT_SPEC_FIELDS = {
  image: str(t('Container image for these pods.', '이 파드에 쓸 컨테이너 이미지입니다.')),
  version: str(
    t(
      'Milvus version of the image, when the tag does not say it.',
      '이미지 태그로 알 수 없을 때 지정하는 Milvus 버전입니다.',
    ),
  ),
  imagePullPolicy: str(
    t(
      'When the kubelet pulls the image (Always, IfNotPresent, Never).',
      '이미지를 언제 받을지 정합니다(Always, IfNotPresent, Never).',
    ),
  ),
  imagePullSecrets: arr(
    obj(
      { name: str(t('Secret name.', 'Secret 이름입니다.')) },
      t('A registry Secret.', '레지스트리 Secret입니다.'),
    ),
    t(
      'Secrets used to pull from a private registry.',
      '비공개 레지스트리에서 이미지를 받을 때 쓸 Secret입니다.',
    ),
  ),
  resources: RESOURCES,
  env: ENV,
  nodeSelector: stringMap(
    t('Node labels the pods must run on.', '파드가 실행될 노드의 레이블 조건입니다.'),
  ),
  affinity: opaque(t('Node and pod affinity rules.', '노드·파드 어피니티 규칙입니다.')),
  tolerations: TOLERATIONS,
  topologySpreadConstraints: TOPOLOGY_SPREAD,
  volumes: arr(
    free(t('One pod volume.', '파드 볼륨 하나입니다.')),
    t(
      'Extra pod volumes (free-form Kubernetes volumes).',
      '추가 파드 볼륨입니다(자유 형식 Kubernetes 볼륨).',
    ),
  ),
  volumeMounts: arr(
    VOLUME_MOUNT,
    t(
      'Where extra volumes are mounted in the Milvus container.',
      'Milvus 컨테이너에 추가 볼륨을 마운트할 위치입니다.',
    ),
  ),
  serviceAccountName: str(
    t('Service account the pods run as.', '파드가 사용할 서비스 어카운트입니다.'),
  ),
  priorityClassName: str(t('Pod priority class.', '파드 우선순위 클래스입니다.')),
  schedulerName: str(t('Scheduler that places the pods.', '파드를 배치할 스케줄러입니다.')),
  hostNetwork: bool(
    t('Use the node network namespace.', '노드의 네트워크 네임스페이스를 사용합니다.'),
  ),
  dnsPolicy: str(t('Pod DNS policy.', '파드 DNS 정책입니다.')),
  podLabels: stringMap(t('Extra labels on the pods.', '파드에 붙일 추가 레이블입니다.')),
  podAnnotations: stringMap(
    t('Extra annotations on the pods.', '파드에 붙일 추가 어노테이션입니다.'),
  ),
  paused: bool(
    t('Stop reconciling these pods (for maintenance).', '이 파드의 조정을 멈춥니다(유지보수용).'),
  ),
  commands: arr(
    str(t('One argument.', '인자 하나입니다.')),
    t('Replace the container command.', '컨테이너 실행 명령을 바꿉니다.'),
  ),
  runWithSubProcess: bool(
    t(
      'Run Milvus as a child process of a small supervisor.',
      'Milvus를 작은 감독 프로세스의 자식으로 실행합니다.',
    ),
  ),
  probes: free(
    t(
      'Liveness, readiness and startup probe overrides (free-form).',
      'liveness·readiness·startup 프로브 재정의입니다(자유 형식).',
    ),
    undefined,
    { nullable: true },
  ),
  securityContext: free(
    t('Pod security context (free-form).', '파드 보안 컨텍스트입니다(자유 형식).'),
    undefined,
    { nullable: true },
  ),
} as const

export const OBJECT_META = obj(
  {
    name: str(
      t(
        'Name of the Milvus resource; also prefixes every object the operator creates.',
        'Milvus 리소스 이름이며, 오퍼레이터가 만드는 모든 객체 이름의 앞부분이 됩니다.',
      ),
    ),
    namespace: str(t('Namespace of the resource.', '리소스의 네임스페이스입니다.'), {
      default: 'default',
    }),
    labels: stringMap(t('Labels on the resource.', '리소스에 붙일 레이블입니다.')),
    annotations: stringMap(t('Annotations on the resource.', '리소스에 붙일 어노테이션입니다.')),
    generateName: str(t('Prefix for a generated name.', '이름을 자동 생성할 때 쓸 접두사입니다.')),
    uid: str(t('Set by Kubernetes.', 'Kubernetes가 설정합니다.')),
    resourceVersion: str(t('Set by Kubernetes.', 'Kubernetes가 설정합니다.')),
    generation: int(t('Set by Kubernetes.', 'Kubernetes가 설정합니다.')),
    creationTimestamp: str(t('Set by Kubernetes.', 'Kubernetes가 설정합니다.'), { nullable: true }),
    deletionTimestamp: str(t('Set by Kubernetes.', 'Kubernetes가 설정합니다.')),
    deletionGracePeriodSeconds: int(t('Set by Kubernetes.', 'Kubernetes가 설정합니다.')),
    finalizers: arr(
      str(t('A finalizer.', '파이널라이저입니다.')),
      t('Finalizers that delay deletion.', '삭제를 늦추는 파이널라이저 목록입니다.'),
    ),
    ownerReferences: arr(
      opaque(t('An owner.', '소유자입니다.')),
      t('Objects that own this one.', '이 객체를 소유한 객체 목록입니다.'),
    ),
    managedFields: arr(
      opaque(t('A field manager entry.', '필드 관리자 항목입니다.')),
      t('Server-side apply bookkeeping.', '서버 사이드 적용(SSA) 관리 정보입니다.'),
    ),
  },
  t(
    'Name, namespace, labels and annotations of the resource.',
    '리소스의 이름, 네임스페이스, 레이블, 어노테이션입니다.',
  ),
)
