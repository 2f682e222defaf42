/**
 * Per store, the operator deletes the other stores' sections from the rendered config, and at
 * pod start the merge tool drops every section of kafka, rocksmq, natsmq and pulsar except the
 * chosen one (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90 and https://github.com/zilliztech/milvus-operator/blob/v1.3.8/tool/merge/main.go#L25). A woodpecker section is simply not read by another store.
 */
import { effectiveMsgStreamType, STORE_CONFIG_KEY } from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix } from '../lib/fix'
import { configSection, storeLabel } from '../lib/mq'
import { SRC_CONFIGMAP } from '../lib/sources'

const SECTIONS = Object.values(STORE_CONFIG_KEY)

export const configSectionForOtherStore = defineRule({
  id: 'config-section-for-other-store',
  severity: 'warning',
  title: { en: 'Config section for another store', ko: '다른 저장소의 config 섹션' },
  explanation: {
    en: 'Milvus only reads the settings of the store it runs on. The operator and its config merge step delete the pulsar, kafka, rocksmq and natsmq sections of the stores that are not selected; a woodpecker section is ignored by other stores.',
    ko: 'Milvus는 실행 중인 저장소의 설정만 읽습니다. 오퍼레이터와 설정 병합 단계는 선택되지 않은 저장소의 pulsar, kafka, rocksmq, natsmq 섹션을 삭제하며, woodpecker 섹션은 다른 저장소에서 무시됩니다.',
  },
  source: SRC_CONFIGMAP,
  check(ctx, report) {
    const r = ctx.resource
    const stream = effectiveMsgStreamType(r)
    if (stream === 'custom') return
    for (const section of SECTIONS) {
      if (section === stream || configSection(r, section) === undefined) continue
      const path = ['spec', 'config', section]
      report(
        path,
        {
          en: `spec.config.${section} has no effect on ${storeLabel(stream)} (the operator drops or ignores it); remove it, or switch msgStreamType to ${section}.`,
          ko: `spec.config.${section}은(는) ${storeLabel(stream)}에서 아무 효과가 없습니다(오퍼레이터가 삭제하거나 무시). 삭제하거나 msgStreamType을 ${section}(으)로 바꾸세요.`,
        },
        { fix: deleteFix({ en: `Remove config.${section}`, ko: `config.${section} 삭제` }, path) },
      )
    }
  },
})
