/**
 * Replicas for a component the mode does not run. Standalone mode runs one `standalone` pod (plus
 * `cdc` when present), so cluster components' replicas are ignored. Cluster mode keeps a
 * `standalone` Deployment at 0 replicas (used when moving from standalone); a count above 0
 * there runs a standalone Milvus beside the cluster (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L388, operator components.go).
 */
import { COMPONENT_NAMES, effectiveMode, type ComponentName, isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix, setFix } from '../lib/fix'
import { SRC_COMPONENTS } from '../lib/sources'

const STANDALONE_RUNS: readonly ComponentName[] = ['standalone', 'cdc']

export const componentNotRunInMode = defineRule({
  id: 'component-not-run-in-mode',
  severity: 'warning',
  title: {
    en: 'Replicas for a component this mode does not run',
    ko: '이 모드에서 실행하지 않는 컴포넌트의 replicas',
  },
  explanation: {
    en: 'In standalone mode every Milvus role runs inside the single standalone pod, so replicas for proxy, coordinators or nodes have no effect. In cluster mode the roles run as separate Deployments and the standalone Deployment stays at 0 replicas.',
    ko: '스탠드얼론 모드에서는 모든 Milvus 역할이 하나의 스탠드얼론 파드 안에서 실행되므로 proxy, 코디네이터, 노드의 replicas는 효과가 없습니다. 클러스터 모드에서는 역할마다 별도 Deployment로 실행되고 standalone Deployment는 replicas 0으로 유지됩니다.',
  },
  source: SRC_COMPONENTS,
  check(ctx, report) {
    const r = ctx.resource
    const components = r.spec.components
    if (!isRecord(components)) return
    // A fragment that does not say its mode leaves it unknown, not standalone.
    if (ctx.fragmentAt && r.spec.mode === undefined) return
    if (effectiveMode(r) === 'cluster') {
      const replicas: unknown = components.standalone?.replicas
      if (typeof replicas !== 'number' || replicas === 0) return
      const path = ['spec', 'components', 'standalone', 'replicas']
      report(
        path,
        {
          en: `In cluster mode standalone.replicas ${replicas} starts a standalone Milvus beside the cluster; set it to 0 or remove it.`,
          ko: `클러스터 모드에서 standalone.replicas ${replicas}은(는) 클러스터 옆에 스탠드얼론 Milvus를 띄우므로 0으로 바꾸거나 삭제하세요.`,
        },
        {
          fix: setFix(
            { en: 'Set standalone replicas to 0', ko: 'standalone replicas를 0으로 설정' },
            path,
            0,
          ),
        },
      )
      return
    }
    for (const name of COMPONENT_NAMES) {
      if (STANDALONE_RUNS.includes(name)) continue
      if (components[name]?.replicas === undefined) continue
      const path = ['spec', 'components', name, 'replicas']
      report(
        path,
        {
          en: `Standalone mode runs no separate ${name}, so ${name}.replicas is ignored; remove it or set spec.mode to cluster.`,
          ko: `스탠드얼론 모드에서는 ${name}이(가) 따로 실행되지 않아 ${name}.replicas가 무시되므로, 삭제하거나 spec.mode를 cluster로 설정하세요.`,
        },
        { fix: deleteFix({ en: `Remove ${name}.replicas`, ko: `${name}.replicas 삭제` }, path) },
      )
    }
  },
})
