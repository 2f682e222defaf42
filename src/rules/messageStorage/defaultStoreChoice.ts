/**
 * When msgStreamType is empty the operator's defaulter picks the store by mode and version
 * (setDefaultMsgStreamType, see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L625). Say which one, so nobody is surprised.
 */
import {
  MODE_NAMES,
  effectiveMilvusVersion,
  effectiveMode,
  effectiveMsgStreamType,
  isMsgStreamDefaulted,
  storesWithSettings,
} from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { MSG_STREAM_PATH } from '../lib/mq'
import { SRC_DEFAULTS } from '../lib/sources'

export const defaultStoreChoice = defineRule({
  id: 'default-store-choice',
  severity: 'info',
  title: {
    en: 'The operator picks the message store',
    ko: '오퍼레이터가 메시지 저장소를 고릅니다',
  },
  explanation: {
    en: 'With no msgStreamType the operator chooses: pulsar for cluster mode; for standalone, woodpecker on Milvus 2.6 or later and rocksmq before. Writing the value keeps the choice stable when the image changes.',
    ko: 'msgStreamType이 없으면 오퍼레이터가 고릅니다. 클러스터 모드는 pulsar, standalone은 Milvus 2.6 이상이면 woodpecker, 그 이전이면 rocksmq입니다. 값을 직접 적어 두면 이미지가 바뀌어도 선택이 유지됩니다.',
  },
  source: SRC_DEFAULTS,
  check(ctx, report) {
    const r = ctx.resource
    if (!isMsgStreamDefaulted(r)) return
    const picked = effectiveMsgStreamType(r)
    const mode = effectiveMode(r)
    const raw = effectiveMilvusVersion(r)?.raw
    const version = raw ?? 'an unrecognised version (treated as before 2.6)'
    const versionKo = raw ?? '알 수 없는 버전(2.6 이전으로 간주)'
    // Settings written for another store suggest that store was meant (unused-store-block offers
    // it); writing the default here would make the result depend on which fix comes first.
    const otherStoreWritten = storesWithSettings(r).some((t) => t !== picked)
    report(
      MSG_STREAM_PATH,
      {
        en: `No msgStreamType is set, so the operator will use ${picked} for ${mode} mode on Milvus ${version}; write msgStreamType: ${picked} to make it explicit.`,
        ko: `msgStreamType이 없으므로 오퍼레이터는 Milvus ${versionKo}의 ${MODE_NAMES[mode].ko} 모드에 ${picked}을(를) 사용합니다. 명확히 하려면 msgStreamType: ${picked}을(를) 적으세요.`,
      },
      otherStoreWritten
        ? {}
        : {
            fix: setFix(
              { en: `Write msgStreamType: ${picked}`, ko: `msgStreamType: ${picked} 명시` },
              MSG_STREAM_PATH,
              picked,
            ),
          },
    )
  },
})
