/**
 * Without `persistence.enabled` the operator mounts an emptyDir at /var/lib/milvus, so a store
 * that keeps its log there loses it whenever the pod is replaced (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L174).
 */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { builtInBlock, storeLabel } from '../lib/mq'
import { persistencePath, storeLoggingToVolume } from '../lib/persistence'
import { SRC_PERSISTENCE } from '../lib/sources'

export const embeddedStoreWithoutPersistence = defineRule({
  id: 'embedded-store-without-persistence',
  severity: 'warning',
  title: { en: 'Embedded store without a volume', ko: '볼륨 없는 내장 저장소' },
  explanation: {
    en: 'RocksMQ, NATS and Woodpecker with local storage write the message log under /var/lib/milvus. Unless persistence is enabled that directory is an emptyDir, which disappears with the pod on every restart, reschedule or upgrade.',
    ko: 'RocksMQ, NATS, 로컬 스토리지를 쓰는 Woodpecker는 메시지 로그를 /var/lib/milvus 아래에 씁니다. persistence를 켜지 않으면 이 디렉터리는 emptyDir이어서 재시작, 재스케줄, 업그레이드 때마다 파드와 함께 사라집니다.',
  },
  source: SRC_PERSISTENCE,
  check(ctx, report) {
    const r = ctx.resource
    const store = storeLoggingToVolume(r)
    if (!store || builtInBlock(r, store)?.persistence?.enabled === true) return
    const path = [...persistencePath(store), 'enabled']
    report(
      path,
      {
        en: `${storeLabel(store)} keeps its message log on an emptyDir that is lost with the pod; set ${store}.persistence.enabled: true.`,
        ko: `${storeLabel(store)}의 메시지 로그가 파드와 함께 사라지는 emptyDir에 저장됩니다. ${store}.persistence.enabled: true를 설정하세요.`,
      },
      { fix: setFix({ en: 'Enable persistence', ko: 'persistence 사용' }, path, true) },
    )
  },
})
