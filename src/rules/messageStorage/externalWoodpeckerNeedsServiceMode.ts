/**
 * External Woodpecker (a separate LogStore) needs a Milvus build with Woodpecker service mode
 * (`woodpecker.storage.type: service`), which exists on Milvus master only (see https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml, https://github.com/milvus-io/milvus/blob/master/internal/util/dependency/factory.go),
 * and an operator at v1.3.8 or later (the `external` and `quorumBufferPools` fields).
 */
import { effectiveMilvusVersion, effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { DEPS } from '../lib/mq'
import { SRC_DEPS_TYPES } from '../lib/sources'

export const externalWoodpeckerNeedsServiceMode = defineRule({
  id: 'external-woodpecker-needs-service-mode',
  severity: 'warning',
  title: {
    en: 'External Woodpecker needs service mode',
    ko: '외부 Woodpecker에는 서비스 모드가 필요합니다',
  },
  explanation: {
    en: 'With woodpecker.external the operator configures Milvus to write to Woodpecker LogStore nodes (storage.type service). Only Milvus builds with Woodpecker service mode understand that (the master line; the 2.6 releases allow minio and local only), and only operator v1.3.8 or later knows the external fields.',
    ko: 'woodpecker.external을 켜면 오퍼레이터는 Milvus가 Woodpecker LogStore 노드에 기록하도록 설정합니다(storage.type service). 이 설정은 Woodpecker 서비스 모드가 들어간 Milvus 빌드(master 계열, 2.6 릴리스는 minio와 local만 허용)만 이해하며, external 필드는 오퍼레이터 v1.3.8 이상에서만 인식됩니다.',
  },
  source: SRC_DEPS_TYPES,
  check(ctx, report) {
    const r = ctx.resource
    if (effectiveMsgStreamType(r) !== 'woodpecker') return
    if (r.spec.dependencies?.woodpecker?.external !== true) return
    const version = effectiveMilvusVersion(r)
    if (version?.source === 'master') return
    const shown = version?.raw ?? 'this image'
    report([...DEPS, 'woodpecker', 'external'], {
      en: `External Woodpecker needs a Milvus build with Woodpecker service mode and operator v1.3.8+, but ${shown} is a release without it; use a build that has service mode or set woodpecker.external to false.`,
      ko: `외부 Woodpecker에는 Woodpecker 서비스 모드가 있는 Milvus 빌드와 오퍼레이터 v1.3.8 이상이 필요하지만 ${shown}은(는) 서비스 모드가 없는 릴리스입니다. 서비스 모드가 있는 빌드를 쓰거나 woodpecker.external을 false로 설정하세요.`,
    })
  },
})
