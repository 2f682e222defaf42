/**
 * Message queue part of the Helm import: the queue the chart really renders (helmStoreChoice.ts)
 * becomes spec.dependencies; queues that the release deploys without using are listed. Pure.
 */
import { addSecret, chartValues, putIn, type ImportBuild } from './importBuild'
import {
  chooseStore,
  DEPLOYING_BLOCKS,
  renderedStoreBlocks,
  type StoreChoice,
} from './helmStoreChoice'
import { enabled, isRec, note, own, read, t, text, type HelmView } from './helmView'

const D = ['dependencies'] as const
/** Keys of dependency blocks the milvus chart itself reads (the rest belongs to the dependency chart). */
const CONSUMED = ['enabled', 'name', 'nameOverride']

export function mapStore(view: HelmView, b: ImportBuild): StoreChoice {
  const choice = chooseStore(view)
  reportShadowed(view, choice)
  switch (choice.kind) {
    case 'none':
      reportNone(view)
      break
    case 'pulsar':
      if (choice.external) mapExternalPulsar(view, b)
      else mapInCluster(view, b, 'pulsar', choice.from, choice.chart)
      break
    case 'kafka':
      if (choice.external) mapExternalKafka(view, b)
      else mapInCluster(view, b, 'kafka', 'kafka')
      break
    case 'woodpecker':
      mapWoodpecker(view, b, choice)
      break
    default:
      putIn(b.spec, [...D, 'msgStreamType'], choice.kind)
  }
  if (choice.kind !== 'none' && read(view, ['cluster', 'enabled']) === false)
    mapStandalonePersistence(view, b, choice)
  return choice
}

function reportNone(view: HelmView): void {
  const queue = String(read(view, ['standalone', 'messageQueue']) ?? '')
  const standalone = read(view, ['cluster', 'enabled']) === false
  note(
    view,
    'error',
    standalone ? 'standalone.messageQueue' : '',
    standalone && (queue === 'pulsar' || queue === 'kafka')
      ? t(
          `standalone.messageQueue: ${queue} renders nothing by itself and no ${queue} block is enabled, so Milvus gets no message storage; enable ${queue === 'pulsar' ? 'pulsarv3' : 'kafka'} or pick rocksmq/woodpecker.`,
          `standalone.messageQueue: ${queue}는 그 자체로는 아무것도 렌더링하지 않고 ${queue} 블록도 켜져 있지 않아 Milvus에 메시지 저장소가 없습니다. ${queue === 'pulsar' ? 'pulsarv3' : 'kafka'}를 켜거나 rocksmq/woodpecker를 고르세요.`,
        )
      : t(
          'The values enable no message storage, so the chart renders none and Milvus cannot start; the resource leaves msgStreamType to the operator default.',
          '값에서 켠 메시지 저장소가 없어 차트가 아무것도 렌더링하지 않으므로 Milvus가 시작할 수 없습니다. 리소스는 msgStreamType을 오퍼레이터 기본값에 맡깁니다.',
        ),
  )
}

/** Rendered-but-overridden blocks, and in-cluster charts deployed for nothing. */
function reportShadowed(view: HelmView, choice: StoreChoice): void {
  for (const block of renderedStoreBlocks(view).slice(0, -1)) {
    note(
      view,
      'info',
      block.from,
      t(
        `${block.from} is enabled too, but the chart writes ${choice.from} after it and Milvus keeps the last mq setting, so the release runs on ${choice.kind}.`,
        `${block.from}도 켜져 있지만 차트가 ${choice.from}를 그 뒤에 쓰고 Milvus는 마지막 mq 설정을 따르므로 릴리스는 ${choice.kind}로 동작합니다.`,
      ),
    )
  }
  for (const block of DEPLOYING_BLOCKS) {
    if (!enabled(view, block) || block === choice.from) continue
    const byDefault = own(view, [block, 'enabled']) === undefined
    note(
      view,
      'unmapped',
      `${block}.enabled`,
      t(
        `${block} is enabled${byDefault ? ` by default in chart ${view.profile.version}` : ''}, so the release also deploys it, but Milvus does not use it; the resource does not deploy it.`,
        `${block}가 ${byDefault ? `차트 ${view.profile.version}의 기본값으로 ` : ''}켜져 있어 릴리스가 함께 배포하지만 Milvus는 쓰지 않습니다. 리소스는 배포하지 않습니다.`,
      ),
    )
  }
}

function mapInCluster(
  view: HelmView,
  b: ImportBuild,
  store: 'pulsar' | 'kafka',
  block: string,
  chart?: 'pulsar-v2' | 'pulsar-v3',
): void {
  putIn(b.spec, [...D, 'msgStreamType'], store)
  const inCluster: Record<string, unknown> = chart ? { chartVersion: chart } : {}
  const values = chartValues(own(view, [block]), CONSUMED)
  if (values) {
    inCluster.values = values
    note(
      view,
      'info',
      block,
      t(
        `The ${block} chart values are passed to the operator's in-cluster ${store} chart as inCluster.values.`,
        `${block} 차트 값은 오퍼레이터의 클러스터 내부 ${store} 차트에 inCluster.values로 전달됩니다.`,
      ),
    )
  }
  putIn(b.spec, [...D, store], { inCluster })
}

function mapExternalPulsar(view: HelmView, b: ImportBuild): void {
  const host = text(view, ['externalPulsar', 'host']) ?? 'localhost'
  const port = text(view, ['externalPulsar', 'port']) ?? '6650'
  putIn(b.spec, [...D, 'msgStreamType'], 'pulsar')
  putIn(b.spec, [...D, 'pulsar'], { external: true, endpoint: `${host}:${port}` })
  for (const key of ['tenant', 'namespace', 'maxMessageSize', 'authPlugin'] as const) {
    const v = own(view, ['externalPulsar', key])
    if (v !== undefined && v !== '') putIn(b.config, ['pulsar', key], v)
  }
  const authParams = text(view, ['externalPulsar', 'authParams'])
  if (authParams) mapPulsarAuthParams(view, b, authParams)
}

/** The environment variable Milvus reads for pulsar.authParams (paramtable's env source). */
const PULSAR_AUTH_ENV = 'PULSAR_AUTHPARAMS'

/**
 * externalPulsar.authParams. A `file:` path names where the credentials are, not the credentials,
 * and goes into spec.config as the chart writes it. Anything else holds credentials: the operator
 * has no Secret reference for Pulsar authentication in spec.dependencies.pulsar, so they go into
 * a Secret that spec.components.env hands to Milvus as PULSAR_AUTHPARAMS (valueFrom.secretKeyRef,
 * the way the config-literal-secret rule advises), never into the resource.
 */
function mapPulsarAuthParams(view: HelmView, b: ImportBuild, authParams: string): void {
  if (/^file:/.test(authParams.trim())) {
    putIn(b.config, ['pulsar', 'authParams'], authParams)
    return
  }
  const secret = addSecret(b, 'pulsar-auth', { authParams })
  const components = isRec(b.spec.components) ? b.spec.components : {}
  const env = Array.isArray(components.env) ? components.env : []
  putIn(
    b.spec,
    ['components', 'env'],
    [
      ...env,
      { name: PULSAR_AUTH_ENV, valueFrom: { secretKeyRef: { name: secret, key: 'authParams' } } },
    ],
  )
  note(
    view,
    'info',
    'externalPulsar.authParams',
    t(
      `authParams holds credentials: they are in the Secret ${secret} (key authParams), which spec.components.env passes to Milvus as ${PULSAR_AUTH_ENV}; the operator has no Secret reference for Pulsar authentication and spec.config would put them in a ConfigMap.`,
      `authParams에는 자격 증명이 들어 있어 Secret ${secret}(키 authParams)에 넣었고, spec.components.env가 이를 ${PULSAR_AUTH_ENV}로 Milvus에 전달합니다. 오퍼레이터에는 Pulsar 인증용 Secret 참조가 없으며 spec.config에 쓰면 ConfigMap에 남습니다.`,
    ),
  )
}

function mapExternalKafka(view: HelmView, b: ImportBuild): void {
  const brokers = (text(view, ['externalKafka', 'brokerList']) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const protocol = text(view, ['externalKafka', 'securityProtocol'])
  const kafka: Record<string, unknown> = { external: true, brokerList: brokers }
  // The chart's securityProtocol default (SASL_SSL) is not Milvus's, so it is always written.
  if (protocol) putIn(b.config, ['kafka', 'securityProtocol'], protocol)
  const sasl = protocol?.startsWith('SASL') === true
  const mechanism = text(view, ['externalKafka', 'sasl', 'mechanisms'])
  if (sasl && mechanism) putIn(b.config, ['kafka', 'saslMechanisms'], mechanism)
  const username = text(view, ['externalKafka', 'sasl', 'username'])
  const password = text(view, ['externalKafka', 'sasl', 'password'])
  if (username && password) kafka.secretRef = addSecret(b, 'kafka-sasl', { username, password })
  else if (sasl)
    note(
      view,
      'unmapped',
      'externalKafka.sasl',
      t(
        `securityProtocol is ${protocol ?? ''} but the values give no SASL username and password; create a Secret with keys username and password and set spec.dependencies.kafka.secretRef.`,
        `securityProtocol이 ${protocol ?? ''}이지만 SASL 사용자 이름과 비밀번호가 없습니다. username과 password 키를 가진 Secret을 만들고 spec.dependencies.kafka.secretRef를 지정하세요.`,
      ),
    )
  putIn(b.spec, [...D, 'msgStreamType'], 'kafka')
  putIn(b.spec, [...D, 'kafka'], kafka)
}

function mapWoodpecker(view: HelmView, b: ImportBuild, choice: StoreChoice): void {
  putIn(b.spec, [...D, 'msgStreamType'], 'woodpecker')
  const storageType = own(view, ['streaming', 'woodpecker', 'storage', 'type'])
  if (typeof storageType === 'string')
    putIn(b.config, ['woodpecker', 'storage', 'type'], storageType)
  if (choice.external)
    note(
      view,
      'unmapped',
      'streaming.woodpecker.embedded',
      t(
        'The chart deploys its own Woodpecker LogStore (embedded: false); the operator does not deploy one, so the resource uses embedded Woodpecker. To keep a LogStore, deploy it and set woodpecker.external with quorumBufferPools.',
        '차트는 자체 Woodpecker LogStore를 배포하지만(embedded: false) 오퍼레이터는 배포하지 않으므로 리소스는 내장 Woodpecker를 씁니다. LogStore를 유지하려면 직접 배포하고 woodpecker.external과 quorumBufferPools를 지정하세요.',
      ),
    )
}

/** standalone.persistence is the volume of rocksmq/natsmq/woodpecker data (enabled by default). */
function mapStandalonePersistence(view: HelmView, b: ImportBuild, choice: StoreChoice): void {
  if (choice.kind !== 'rocksmq' && choice.kind !== 'natsmq' && choice.kind !== 'woodpecker') return
  const base = ['standalone', 'persistence']
  const on = read(view, [...base, 'enabled']) === true
  const pvc = [...base, 'persistentVolumeClaim']
  const spec: Record<string, unknown> = {}
  const mode = text(view, [...pvc, 'accessModes'])
  if (mode) spec.accessModes = [mode]
  const size = text(view, [...pvc, 'size'])
  if (size) spec.resources = { requests: { storage: size } }
  const storageClass = text(view, [...pvc, 'storageClass'])
  if (storageClass) spec.storageClassName = storageClass === '-' ? '' : storageClass
  const claim: Record<string, unknown> = { spec }
  const existing = text(view, [...pvc, 'existingClaim'])
  if (existing) claim.existingClaim = existing
  putIn(
    b.spec,
    [...D, choice.kind, 'persistence'],
    on ? { enabled: true, persistentVolumeClaim: claim } : { enabled: false },
  )
}
