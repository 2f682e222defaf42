/**
 * milvus-backup for a config: the `configs/backup.yaml` it needs (this instance's Milvus service,
 * etcd, object storage type, endpoint, port, TLS, bucket and root path, keys read from the Secret
 * at run time) and the backup-and-restore runbook into a new instance. Key names are those of the
 * released milvus-backup v0.5.16: https://github.com/zilliztech/milvus-backup/blob/v0.5.16/configs/backup.yaml
 * and the keys it reads in internal/cfg/cfg.go (newMilvusConfig, newMinioConfig, newBackupConfig).
 * Later development builds ship a `configVersion: v2` layout and still read this one. Pure.
 */
import { t } from '../model'
import { stringify } from 'yaml'
import type { MilvusResource } from '../model'
import { effectiveObjectStorage } from './effectiveStorage'
import { isRec } from './helmBuild'
import { runbookNamespace } from './kubectlRunbook'
import { shellQuote as q } from './shell'
import type { MigrationStep } from './types'

export interface InstanceFacts {
  readonly name: string
  readonly namespace: string
  readonly host: string
  readonly port: number
  readonly useSSL: boolean
  readonly bucket: string
  readonly rootPath: string
  readonly secret: string
  readonly etcd: string
  readonly etcdRoot: string
  /** milvus-backup's `minio.storageType`: Milvus's `minio.cloudProvider`, `azure`, or `minio`. */
  readonly storageType: string
}

function configString(r: MilvusResource, section: string, key: string): string | undefined {
  const block = r.spec.config?.[section]
  const v = isRec(block) ? block[key] : undefined
  return typeof v === 'string' && v !== '' ? v : undefined
}

/** Where an instance keeps its data, as the operator sets it up (defaults: bucket and etcd root = name). */
export function instanceFacts(
  r: MilvusResource,
  name = r.metadata.name ?? 'my-release',
): InstanceFacts {
  const namespace = runbookNamespace(r)
  const storage = effectiveObjectStorage(r)
  const external = r.spec.dependencies?.storage?.external === true
  const secretRef = r.spec.dependencies?.storage?.secretRef
  const endpoints = r.spec.dependencies?.etcd?.endpoints
  const etcd =
    r.spec.dependencies?.etcd?.external === true &&
    Array.isArray(endpoints) &&
    typeof endpoints[0] === 'string'
      ? endpoints[0]
      : `${name}-etcd.${namespace}:2379`
  return {
    name,
    namespace,
    host: external ? storage.host : `${name}-minio.${namespace}`,
    port: storage.port,
    useSSL: storage.useSSL,
    bucket: configString(r, 'minio', 'bucketName') ?? name,
    rootPath: configString(r, 'minio', 'rootPath') ?? 'files',
    secret:
      external && typeof secretRef === 'string' && secretRef !== '' ? secretRef : `${name}-minio`,
    etcd,
    etcdRoot: configString(r, 'etcd', 'rootPath') ?? name,
    storageType:
      (external ? configString(r, 'minio', 'cloudProvider') : undefined) ??
      (external && r.spec.dependencies?.storage?.type === 'Azure' ? 'azure' : 'minio'),
  }
}

/** Reads the access keys of an instance's storage Secret into shell variables. */
function readKeys(f: InstanceFacts, prefix: string): string[] {
  const get = (key: string) =>
    `"$(kubectl get secret ${q(f.secret)} -n ${q(f.namespace)} -o jsonpath='{.data.${key}}' | base64 -d)"`
  return [`${prefix}_ACCESS_KEY=${get('accesskey')}`, `${prefix}_SECRET_KEY=${get('secretkey')}`]
}

/** Text safe inside an unquoted heredoc: nothing that bash would expand. */
function literal(value: string): string {
  return value.replace(/[\\$`]/g, '\\$&')
}

/**
 * The command that writes configs/backup.yaml for milvus-backup: `target` is the instance the
 * tool talks to; `source`, when given, is where the backup files are (a restore into a new instance).
 */
export function backupConfigCommand(target: InstanceFacts, source?: InstanceFacts): string {
  const from = source ?? target
  const minio: Record<string, unknown> = {
    storageType: target.storageType,
    address: target.host,
    port: target.port,
    accessKeyID: '${TARGET_ACCESS_KEY}',
    secretAccessKey: '${TARGET_SECRET_KEY}',
    useSSL: target.useSSL,
    bucketName: target.bucket,
    rootPath: target.rootPath,
    backupBucketName: from.bucket,
    backupRootPath: 'backup',
  }
  if (source) {
    // Two object stores: milvus-backup copies through itself only when crossStorage is on.
    Object.assign(minio, {
      crossStorage: true,
      backupStorageType: source.storageType,
      backupAddress: source.host,
      backupPort: source.port,
      backupUseSSL: source.useSSL,
      backupAccessKeyID: '${SOURCE_ACCESS_KEY}',
      backupSecretAccessKey: '${SOURCE_SECRET_KEY}',
    })
  }
  const service = `${target.name}-milvus.${target.namespace}`
  const yaml = stringify(
    {
      milvus: {
        address: service,
        port: 19530,
        // Read for the index extras of a backup; the operator names the root path after the instance.
        etcd: { endpoints: target.etcd, rootPath: target.etcdRoot },
      },
      minio,
      // The Milvus service also exposes the metrics port 9091, where GC is paused during a backup
      // (operator v1.3.8 pkg/controllers/components.go GetServicePorts, MetricPort).
      backup: { gcPause: { address: `http://${service}:9091` } },
    },
    { lineWidth: 0 },
  )
  const body = literal(yaml).replace(/\\\$\{(TARGET|SOURCE)_(ACCESS|SECRET)_KEY\}/g, '${$1_$2_KEY}')
  return [
    ...readKeys(target, 'TARGET'),
    ...(source ? readKeys(source, 'SOURCE') : []),
    'mkdir -p configs',
    'cat >configs/backup.yaml <<EOF',
    body.replace(/\n$/, ''),
    'EOF',
  ].join('\n')
}

/** The backup step (shared by every plan). */
export function backupStep(
  f: InstanceFacts,
  backupName: string,
  optional: boolean,
): MigrationStep[] {
  return [
    {
      title: t('Write the milvus-backup configuration', 'milvus-backup 설정 작성'),
      detail: t(
        `configs/backup.yaml points milvus-backup at ${f.name}: its service, bucket ${f.bucket} on ${f.host}:${f.port}${f.useSSL ? ' over TLS' : ''}, keys from Secret ${f.secret}. Run milvus-backup where cluster service names resolve (a pod in the cluster, or port-forward).`,
        `configs/backup.yaml이 ${f.name}의 서비스와 ${f.host}:${f.port}${f.useSSL ? '(TLS)' : ''}의 버킷 ${f.bucket}, Secret ${f.secret}의 키를 가리킵니다. 클러스터 서비스 이름이 풀리는 곳(클러스터 안의 파드나 port-forward)에서 실행하세요.`,
      ),
      command: backupConfigCommand(f),
      check: "grep -q '^  bucketName: ' configs/backup.yaml",
      optional,
    },
    {
      title: t(
        optional ? 'Back up first (optional)' : 'Back up with milvus-backup',
        optional ? '먼저 백업(선택)' : 'milvus-backup으로 백업',
      ),
      detail: t(
        `Take a milvus-backup snapshot of "${f.name}" in namespace ${f.namespace}, so you can return to it.`,
        `네임스페이스 ${f.namespace}의 "${f.name}"을(를) milvus-backup으로 백업해 되돌아갈 수 있게 합니다.`,
      ),
      command: `milvus-backup create -n ${q(backupName)}`,
      check: `milvus-backup get -n ${q(backupName)}`,
      optional,
    },
  ]
}

/** Waits until the Milvus resource is ready. */
export function waitReady(name: string, ns: string): string {
  return `kubectl wait --for=condition=MilvusReady milvus/${q(name)} -n ${q(ns)} --timeout=30m`
}

/** Fails unless the Milvus log names the store. */
export function logsShow(name: string, ns: string, store: string): string {
  return `kubectl logs -n ${q(ns)} -l ${q(`app.kubernetes.io/instance=${name}`)} --all-containers --tail=-1 | grep -m1 'mqType=${store}'`
}

const WRITES_STOPPED = {
  title: t('Stop writes and DDL', '쓰기와 DDL 중지'),
  detail: t(
    'Pause ingestion and collection changes on the old instance, so the backup holds everything.',
    '기존 인스턴스의 데이터 적재와 컬렉션 변경을 멈춰 백업에 모든 데이터가 담기게 합니다.',
  ),
}

/** Backup and restore into a new instance that runs the new config. */
export function backupRestoreSteps(
  old: InstanceFacts,
  fresh: InstanceFacts,
  manifest: string,
  store: string,
): MigrationStep[] {
  const backup = `${old.name}-migration`
  return [
    WRITES_STOPPED,
    ...backupStep(old, backup, false),
    {
      title: t(`Deploy the new instance ${fresh.name}`, `새 인스턴스 ${fresh.name} 배포`),
      detail: t(
        `The new config under the name ${fresh.name}, next to the running one. kubectl create refuses to touch an existing resource.`,
        `새 설정을 ${fresh.name}이라는 이름으로 기존 인스턴스 옆에 배포합니다. kubectl create는 이미 있는 리소스를 건드리지 않습니다.`,
      ),
      command: `kubectl create -n ${q(fresh.namespace)} -f - <<'MILVUS_MANIFEST'\n${manifest.replace(/\n$/, '')}\nMILVUS_MANIFEST`,
      check: waitReady(fresh.name, fresh.namespace),
    },
    {
      title: t('Restore into the new instance', '새 인스턴스로 복원'),
      detail: t(
        `Point milvus-backup at ${fresh.name} (its service and bucket ${fresh.bucket}), reading the backup from ${old.name}'s bucket, and restore with indexes.`,
        `milvus-backup이 ${fresh.name}(서비스와 버킷 ${fresh.bucket})을 가리키고 ${old.name}의 버킷에서 백업을 읽도록 한 뒤 인덱스와 함께 복원합니다.`,
      ),
      command: `${backupConfigCommand(fresh, old)}\nmilvus-backup restore -n ${q(backup)} --restore_index`,
      check: logsShow(fresh.name, fresh.namespace, store),
    },
    {
      title: t('Switch clients to the new instance', '클라이언트를 새 인스턴스로 전환'),
      detail: t(
        `Point clients at ${fresh.name}-milvus.${fresh.namespace}:19530 and check counts and searches against the old instance before going on.`,
        `클라이언트가 ${fresh.name}-milvus.${fresh.namespace}:19530을 쓰게 하고, 계속하기 전에 기존 인스턴스와 개수·검색 결과를 비교합니다.`,
      ),
      command: `kubectl get service ${q(`${fresh.name}-milvus`)} -n ${q(fresh.namespace)}`,
      check: `kubectl get endpoints ${q(`${fresh.name}-milvus`)} -n ${q(fresh.namespace)} -o jsonpath='{.subsets[0].addresses[0].ip}' | grep -q .`,
    },
    {
      title: t(
        `Clean up: delete the old instance ${old.name}`,
        `정리: 기존 인스턴스 ${old.name} 삭제`,
      ),
      detail: t(
        'Only after the checks above and a quiet period. Its dependencies follow their deletionPolicy (Retain keeps them).',
        '위 확인과 관찰 기간이 지난 뒤에만 진행합니다. 의존성은 deletionPolicy를 따릅니다(Retain이면 남습니다).',
      ),
      command: `kubectl delete milvus ${q(old.name)} -n ${q(old.namespace)} --wait`,
      check: `! kubectl get milvus ${q(old.name)} -n ${q(old.namespace)}`,
      manualOnly: true,
    },
  ]
}

/** Going back before the clean-up: clients stay on (or return to) the old instance; the new one goes. */
export function backupRestoreRollback(old: InstanceFacts, fresh: InstanceFacts): MigrationStep[] {
  return [
    {
      title: t(`Point clients back at ${old.name}`, `클라이언트를 ${old.name}(으)로 되돌리기`),
      detail: t(
        `The old instance was never changed: send traffic to ${old.name}-milvus.${old.namespace}:19530 and resume writes there.`,
        `기존 인스턴스는 바뀌지 않았습니다. 트래픽을 ${old.name}-milvus.${old.namespace}:19530으로 보내고 쓰기를 재개합니다.`,
      ),
      check: waitReady(old.name, old.namespace),
    },
    {
      title: t(`Remove the new instance ${fresh.name}`, `새 인스턴스 ${fresh.name} 제거`),
      detail: t('It holds only restored copies.', '복원된 사본만 들어 있습니다.'),
      command: `kubectl delete milvus ${q(fresh.name)} -n ${q(fresh.namespace)} --wait`,
      manualOnly: true,
    },
  ]
}
