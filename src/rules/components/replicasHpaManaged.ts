/**
 * `replicas: -1` hands a component (or a deployment group) to a HorizontalPodAutoscaler: the
 * operator stops setting the Deployment's size, so an HPA targeting it must exist (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/components_types.go#L49,
 * sample hpa.yaml).
 */
import { COMPONENT_NAMES, isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { deploymentName, groupEntries } from '../lib/groups'
import { SRC_COMPONENTS } from '../lib/sources'

export const replicasHpaManaged = defineRule({
  id: 'replicas-hpa-managed',
  severity: 'info',
  title: { en: 'Replicas managed by an HPA', ko: 'HPA가 관리하는 replicas' },
  explanation: {
    en: 'With replicas: -1 the operator leaves the Deployment size alone. Create a HorizontalPodAutoscaler whose scaleTargetRef is that Deployment, or the component keeps whatever size it had (one pod when new).',
    ko: 'replicas: -1이면 오퍼레이터가 Deployment 크기를 건드리지 않습니다. scaleTargetRef가 그 Deployment인 HorizontalPodAutoscaler를 만들지 않으면 컴포넌트는 이전 크기(새로 만들면 파드 1개)를 유지합니다.',
  },
  source: SRC_COMPONENTS,
  check(ctx, report) {
    const r = ctx.resource
    for (const name of COMPONENT_NAMES) {
      const spec: unknown = r.spec.components?.[name]
      if (!isRecord(spec) || spec.replicas !== -1) continue
      const target = deploymentName(r, name)
      report(['spec', 'components', name, 'replicas'], {
        en: `${name} is sized by an HPA; create a HorizontalPodAutoscaler that targets Deployment ${target}.`,
        ko: `${name}의 크기는 HPA가 정하므로 Deployment ${target}을(를) 대상으로 하는 HorizontalPodAutoscaler를 만드세요.`,
      })
    }
    for (const { component, group, path } of groupEntries(r)) {
      if (group.replicas !== -1 || typeof group.name !== 'string') continue
      const target = deploymentName(r, component, group.name)
      report([...path, 'replicas'], {
        en: `${component} group ${group.name} is sized by an HPA; create a HorizontalPodAutoscaler that targets Deployment ${target}.`,
        ko: `${component} 그룹 ${group.name}의 크기는 HPA가 정하므로 Deployment ${target}을(를) 대상으로 하는 HorizontalPodAutoscaler를 만드세요.`,
      })
    }
  },
})
