/**
 * Message-store part of the Helm export: exactly one store enabled, all others explicitly off
 * (the chart turns pulsarv3 on by default), plus built-in store persistence. Pure.
 */
import {
  HELM_STORE_FLAGS,
  effectiveMode,
  effectiveMsgStreamType,
  type MilvusResource,
  type Persistence,
} from '../model'
import {
  NO_LIFECYCLE,
  fromSecret,
  isRec,
  passthrough,
  put,
  splitHostPort,
  t,
  unmapped,
  type HelmBuild,
  type Rec,
} from './helmBuild'

const D = ['spec', 'dependencies'] as const

export function mapStore(b: HelmBuild, r: MilvusResource): void {
  for (const flag of HELM_STORE_FLAGS) put(b, [flag, 'enabled'], false)
  const store = effectiveMsgStreamType(r)
  const standalone = effectiveMode(r) === 'standalone'
  if (standalone && store !== 'custom') put(b, ['standalone', 'messageQueue'], store)
  if (standalone && store !== 'rocksmq' && store !== 'natsmq' && store !== 'woodpecker') {
    put(b, ['standalone', 'persistence', 'enabled'], false) // the operator mounts an emptyDir here
  }
  switch (store) {
    case 'rocksmq':
    case 'natsmq':
      if (standalone) mapPersistence(b, r.spec.dependencies?.[store]?.persistence, store)
      else
        unmapped(
          b,
          [...D, 'msgStreamType'],
          t(
            `${store} is embedded and only runs in standalone mode; the chart has no cluster form of it.`,
            `${store}는 내장형이라 스탠드얼론에서만 동작하며 차트에도 클러스터 형태가 없습니다.`,
          ),
        )
      return
    case 'woodpecker':
      return mapWoodpecker(b, r, standalone)
    case 'pulsar':
      return mapPulsar(b, r)
    case 'kafka':
      return mapKafka(b, r)
    case 'custom':
      unmapped(
        b,
        [...D, 'msgStreamType'],
        t(
          "A custom message storage has no chart switch; its mq settings travel in extraConfigFiles user.yaml, which overrides the chart's own choice.",
          'custom 메시지 저장소는 차트 스위치가 없습니다. mq 설정은 extraConfigFiles의 user.yaml로 전달되며 차트 자체 선택보다 우선합니다.',
        ),
      )
      return
  }
}

function mapWoodpecker(b: HelmBuild, r: MilvusResource, standalone: boolean): void {
  const wp = r.spec.dependencies?.woodpecker
  const external = wp?.external === true
  if (standalone) {
    mapPersistence(b, wp?.persistence, 'woodpecker')
    if (external)
      unmapped(
        b,
        [...D, 'woodpecker', 'external'],
        t(
          'The chart runs a standalone Milvus with embedded Woodpecker only; an external LogStore is mapped for cluster mode.',
          '차트는 스탠드얼론 Milvus에 내장 Woodpecker만 지원하며 외부 LogStore는 클러스터 모드에서만 매핑됩니다.',
        ),
      )
    return
  }
  put(b, ['woodpecker', 'enabled'], true)
  put(b, ['streaming', 'woodpecker', 'embedded'], !external)
  if (external && wp?.quorumBufferPools !== undefined)
    unmapped(
      b,
      [...D, 'woodpecker', 'quorumBufferPools'],
      t(
        'The chart deploys its own Woodpecker LogStore with one pool named default; your pools are not carried over.',
        '차트는 default라는 풀 하나로 자체 Woodpecker LogStore를 배포하므로 지정한 풀은 옮겨지지 않습니다.',
      ),
    )
  if (wp?.persistence !== undefined)
    unmapped(
      b,
      [...D, 'woodpecker', 'persistence'],
      t(
        'In cluster mode the chart keeps no shared Milvus data volume for Woodpecker.',
        '클러스터 모드에서 차트는 Woodpecker용 공유 Milvus 데이터 볼륨을 두지 않습니다.',
      ),
    )
}

function mapPulsar(b: HelmBuild, r: MilvusResource): void {
  const p = r.spec.dependencies?.pulsar
  if (p?.external === true) {
    const { host, port } = splitHostPort(typeof p.endpoint === 'string' ? p.endpoint : '', 6650)
    put(b, ['externalPulsar', 'enabled'], true)
    put(b, ['externalPulsar', 'host'], host)
    put(b, ['externalPulsar', 'port'], port)
    return
  }
  const key = p?.inCluster?.chartVersion === 'pulsar-v2' ? 'pulsar' : 'pulsarv3'
  put(b, [key, 'enabled'], true)
  passthrough(b, [key], p?.inCluster?.values)
  lifecycle(b, 'pulsar', p?.inCluster)
}

function mapKafka(b: HelmBuild, r: MilvusResource): void {
  const k = r.spec.dependencies?.kafka
  if (k?.external !== true) {
    put(b, ['kafka', 'enabled'], true)
    passthrough(b, ['kafka'], k?.inCluster?.values)
    lifecycle(b, 'kafka', k?.inCluster)
    return
  }
  const cfg: Rec = isRec(r.spec.config?.kafka) ? r.spec.config.kafka : {}
  const str = (v: unknown, d: string): string => (typeof v === 'string' && v !== '' ? v : d)
  put(b, ['externalKafka', 'enabled'], true)
  put(
    b,
    ['externalKafka', 'brokerList'],
    (Array.isArray(k.brokerList) ? k.brokerList : []).join(','),
  )
  // The chart defaults to SASL_SSL; Milvus under the operator defaults to no security, so say it.
  put(b, ['externalKafka', 'securityProtocol'], str(cfg.securityProtocol, 'PLAINTEXT'))
  put(b, ['externalKafka', 'sasl', 'mechanisms'], str(cfg.saslMechanisms, 'PLAIN'))
  if (typeof cfg.saslUsername === 'string')
    put(b, ['externalKafka', 'sasl', 'username'], cfg.saslUsername)
  if (typeof cfg.saslPassword === 'string')
    put(b, ['externalKafka', 'sasl', 'password'], cfg.saslPassword)
  if (typeof k.secretRef === 'string' && k.secretRef !== '')
    unmapped(
      b,
      [...D, 'kafka', 'secretRef'],
      t(
        `The chart cannot read SASL credentials from a Secret; set externalKafka.sasl.username/password from Secret "${k.secretRef}" at install time.`,
        `차트는 Secret에서 SASL 자격 증명을 읽지 못합니다. 설치할 때 Secret "${k.secretRef}"의 값으로 externalKafka.sasl.username/password를 지정하세요.`,
      ),
      fromSecret(k.secretRef, {
        'externalKafka.sasl.username': 'username',
        'externalKafka.sasl.password': 'password',
      }),
    )
}

function lifecycle(
  b: HelmBuild,
  dep: string,
  inCluster: { deletionPolicy?: string; pvcDeletion?: boolean } | undefined,
): void {
  if (inCluster?.deletionPolicy !== undefined)
    unmapped(b, [...D, dep, 'inCluster', 'deletionPolicy'], NO_LIFECYCLE)
  if (inCluster?.pvcDeletion !== undefined)
    unmapped(b, [...D, dep, 'inCluster', 'pvcDeletion'], NO_LIFECYCLE)
}

function mapPersistence(b: HelmBuild, p: Persistence | undefined, store: string): void {
  const base = ['standalone', 'persistence']
  put(b, [...base, 'enabled'], p?.enabled === true)
  const from = [...D, store, 'persistence']
  const pvc = p?.persistentVolumeClaim
  if (typeof pvc?.existingClaim === 'string' && pvc.existingClaim !== '')
    put(b, [...base, 'persistentVolumeClaim', 'existingClaim'], pvc.existingClaim)
  const spec: Rec = isRec(pvc?.spec) ? pvc.spec : {}
  for (const [key, value] of Object.entries(spec)) {
    const size = isRec(value) && isRec(value.requests) ? value.requests.storage : undefined
    if (key === 'storageClassName')
      put(b, [...base, 'persistentVolumeClaim', 'storageClass'], value)
    else if (key === 'accessModes' && Array.isArray(value))
      put(b, [...base, 'persistentVolumeClaim', 'accessModes'], value[0])
    else if (key === 'resources' && size !== undefined)
      put(b, [...base, 'persistentVolumeClaim', 'size'], size)
    else
      unmapped(
        b,
        [...from, 'persistentVolumeClaim', 'spec', key],
        t(
          'The chart sets only the storage class, access mode and size of the claim.',
          '차트는 PVC의 스토리지 클래스, 접근 모드, 크기만 설정합니다.',
        ),
      )
  }
  if (p?.pvcDeletion === true)
    unmapped(
      b,
      [...from, 'pvcDeletion'],
      t(
        'The chart keeps the data volume when the release is removed (resource-policy keep).',
        '차트는 릴리스를 지워도 데이터 볼륨을 남깁니다(resource-policy keep).',
      ),
    )
  for (const key of ['labels', 'annotations'] as const) {
    if (pvc?.[key] !== undefined)
      unmapped(
        b,
        [...from, 'persistentVolumeClaim', key],
        t(
          'The chart has no labels or annotations for the claim itself.',
          '차트에는 PVC 자체의 레이블이나 어노테이션 설정이 없습니다.',
        ),
      )
  }
}
