/**
 * `spec.components.rollingMode` selects the operator's rolling-update implementation. The webhook
 * accepts only 0 (unset, defaulted to 2), 2 and 3 (validateCommon, see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L86).
 */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { SRC_WEBHOOK_VALIDATE } from '../lib/sources'

const PATH = ['spec', 'components', 'rollingMode'] as const
const ACCEPTED: readonly number[] = [0, 2, 3]

export const rollingModeValid = defineRule({
  id: 'rolling-mode-valid',
  severity: 'error',
  title: { en: 'Unsupported rollingMode', ko: '지원하지 않는 rollingMode' },
  explanation: {
    en: 'The operator implements two rolling-update strategies, 2 (the default) and 3. Its webhook rejects any other rollingMode with "rollingMode should be 2 or 3"; leave the field out to get 2.',
    ko: '오퍼레이터는 롤링 업데이트 방식으로 2(기본값)와 3 두 가지만 구현합니다. 다른 rollingMode 값은 웹훅이 "rollingMode should be 2 or 3"으로 거부하므로, 2를 쓰려면 필드를 생략하세요.',
  },
  source: SRC_WEBHOOK_VALIDATE,
  check(ctx, report) {
    const mode: unknown = ctx.resource.spec.components?.rollingMode
    if (typeof mode !== 'number' || ACCEPTED.includes(mode)) return
    report(
      PATH,
      {
        en: `rollingMode should be 2 or 3 (now ${mode}); set it to 2, the default, or to 3.`,
        ko: `rollingMode should be 2 or 3 (현재 ${mode}). 기본값인 2나 3으로 설정하세요.`,
      },
      { fix: setFix({ en: 'Use rollingMode 2', ko: 'rollingMode 2 사용' }, PATH, 2) },
    )
  },
})
