/**
 * Upgrade plans between Milvus versions under the operator. Facts from the Milvus docs
 * (https://milvus.io/docs/upgrade_milvus_cluster-operator.md and ..._standalone-operator.md):
 * 2.6 needs 2.5.16 or later first (cluster: with mixCoord enabled), 2.6.0-rc1 cannot be upgraded,
 * the message store stays the same during an upgrade, 2.6 consolidates the coordinators into
 * mixCoord, adds the streaming node and removes the index node; NATS is gone in 2.6. Pure.
 */
import {
  componentsCreated,
  effectiveImage,
  effectiveMilvusVersion,
  effectiveMode,
  effectiveMsgStreamType,
  imageTag,
  skipsUpgradeBridge,
  UPGRADE_BRIDGE_26,
  type LocalizedText,
  type MilvusResource,
  t,
} from '../model'
import {
  backupStep,
  instanceFacts,
  logsShow,
  waitReady,
  type InstanceFacts,
} from './migrationBackup'
import { shellQuote as q } from './shell'
import { planScript } from './migrationScript'
import type { MigrationStep } from './types'

export const UPGRADE_BRIDGE = UPGRADE_BRIDGE_26
const OPERATOR_CHART =
  'https://github.com/zilliztech/milvus-operator/releases/download/v1.3.8/milvus-operator-1.3.8.tgz'

export interface UpgradePlan {
  readonly from: string
  readonly to: string
  /** Versions in order, the intermediate ones the docs require included. */
  readonly path: readonly string[]
  /** Set when going straight from `from` to `to` skips a version the docs require. */
  readonly skipsRequired?: LocalizedText
  readonly created: readonly string[]
  readonly removed: readonly string[]
  readonly store: { readonly ok: boolean; readonly note: LocalizedText }
  readonly keys: readonly { readonly path: string; readonly note: LocalizedText }[]
  readonly steps: readonly MigrationStep[]
  readonly rollback: readonly MigrationStep[]
  /** Set when the plan cannot be made (downgrade, unknown or release-candidate versions). */
  readonly refused?: LocalizedText
}

type V = { major: number; minor: number; patch: number }
const at = (v: V, major: number, minor: number, patch = 0) =>
  v.major !== major ? v.major > major : v.minor !== minor ? v.minor > minor : v.patch >= patch

/** The resource with the given version as its image tag (the repository kept). */
export function withVersion(r: MilvusResource, version: string): MilvusResource {
  const repo =
    effectiveImage(r)
      .split('@')[0]
      ?.replace(/:[^/:]*$/, '') ?? 'milvusdb/milvus'
  const components = {
    ...(r.spec.components ?? {}),
    image: `${repo}:v${version.replace(/^v/, '')}`,
  }
  delete (components as { version?: unknown }).version
  return { ...r, spec: { ...r.spec, components } }
}

function keysRemoved(r: MilvusResource): { path: string; note: LocalizedText }[] {
  const out: { path: string; note: LocalizedText }[] = []
  const config = r.spec.config ?? {}
  if ('natsmq' in config)
    out.push({
      path: 'spec.config.natsmq',
      note: t('Removed in 2.6 with NATS.', '2.6에서 NATS와 함께 제거되었습니다.'),
    })
  for (const coord of ['dataCoord', 'queryCoord', 'indexCoord', 'rootCoord'] as const) {
    if (r.spec.components?.[coord] !== undefined) {
      out.push({
        path: `spec.components.${coord}`,
        note: t(
          '2.6 runs one mixCoord instead; move replicas and resources to spec.components.mixCoord.',
          '2.6은 하나의 mixCoord로 실행하므로 복제본과 리소스를 spec.components.mixCoord로 옮기세요.',
        ),
      })
    }
  }
  if (r.spec.components?.indexNode !== undefined)
    out.push({
      path: 'spec.components.indexNode',
      note: t(
        '2.6 has no index node; indexing moved into the data node.',
        '2.6에는 인덱스 노드가 없으며 인덱싱은 데이터 노드로 옮겨졌습니다.',
      ),
    })
  if ('indexNode' in config)
    out.push({
      path: 'spec.config.indexNode',
      note: t(
        '2.6 has no index node: these settings no longer apply.',
        '2.6에는 인덱스 노드가 없어 이 설정은 더 이상 쓰이지 않습니다.',
      ),
    })
  return out
}

function patchImage(f: InstanceFacts, image: string, mixCoord: boolean): string {
  const components = mixCoord
    ? `{"image":"${image}","mixCoord":{"replicas":1}}`
    : `{"image":"${image}"}`
  return `kubectl patch milvus ${q(f.name)} -n ${q(f.namespace)} --type merge -p ${q(`{"spec":{"components":${components}}}`)}`
}

function updated(f: InstanceFacts): string {
  return `kubectl wait --for=condition=MilvusUpdated milvus/${q(f.name)} -n ${q(f.namespace)} --timeout=30m\n${waitReady(f.name, f.namespace)}`
}

function upgradeSteps(
  f: InstanceFacts,
  repo: string,
  path: readonly string[],
  cluster: boolean,
  store: string,
): MigrationStep[] {
  const steps: MigrationStep[] = [
    {
      title: t('Upgrade the operator to v1.3.8', '오퍼레이터를 v1.3.8로 업그레이드'),
      detail: t(
        "The operator must know the target version's components before Milvus changes.",
        'Milvus를 바꾸기 전에 오퍼레이터가 대상 버전의 컴포넌트를 알아야 합니다.',
      ),
      command: `helm upgrade -n milvus-operator milvus-operator --reuse-values ${OPERATOR_CHART}`,
      check:
        'kubectl wait --for=condition=Available deployment --all -n milvus-operator --timeout=5m',
    },
    ...backupStep(f, `${f.name}-before-upgrade`, true),
  ]
  for (const version of path.slice(1)) {
    const bridge = version === UPGRADE_BRIDGE && path.length > 2
    steps.push({
      title: t(
        `Upgrade to v${version}${bridge ? ' (required first)' : ''}`,
        `v${version}(으)로 업그레이드${bridge ? '(먼저 필요)' : ''}`,
      ),
      detail: bridge
        ? t(
            `The docs require v${UPGRADE_BRIDGE} or later${cluster ? ' with mixCoord enabled' : ''} before 2.6.`,
            `문서는 2.6 전에 v${UPGRADE_BRIDGE} 이상${cluster ? '(mixCoord 활성화)' : ''}을 요구합니다.`,
          )
        : t(
            'Change the image; the operator rolls the pods and reports MilvusUpdated.',
            '이미지를 바꾸면 오퍼레이터가 파드를 교체하고 MilvusUpdated를 보고합니다.',
          ),
      command: patchImage(f, `${repo}:v${version}`, bridge && cluster),
      check: updated(f),
    })
  }
  steps.push({
    title: t('Verify', '확인'),
    detail: t(
      `Milvus still uses ${store}; search and count a collection before sending traffic.`,
      `Milvus가 여전히 ${store}를 쓰는지 확인하고 트래픽 전에 컬렉션 검색과 개수를 확인합니다.`,
    ),
    check: logsShow(f.name, f.namespace, store),
  })
  return steps
}

function refusal(
  from: V | undefined,
  to: V | undefined,
  fromRaw: string,
  toRaw: string,
): LocalizedText | undefined {
  if (!from || !to)
    return t(
      `Cannot read both versions (${fromRaw} -> ${toRaw}); pin images with a version tag.`,
      `두 버전을 읽을 수 없습니다(${fromRaw} -> ${toRaw}). 버전 태그로 이미지를 고정하세요.`,
    )
  if (!at(to, from.major, from.minor, from.patch))
    return t(
      `${toRaw} is older than ${fromRaw}: Milvus does not support downgrades. Restore a backup into an instance of the old version instead.`,
      `${toRaw}은(는) ${fromRaw}보다 오래되었습니다. Milvus는 다운그레이드를 지원하지 않으므로 이전 버전 인스턴스에 백업을 복원하세요.`,
    )
  if (/^v?2\.6\.0-rc1/.test(fromRaw))
    return t(
      '2.6.0-rc1 cannot be upgraded in place (the docs point to a community migration guide).',
      '2.6.0-rc1은 제자리 업그레이드를 할 수 없습니다(문서는 커뮤니티 마이그레이션 가이드를 안내합니다).',
    )
  return undefined
}

/** The plan from the baseline's version to the target's, or undefined when they are the same. */
export function planUpgrade(
  baseline: MilvusResource,
  target: MilvusResource,
): UpgradePlan | undefined {
  const fromV = effectiveMilvusVersion(baseline)
  const toV = effectiveMilvusVersion(target)
  const from = fromV
    ? `${fromV.major}.${fromV.minor}.${fromV.patch}`
    : (imageTag(effectiveImage(baseline)) ?? 'unknown')
  const to = toV
    ? `${toV.major}.${toV.minor}.${toV.patch}`
    : (imageTag(effectiveImage(target)) ?? 'unknown')
  if (from === to) return undefined
  const f = instanceFacts(baseline)
  const empty = {
    from,
    to,
    path: [from, to],
    created: [],
    removed: [],
    keys: [],
    steps: [],
    rollback: [],
  }
  const refused = refusal(fromV, toV, fromV?.raw ?? from, toV?.raw ?? to)
  const storeFrom = effectiveMsgStreamType(baseline)
  const storeTo = effectiveMsgStreamType(target)
  if (refused || !fromV || !toV)
    return {
      ...empty,
      refused: refused ?? t('Unknown version.', '알 수 없는 버전입니다.'),
      store: { ok: false, note: t('', '') },
    }
  const crosses26 = !at(fromV, 2, 6) && at(toV, 2, 6)
  const needsBridge = skipsUpgradeBridge(fromV, toV)
  const path = needsBridge ? [from, UPGRADE_BRIDGE, to] : [from, to]
  const before = componentsCreated(baseline)
  const after = componentsCreated(target)
  const store =
    storeFrom === 'natsmq' && at(toV, 2, 6)
      ? {
          ok: false,
          note: t(
            'NATS is gone in 2.6: move to RocksMQ, Pulsar or Kafka on 2.5 first (backup and restore), then upgrade.',
            '2.6에는 NATS가 없습니다. 먼저 2.5에서 RocksMQ, Pulsar, Kafka로 옮긴 뒤(백업 후 복원) 업그레이드하세요.',
          ),
        }
      : storeFrom !== storeTo
        ? {
            ok: false,
            note: t(
              `The store must stay ${storeFrom} during the upgrade: migrate to ${storeTo} separately (see the migration runbook).`,
              `업그레이드 중에는 저장소가 ${storeFrom}(으)로 유지되어야 합니다. ${storeTo}(으)로의 이전은 따로 하세요(마이그레이션 절차 참고).`,
            ),
          }
        : {
            ok: true,
            note: t(
              `${storeFrom} works on both versions and stays as it is.`,
              `${storeFrom}는 두 버전 모두에서 동작하며 그대로 유지됩니다.`,
            ),
          }
  const repo =
    effectiveImage(target)
      .split('@')[0]
      ?.replace(/:[^/:]*$/, '') ?? 'milvusdb/milvus'
  return {
    from,
    to,
    path,
    store,
    ...(needsBridge
      ? {
          skipsRequired: t(
            `Going from ${from} straight to ${to} skips the required v${UPGRADE_BRIDGE}: the docs require 2.5.16 or later before any 2.6.`,
            `${from}에서 ${to}(으)로 바로 가면 필수인 v${UPGRADE_BRIDGE}를 건너뜁니다. 문서는 2.6 전에 2.5.16 이상을 요구합니다.`,
          ),
        }
      : {}),
    created: after.filter((c) => !before.includes(c)),
    removed: before.filter((c) => !after.includes(c)),
    keys: crosses26 ? keysRemoved(baseline) : [],
    steps: upgradeSteps(f, repo, path, effectiveMode(baseline) === 'cluster', storeFrom),
    rollback: [
      {
        title: t(
          'Before the last image change: go back to the old image',
          '마지막 이미지 변경 전: 이전 이미지로 되돌리기',
        ),
        detail: t(
          `While the instance still runs ${from}-compatible metadata, patch the image back.`,
          `인스턴스가 아직 ${from} 호환 메타데이터로 동작하는 동안 이미지를 되돌립니다.`,
        ),
        command: patchImage(f, effectiveImage(baseline), false),
        check: updated(f),
      },
      {
        title: t(
          'After it: restore the backup into an instance of the old version',
          '그 이후: 이전 버전 인스턴스에 백업 복원',
        ),
        detail: t(
          'Milvus does not support downgrades once the new version has changed the metadata: deploy the baseline config under a new name and restore the backup taken in step 3.',
          '새 버전이 메타데이터를 바꾼 뒤에는 다운그레이드를 지원하지 않습니다. 기준 설정을 새 이름으로 배포하고 3단계의 백업을 복원하세요.',
        ),
        manualOnly: true,
        command: `milvus-backup restore -n ${q(`${f.name}-before-upgrade`)} --restore_index`,
      },
    ],
  }
}

/** The upgrade plan as a script (the same text in the studio and the CLI). */
export function upgradeScript(plan: UpgradePlan, lang: 'en' | 'ko' = 'en'): string {
  const title = t(
    `Upgrade Milvus ${plan.from} -> ${plan.to}`,
    `Milvus ${plan.from} -> ${plan.to} 업그레이드`,
  )
  const summary =
    plan.skipsRequired ?? t(`Path: ${plan.path.join(' -> ')}`, `경로: ${plan.path.join(' -> ')}`)
  const refused = plan.refused ?? (plan.store.ok ? undefined : plan.store.note)
  return planScript(
    {
      title,
      summary,
      headline: `path ${plan.path.join(' -> ')}`,
      steps: plan.steps,
      rollback: plan.rollback,
      ...(refused ? { refused } : {}),
    },
    lang,
  )
}
