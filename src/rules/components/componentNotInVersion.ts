/**
 * Components that the chosen Milvus version does not have (cluster mode): Milvus 2.6 folded index
 * building into data nodes and the four coordinators into mixCoord (the operator always runs
 * mixCoord from 2.6), and the streaming node arrived with 2.6 (2.5 has it only as a beta behind
 * `streamingMode`). Version decisions come from the model (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_types.go#L132, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L388).
 */
import {
  effectiveMilvusVersion,
  effectiveMode,
  isMilvusAtLeast,
  type MilvusResource,
  isRecord,
  COORDINATORS,
} from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix, setFix } from '../lib/fix'
import { SRC_COMPONENTS } from '../lib/sources'
import type { Report } from '../types'

function given(r: MilvusResource, name: string): boolean {
  const c: unknown = r.spec.components?.[name]
  return isRecord(c) && c.replicas !== 0
}

function check26(r: MilvusResource, version: string, report: Report): void {
  if (given(r, 'indexNode')) {
    const path = ['spec', 'components', 'indexNode']
    report(
      path,
      {
        en: `Milvus ${version} has no index node (data nodes build indexes), so indexNode is unused; remove it.`,
        ko: `Milvus ${version}에는 인덱스 노드가 없어(데이터 노드가 인덱스를 만듭니다) indexNode가 쓰이지 않으므로 삭제하세요.`,
      },
      { fix: deleteFix({ en: 'Remove indexNode', ko: 'indexNode 삭제' }, path) },
    )
  }
  for (const coord of COORDINATORS) {
    if (!given(r, coord)) continue
    const path = ['spec', 'components', coord]
    report(
      path,
      {
        en: `Milvus ${version} always runs mixCoord, so the separate ${coord} settings are ignored; move them to mixCoord and remove ${coord}.`,
        ko: `Milvus ${version}은(는) 항상 mixCoord를 실행하므로 별도의 ${coord} 설정은 무시됩니다. 설정을 mixCoord로 옮기고 ${coord}를 삭제하세요.`,
      },
      { fix: deleteFix({ en: `Remove ${coord}`, ko: `${coord} 삭제` }, path) },
    )
  }
}

function checkStreamingBefore26(
  r: MilvusResource,
  version: string,
  minor: number,
  report: Report,
): void {
  if (!given(r, 'streamingNode') || r.spec.components?.streamingMode === true) return
  const path = ['spec', 'components', 'streamingNode']
  if (minor < 5) {
    report(
      path,
      {
        en: `Milvus ${version} has no streaming node, yet the operator would start one; remove streamingNode or use Milvus 2.6.`,
        ko: `Milvus ${version}에는 스트리밍 노드가 없는데도 오퍼레이터가 이를 띄우려 하므로, streamingNode를 삭제하거나 Milvus 2.6을 사용하세요.`,
      },
      {
        severity: 'error',
        fix: deleteFix({ en: 'Remove streamingNode', ko: 'streamingNode 삭제' }, path),
      },
    )
    return
  }
  const modePath = ['spec', 'components', 'streamingMode']
  report(
    path,
    {
      en: `On Milvus ${version} a streamingNode switches on the beta streaming mode; set components.streamingMode to true to make that explicit, or remove streamingNode.`,
      ko: `Milvus ${version}에서 streamingNode는 베타 스트리밍 모드를 켭니다. components.streamingMode를 true로 명시하거나 streamingNode를 삭제하세요.`,
    },
    { fix: setFix({ en: 'Turn on streamingMode', ko: 'streamingMode 켜기' }, modePath, true) },
  )
}

export const componentNotInVersion = defineRule({
  id: 'component-not-in-version',
  severity: 'warning',
  title: { en: 'Component not in this Milvus version', ko: '이 Milvus 버전에 없는 컴포넌트' },
  explanation: {
    en: 'The set of Milvus roles changed with 2.6: index nodes were merged into data nodes, the four coordinators into mixCoord, and the streaming node became standard (2.5 has it only as a beta). Settings for roles the version does not have are ignored or start pods that cannot work.',
    ko: 'Milvus 2.6에서 역할 구성이 바뀌었습니다. 인덱스 노드는 데이터 노드에, 네 개의 코디네이터는 mixCoord에 합쳐졌고, 스트리밍 노드는 정식 컴포넌트가 되었습니다(2.5에서는 베타). 해당 버전에 없는 역할의 설정은 무시되거나 동작할 수 없는 파드를 띄웁니다.',
  },
  source: SRC_COMPONENTS,
  check(ctx, report) {
    const r = ctx.resource
    if (effectiveMode(r) !== 'cluster') return
    const version = effectiveMilvusVersion(r)
    if (!version) return
    const shown =
      version.source === 'master'
        ? version.raw
        : `${version.major}.${version.minor}.${version.patch}`
    if (isMilvusAtLeast(r, 2, 6)) check26(r, shown, report)
    else if (version.major === 2) checkStreamingBefore26(r, shown, version.minor, report)
  },
})
