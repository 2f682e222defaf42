/**
 * The operator reads only the selected store's block (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L174, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L77). A block for another
 * store does nothing; when msgStreamType is empty it is usually a forgotten msgStreamType (the docs'
 * external Pulsar example in standalone mode, see https://milvus.io/docs/message_storage_operator.md).
 */
import { effectiveMsgStreamType, isMsgStreamDefaulted, unusedStoreBlocks } from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix, setFix } from '../lib/fix'
import { MSG_STREAM_PATH } from '../lib/mq'
import { SRC_DEPS_TYPES } from '../lib/sources'

export const unusedStoreBlock = defineRule({
  id: 'unused-store-block',
  severity: 'info',
  title: { en: 'Settings for a store that is not used', ko: '사용하지 않는 저장소의 설정' },
  explanation: {
    en: 'Only the block of the selected message store is read. The operator ignores blocks for other stores: it neither deploys them nor connects Milvus to them.',
    ko: '선택된 메시지 저장소의 블록만 읽힙니다. 다른 저장소의 블록은 무시되어 배포되지도, Milvus가 연결되지도 않습니다.',
  },
  source: SRC_DEPS_TYPES,
  check(ctx, report) {
    const r = ctx.resource
    const unused = unusedStoreBlocks(r)
    if (unused.length === 0) return
    const selected = effectiveMsgStreamType(r)
    const defaulted = isMsgStreamDefaulted(r)
    for (const { store: stream, path } of unused) {
      const key = String(path.at(-1))
      if (defaulted) {
        report(
          path,
          {
            en: `spec.dependencies.${key} is ignored because msgStreamType is empty and the operator will pick ${selected}; set msgStreamType: ${stream} to use it, or remove the block.`,
            ko: `msgStreamType이 비어 있어 오퍼레이터가 ${selected}을(를) 선택하므로 spec.dependencies.${key}는 무시됩니다. 사용하려면 msgStreamType: ${stream}을(를) 설정하고, 아니면 블록을 삭제하세요.`,
          },
          {
            severity: 'warning',
            ...(unused.length === 1
              ? {
                  fix: setFix(
                    { en: `Use ${stream}`, ko: `${stream} 사용` },
                    MSG_STREAM_PATH,
                    stream,
                  ),
                }
              : {}),
          },
        )
        continue
      }
      report(
        path,
        {
          en: `spec.dependencies.${key} is ignored because msgStreamType is ${selected}; remove the block or switch msgStreamType to ${stream}.`,
          ko: `msgStreamType이 ${selected}이므로 spec.dependencies.${key}는 무시됩니다. 블록을 삭제하거나 msgStreamType을 ${stream}(으)로 바꾸세요.`,
        },
        { fix: deleteFix({ en: `Remove ${key} settings`, ko: `${key} 설정 삭제` }, path) },
      )
    }
  },
})
