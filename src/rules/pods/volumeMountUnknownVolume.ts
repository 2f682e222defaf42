/**
 * A volumeMount must name a volume of the pod. The operator merges per component
 * (https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/components.go#L726):
 * the component's `volumes` replace the global ones when set, while global `volumeMounts` are kept
 * beside the component's. So a global mount breaks a component that brings its own volumes
 * without that one. The operator's own volumes (milvus-config, tools, milvus-data: see
 * pkg/controllers/deployments.go#L24) can be mounted too, and a mount named `_remove` is the
 * operator's marker for taking a mount away (deployment_updater.go#L709). A warning, not an error:
 * the operator adds volumes to an existing pod template but never removes them, so on a running
 * Deployment a volume from an earlier spec may still be there.
 */
import { componentsCreated, isRecord, type ComponentName } from '../../model'
import { defineRule } from '../defineRule'
import { podLevels, podListItems, type PodLevel } from '../lib/podLevels'
import { SRC_MERGE } from '../lib/sources'

const OPERATOR_VOLUMES = ['milvus-config', 'tools', 'milvus-data'] as const
const REMOVAL_MARKER = '_remove'

function volumeNames(level: PodLevel | undefined): Set<string> | undefined {
  const volumes = level?.spec.volumes
  if (!Array.isArray(volumes)) return undefined
  const names = volumes.flatMap((v: unknown) =>
    isRecord(v) && typeof v.name === 'string' ? [v.name] : [],
  )
  return new Set(names)
}

/** The volume names a component's pods have after the operator's merge. */
function effectiveVolumes(global: PodLevel | undefined, own: PodLevel | undefined): Set<string> {
  return new Set([...OPERATOR_VOLUMES, ...(volumeNames(own) ?? volumeNames(global) ?? [])])
}

export const volumeMountUnknownVolume = defineRule({
  id: 'volume-mount-unknown-volume',
  severity: 'warning',
  title: { en: 'Mount of a volume the pod does not have', ko: '파드에 없는 볼륨의 마운트' },
  explanation: {
    en: "Every volumeMount names a volume of the same pod. A component's own volumes list replaces spec.components.volumes, but mounts from spec.components are still added to it, so both must agree. The API server refuses a pod template whose mount names a missing volume, and that component never starts.",
    ko: '모든 volumeMount는 같은 파드의 볼륨 이름을 가리킵니다. 컴포넌트 자신의 volumes 목록은 spec.components.volumes를 대체하지만 spec.components의 마운트는 그대로 더해지므로 둘이 맞아야 합니다. 없는 볼륨을 마운트하는 새 파드 템플릿은 API 서버가 거부하고, 그 컴포넌트는 시작되지 않습니다(오퍼레이터는 볼륨을 추가만 하고 지우지 않으므로 기존 Deployment에는 이전 spec의 볼륨이 남아 있을 수 있습니다).',
  },
  source: SRC_MERGE,
  check(ctx, report) {
    const levels = podLevels(ctx.resource)
    const global = levels[0]
    const own = (c: ComponentName) => levels.find((l) => l.component === c)
    for (const { level, item, path } of podListItems(ctx.resource, 'volumeMounts')) {
      const targets = level.component ? [level.component] : componentsCreated(ctx.resource)
      if (typeof item.name !== 'string' || item.name === '' || item.name === REMOVAL_MARKER)
        continue
      const name = item.name
      const missing = targets.filter((c) => !effectiveVolumes(global, own(c)).has(name))
      if (missing.length === 0) continue
      report([...path, 'name'], {
        en: `No volume named "${name}" in the pods of ${missing.join(', ')}; add it to ${level.component ? `the ${level.component} volumes (or spec.components.volumes when ${level.component} has none)` : 'the volumes of those components, or remove their own volumes list'}.`,
        ko: `${missing.join(', ')} 파드에 "${name}" 볼륨이 없습니다. ${level.component ? `${level.component}의 volumes(없으면 spec.components.volumes)에 추가하세요` : '그 컴포넌트들의 volumes에 추가하거나 자체 volumes 목록을 지우세요'}.`,
      })
    }
  },
})
