/**
 * The Milvus docs allow 2.6 only from 2.5.16 or later, and in cluster mode only once mixCoord
 * runs on that 2.5 (https://milvus.io/docs/upgrade_milvus_cluster-operator.md). The operator
 * rolls out whatever image it is given, so skipping the step is only caught here.
 */
import { effectiveMode, skipsUpgradeBridge, crossesInto26, UPGRADE_BRIDGE_26 } from '../../model'
import { defineRule } from '../defineRule'
import { pinImageFix } from '../lib/fix'
import { SRC_DOCS_UPGRADE } from '../lib/sources'
import { upgradeOf } from '../lib/upgrade'

export const upgradeSkipsRequiredVersion = defineRule({
  id: 'upgrade-skips-required-version',
  severity: 'error',
  title: {
    en: 'Upgrade skips a required step',
    ko: '업그레이드가 필수 단계를 건너뜀',
  },
  explanation: {
    en: `Milvus 2.6 changes the metadata and the coordinators (mixCoord, the streaming node). The docs support the upgrade only from ${UPGRADE_BRIDGE_26} or later, with mixCoord already enabled in cluster mode; from anything older the new pods can fail to start on the old metadata, and Milvus cannot be downgraded afterwards.`,
    ko: `Milvus 2.6은 메타데이터와 코디네이터(mixCoord, 스트리밍 노드)를 바꿉니다. 문서는 ${UPGRADE_BRIDGE_26} 이상에서만, 클러스터 모드에서는 mixCoord를 먼저 켠 상태에서만 업그레이드를 지원합니다. 그보다 오래된 버전에서는 새 파드가 이전 메타데이터로 시작하지 못할 수 있고, 이후에는 다운그레이드할 수 없습니다.`,
  },
  source: SRC_DOCS_UPGRADE,
  check(ctx, report) {
    const up = upgradeOf(ctx)
    if (!up || !ctx.baseline) return
    if (skipsUpgradeBridge(up.from, up.to)) {
      report(
        up.imagePath,
        {
          en: `Going from ${up.from.raw} straight to ${up.to.raw} skips the required ${UPGRADE_BRIDGE_26}: upgrade the running instance to ${UPGRADE_BRIDGE_26} first, mark that as the baseline, then move to ${up.to.raw}.`,
          ko: `${up.from.raw}에서 ${up.to.raw}(으)로 바로 가면 필수인 ${UPGRADE_BRIDGE_26}를 건너뜁니다. 실행 중인 인스턴스를 먼저 ${UPGRADE_BRIDGE_26}(으)로 올리고 그것을 기준으로 지정한 뒤 ${up.to.raw}(으)로 옮기세요.`,
        },
        {
          fix: pinImageFix(ctx, `v${UPGRADE_BRIDGE_26}`, {
            en: `Upgrade to ${UPGRADE_BRIDGE_26} first`,
            ko: `먼저 ${UPGRADE_BRIDGE_26}(으)로 업그레이드`,
          }),
        },
      )
      return
    }
    const cluster = effectiveMode(ctx.baseline) === 'cluster'
    if (
      cluster &&
      crossesInto26(up.from, up.to) &&
      ctx.baseline.spec.components?.mixCoord === undefined
    )
      report(up.imagePath, {
        en: `The running cluster ${up.from.raw} has no mixCoord: the docs require enabling it on 2.5 (spec.components.mixCoord, then wait for MilvusUpdated) before the ${up.to.raw} image; do that first and mark it as the baseline.`,
        ko: `실행 중인 ${up.from.raw} 클러스터에 mixCoord가 없습니다. 문서는 ${up.to.raw} 이미지 전에 2.5에서 mixCoord를 켜도록(spec.components.mixCoord 설정 후 MilvusUpdated 대기) 요구하니, 먼저 그렇게 하고 기준으로 지정하세요.`,
      })
  },
})
