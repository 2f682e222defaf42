/**
 * The in-place migration runbooks: RocksMQ -> NATS on Milvus 2.3-2.5 (the docs page's five steps:
 * stop DDL, FlushAll, stop Milvus, switch, restart and check mqType=natsmq) and the 2.6 WAL switch
 * between Pulsar/Kafka and Woodpecker (https://milvus.io/docs/switch-pulsar-woodpecker.md: POST
 * target_wal_name to the mixCoord management port, then look for the success line in its log).
 * Every step carries its commands and a check. Pure.
 */
import { t } from '../model'
import { backupStep, logsShow, waitReady, type InstanceFacts } from './migrationBackup'
import { shellQuote as q } from './shell'
import type { MigrationStep } from './types'

function replicas(f: InstanceFacts, n: number): string {
  return `kubectl patch milvus ${q(f.name)} -n ${q(f.namespace)} --type merge -p '{"spec":{"components":{"standalone":{"replicas":${n}}}}}'`
}

function podsGone(f: InstanceFacts): string {
  return `kubectl wait --for=delete pod -l ${q(`app.kubernetes.io/instance=${f.name},app.kubernetes.io/component=standalone`)} -n ${q(f.namespace)} --timeout=10m`
}

function portForward(f: InstanceFacts, port: number, service = `${f.name}-milvus`): string[] {
  return [
    `kubectl port-forward -n ${q(f.namespace)} ${q(`svc/${service}`)} ${port}:${port} >/dev/null &`,
    'pf=$!',
    'trap \'kill "$pf" 2>/dev/null || true\' EXIT',
    'sleep 3',
  ]
}

/** Applies a manifest through a quoted heredoc (nothing expanded). */
export function applyManifest(f: InstanceFacts, manifest: string): string {
  return `kubectl apply -n ${q(f.namespace)} -f - <<'MILVUS_MANIFEST'\n${manifest.replace(/\n$/, '')}\nMILVUS_MANIFEST`
}

const STOP_DDL = {
  title: t('Stop DDL and writes', 'DDL과 쓰기 중지'),
  detail: t(
    'Stop creating, dropping or altering collections and stop inserting data.',
    '컬렉션 생성·삭제·변경과 데이터 삽입을 멈춥니다.',
  ),
}

/** RocksMQ -> NATS in place, as the Milvus 2.3-2.5 docs describe. */
export function rocksmqToNatsSteps(f: InstanceFacts, manifest: string): MigrationStep[] {
  return [
    ...backupStep(f, `${f.name}-before-nats`, true),
    STOP_DDL,
    {
      title: t('Flush everything', '전체 플러시'),
      detail: t(
        'FlushAll (pymilvus utility.flush_all()) through a port-forward, so nothing is left only in RocksMQ.',
        'port-forward를 거쳐 FlushAll(pymilvus utility.flush_all())을 호출해 RocksMQ에만 남은 데이터가 없게 합니다.',
      ),
      command: [
        ...portForward(f, 19530),
        `python3 -c 'from pymilvus import connections, utility; connections.connect(host="127.0.0.1", port="19530"); utility.flush_all()'`,
      ].join('\n'),
    },
    {
      title: t('Stop Milvus', 'Milvus 중지'),
      detail: t(
        'Scale the standalone pod to zero so RocksMQ is closed cleanly.',
        '스탠드얼론 파드를 0으로 줄여 RocksMQ를 깔끔하게 닫습니다.',
      ),
      command: replicas(f, 0),
      check: podsGone(f),
    },
    {
      title: t('Switch the store to NATS', '저장소를 NATS로 변경'),
      detail: t(
        'Apply the new config (msgStreamType natsmq, natsmq settings with storeDir on the persistent volume). The pod stays at zero replicas.',
        '새 설정(msgStreamType natsmq, 영구 볼륨 위 storeDir를 둔 natsmq 설정)을 적용합니다. 파드는 0개로 유지됩니다.',
      ),
      command: applyManifest(f, manifest),
      check: `kubectl wait --for=jsonpath='{.spec.dependencies.msgStreamType}'=natsmq milvus/${q(f.name)} -n ${q(f.namespace)} --timeout=1m`,
    },
    {
      title: t('Restart and verify', '재시작 및 확인'),
      detail: t(
        'Scale back to one replica. The Milvus log must show mqType=natsmq, and a jetstream folder must appear under storeDir.',
        '복제본을 다시 1로 늘립니다. Milvus 로그에 mqType=natsmq가 보이고 storeDir 아래에 jetstream 폴더가 생겨야 합니다.',
      ),
      command: `${replicas(f, 1)}\n${waitReady(f.name, f.namespace)}`,
      check: logsShow(f.name, f.namespace, 'natsmq'),
    },
  ]
}

/** Back to RocksMQ: the RocksMQ data stays on the volume; writes made on NATS need the backup. */
export function natsRollback(f: InstanceFacts, baselineManifest: string): MigrationStep[] {
  return [
    {
      title: t('Stop Milvus', 'Milvus 중지'),
      detail: STOP_DDL.detail,
      command: replicas(f, 0),
      check: podsGone(f),
    },
    {
      title: t('Apply the baseline config (RocksMQ)', '기준 설정(RocksMQ) 적용'),
      detail: t(
        'The RocksMQ data is still on the volume. Data written while on NATS is not in it: restore it from the backup if needed.',
        'RocksMQ 데이터는 볼륨에 남아 있습니다. NATS에서 쓴 데이터는 없으므로 필요하면 백업에서 복원합니다.',
      ),
      command: applyManifest(f, baselineManifest),
    },
    {
      title: t('Restart on RocksMQ', 'RocksMQ로 재시작'),
      detail: t(
        'Scale back to one replica and check the log.',
        '복제본을 1로 늘리고 로그를 확인합니다.',
      ),
      command: `${replicas(f, 1)}\n${waitReady(f.name, f.namespace)}`,
      check: logsShow(f.name, f.namespace, 'rocksmq'),
    },
  ]
}

function walSwitched(f: InstanceFacts): string {
  const selector = q(`app.kubernetes.io/instance=${f.name},app.kubernetes.io/component=mixcoord`)
  return `kubectl logs -n ${q(f.namespace)} -l ${selector} --tail=-1 | grep -m1 'successfully updated mq.type configuration in etcd'`
}

function walAlter(f: InstanceFacts, to: string): string {
  const mixcoord = `${f.name}-milvus-mixcoord`
  return [
    ...portForward(f, 9091, mixcoord),
    `curl -fsS -X POST 'http://127.0.0.1:9091/management/wal/alter' -H 'Content-Type: application/json' -d '{"target_wal_name": "${to}"}'`,
  ].join('\n')
}

/** Milvus 2.6's online WAL switch between Pulsar/Kafka and Woodpecker (documented, pending release). */
export function walSwitchSteps(f: InstanceFacts, to: string, manifest: string): MigrationStep[] {
  return [
    ...backupStep(f, `${f.name}-before-wal-switch`, true),
    {
      title: t(
        'Check the instance runs Milvus 2.6 with streaming nodes',
        'Milvus 2.6과 스트리밍 노드 실행 확인',
      ),
      detail: t(
        'The WAL switch exists only from Milvus 2.6 on, with streaming nodes running.',
        'WAL 전환은 스트리밍 노드가 실행되는 Milvus 2.6 이상에서만 가능합니다.',
      ),
      command: `kubectl get pods -n ${q(f.namespace)} -l ${q(`app.kubernetes.io/instance=${f.name},app.kubernetes.io/component=streamingnode`)}`,
      check: waitReady(f.name, f.namespace),
    },
    {
      title: t('Ask the coordinator to switch the WAL', '코디네이터에 WAL 전환 요청'),
      detail: t(
        `POST to the mixCoord management port (9091) with ${to} as the target. The docs mark this API as pending release: check the request body against the docs of your Milvus version.`,
        `mixCoord 관리 포트(9091)로 대상이 ${to}인 요청을 보냅니다. 문서에는 릴리스 대기 중으로 표시되어 있으므로 요청 본문을 사용하는 Milvus 버전 문서와 대조하세요.`,
      ),
      command: walAlter(f, to),
      check: walSwitched(f),
      pending: true,
    },
    {
      title: t('Record the new store in the resource', '리소스에 새 저장소 반영'),
      detail: t(
        `Apply the new config (msgStreamType ${to}) so the operator and the manifest agree with the running Milvus.`,
        `새 설정(msgStreamType ${to})을 적용해 오퍼레이터와 매니페스트가 실행 중인 Milvus와 일치하게 합니다.`,
      ),
      command: applyManifest(f, manifest),
      check: `kubectl wait --for=jsonpath='{.spec.dependencies.msgStreamType}'=${to} milvus/${q(f.name)} -n ${q(f.namespace)} --timeout=1m`,
    },
  ]
}

/** Switching the WAL back is the same call with the old store, then the baseline manifest. */
export function walRollback(
  f: InstanceFacts,
  from: string,
  baselineManifest: string,
): MigrationStep[] {
  return [
    {
      title: t(`Switch the WAL back to ${from}`, `WAL을 ${from}(으)로 되돌리기`),
      detail: t(
        'The same management call with the old store as the target.',
        '같은 관리 API를 기존 저장소를 대상으로 호출합니다.',
      ),
      command: walAlter(f, from),
      check: walSwitched(f),
      pending: true,
    },
    {
      title: t('Apply the baseline config', '기준 설정 적용'),
      detail: t('Back to the old msgStreamType.', '기존 msgStreamType으로 되돌립니다.'),
      command: applyManifest(f, baselineManifest),
    },
  ]
}
