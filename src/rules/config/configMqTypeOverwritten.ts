/**
 * The operator always writes `mq.type` from msgStreamType (except for custom), so a different
 * `spec.config.mq.type` is silently replaced (see https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90 and https://github.com/zilliztech/milvus-operator/blob/v1.3.8/tool/merge/main.go#L25).
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix } from '../lib/fix'
import { SRC_CONFIGMAP } from '../lib/sources'
import { readConfig } from '../lib/read'

const PATH = ['spec', 'config', 'mq', 'type'] as const

export const configMqTypeOverwritten = defineRule({
  id: 'config-mq-type-overwritten',
  severity: 'warning',
  title: { en: 'mq.type is overwritten', ko: 'mq.type이 덮어써집니다' },
  explanation: {
    en: 'The operator renders mq.type from spec.dependencies.msgStreamType for every store except custom, replacing whatever spec.config.mq.type says. The store is chosen by msgStreamType only.',
    ko: '오퍼레이터는 custom을 제외한 모든 저장소에서 mq.type을 spec.dependencies.msgStreamType으로 만들어 spec.config.mq.type 값을 대체합니다. 저장소는 msgStreamType으로만 정해집니다.',
  },
  source: SRC_CONFIGMAP,
  check(ctx, report) {
    const r = ctx.resource
    const stream = effectiveMsgStreamType(r)
    const written = readConfig(r, 'mq', 'type')
    if (stream === 'custom' || written === undefined || written === stream) return
    report(
      PATH,
      {
        en: `spec.config.mq.type (${String(written)}) is replaced by msgStreamType (${stream}); remove it and choose the store with spec.dependencies.msgStreamType.`,
        ko: `spec.config.mq.type(${String(written)})은 msgStreamType(${stream})으로 대체됩니다. 이 값을 삭제하고 저장소는 spec.dependencies.msgStreamType으로 정하세요.`,
      },
      { fix: deleteFix({ en: 'Remove mq.type', ko: 'mq.type 삭제' }, PATH) },
    )
  },
})
