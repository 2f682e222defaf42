/**
 * Webhook check 3: the selected built-in store's persistentVolumeClaim.spec must decode as a
 * corev1.PersistentVolumeClaimSpec. The field is free-form in the CRD, so nothing else catches a
 * wrongly typed value. Sizes under `storage` are left to storage-size-not-quantity.
 */
import {
  effectiveBuiltInMq,
  getAtPath,
  isKubernetesQuantity,
  type LocalizedText,
  type SpecPath,
  isRecord,
} from '../../model'
import { defineRule } from '../defineRule'
import { persistencePath } from '../lib/persistence'
import { liftedRaw } from '../lib/schemaWalk'
import { SRC_WEBHOOK } from '../lib/sources'

const STRING_FIELDS = ['storageClassName', 'volumeName', 'volumeMode', 'volumeAttributesClassName']
const MAP_FIELDS = ['selector', 'dataSource', 'dataSourceRef', 'resources']

interface Problem {
  path: SpecPath
  expected: LocalizedText
}

const QUANTITY_MAP = {
  en: 'a map of resource names to quantities',
  ko: '리소스 이름과 수량의 매핑',
}
const QUANTITY = { en: 'a Kubernetes quantity (for example 10Gi)', ko: 'Kubernetes 수량(예: 10Gi)' }
const SPEC_MAP = {
  en: 'a map (a PersistentVolumeClaim spec)',
  ko: '매핑(PersistentVolumeClaim spec)',
}
const STRING_LIST = {
  en: 'a list of strings such as [ReadWriteOnce]',
  ko: '[ReadWriteOnce] 같은 문자열 목록',
}
const STRING = { en: 'a string', ko: '문자열' }
const MAP = { en: 'a map', ko: '매핑' }

/** A `resources` that is not a map is one of the MAP_FIELDS problems. */
function quantityProblems(resources: unknown, base: SpecPath): Problem[] {
  if (!isRecord(resources)) return []
  const out: Problem[] = []
  for (const kind of ['requests', 'limits']) {
    const list = resources[kind]
    if (list === undefined) continue
    if (!isRecord(list)) {
      out.push({ path: [...base, kind], expected: QUANTITY_MAP })
      continue
    }
    for (const [name, q] of Object.entries(list)) {
      if (
        name !== 'storage' &&
        !((typeof q === 'string' || typeof q === 'number') && isKubernetesQuantity(q))
      )
        out.push({ path: [...base, kind, name], expected: QUANTITY })
    }
  }
  return out
}

function specProblems(spec: unknown, base: SpecPath): Problem[] {
  if (!isRecord(spec)) return [{ path: base, expected: SPEC_MAP }]
  const out: Problem[] = []
  const modes = spec.accessModes
  if (modes !== undefined && !(Array.isArray(modes) && modes.every((m) => typeof m === 'string'))) {
    out.push({ path: [...base, 'accessModes'], expected: STRING_LIST })
  }
  for (const key of STRING_FIELDS) {
    if (spec[key] !== undefined && spec[key] !== null && typeof spec[key] !== 'string')
      out.push({ path: [...base, key], expected: STRING })
  }
  for (const key of MAP_FIELDS) {
    if (spec[key] !== undefined && spec[key] !== null && !isRecord(spec[key]))
      out.push({ path: [...base, key], expected: MAP })
  }
  return [...out, ...quantityProblems(spec.resources, [...base, 'resources'])]
}

export const webhookPvcSpecInvalid = defineRule({
  id: 'webhook-pvc-spec-invalid',
  severity: 'error',
  title: { en: 'Volume claim spec does not decode', ko: '해석할 수 없는 PVC spec' },
  explanation: {
    en: 'The operator webhook decodes persistence.persistentVolumeClaim.spec of the selected built-in store as a Kubernetes PersistentVolumeClaimSpec and rejects the resource with "failed to unmarshal values as obj[*v1.PersistentVolumeClaimSpec]" when a field has the wrong type.',
    ko: '오퍼레이터 웹훅은 선택된 내장 저장소의 persistence.persistentVolumeClaim.spec을 Kubernetes PersistentVolumeClaimSpec으로 해석하며, 필드 형식이 틀리면 "failed to unmarshal values as obj[*v1.PersistentVolumeClaimSpec]" 오류로 리소스를 거부합니다.',
  },
  source: SRC_WEBHOOK,
  check(ctx, report) {
    const store = effectiveBuiltInMq(ctx.resource)
    if (!store) return
    // Read as written: normalize() drops a wrongly shaped spec, but the webhook sees it.
    const claim = getAtPath(liftedRaw(ctx), [...persistencePath(store), 'persistentVolumeClaim'])
    if (!isRecord(claim) || claim.spec === undefined || claim.spec === null) return
    const base = [...persistencePath(store), 'persistentVolumeClaim', 'spec']
    for (const p of specProblems(claim.spec, base)) {
      const field = String(p.path[p.path.length - 1])
      report(p.path, {
        en: `The operator rejects this with "failed to unmarshal values as obj[*v1.PersistentVolumeClaimSpec]": ${field} must be ${p.expected.en}; correct its value.`,
        ko: `오퍼레이터가 "failed to unmarshal values as obj[*v1.PersistentVolumeClaimSpec]" 오류로 거부합니다. ${field} 값은 ${p.expected.ko} 형식이어야 하니 고치세요.`,
      })
    }
  },
})
