/**
 * The operator merges pod labels and annotations with the global value last
 * (`MergeLabels(component, global)` in MergeComponentSpec,
 * https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/components.go#L727),
 * so a component's own value for a key that spec.components also sets is silently replaced.
 */
import { isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { GLOBAL_WINS_FIELDS, mapEntries, podLevels } from '../lib/podLevels'
import { SRC_MERGE } from '../lib/sources'

export const podLabelOverriddenByGlobal = defineRule({
  id: 'pod-label-overridden-by-global',
  severity: 'warning',
  title: {
    en: 'Component label replaced by the all-components value',
    ko: '모든 컴포넌트 값으로 대체되는 컴포넌트 레이블',
  },
  explanation: {
    en: 'Pod labels and annotations set on spec.components are merged into every component, and for a key set in both places the spec.components value wins, the opposite of every other pod setting. Remove the key from spec.components and set it per component, or drop the component value.',
    ko: 'spec.components의 파드 레이블과 어노테이션은 모든 컴포넌트에 병합되며, 두 곳에 같은 키가 있으면 다른 파드 설정과 반대로 spec.components 값이 이깁니다. spec.components에서 키를 지우고 컴포넌트마다 설정하거나 컴포넌트 값을 지우세요.',
  },
  source: SRC_MERGE,
  check(ctx, report) {
    const [global, ...components] = podLevels(ctx.resource)
    if (!global) return
    for (const field of GLOBAL_WINS_FIELDS) {
      const wins = global.spec[field]
      if (!isRecord(wins)) continue
      for (const level of components) {
        for (const [key, value] of mapEntries(level, field)) {
          if (!(key in wins) || wins[key] === value) continue
          report([...level.path, field, key], {
            en: `${level.component} sets ${field}.${key} to "${String(value)}", but spec.components.${field}.${key} ("${String(wins[key])}") replaces it on every pod; set it in one place only.`,
            ko: `${level.component}의 ${field}.${key} 값 "${String(value)}"은(는) 모든 파드에서 spec.components.${field}.${key} 값("${String(wins[key])}")으로 대체됩니다. 한 곳에서만 설정하세요.`,
          })
        }
      }
    }
  },
})
