/**
 * `deletionPolicy`, `pvcDeletion` and `chartVersion` are fields of `inCluster` that the operator
 * reads (InClusterConfig, apis/milvus.io/v1beta1/dependencies_types.go at v1.3.8). Written one level
 * too deep, under `values`, they go to the chart, which ignores them, and the operator keeps its
 * defaults (Retain, no PVC deletion, the default chart).
 */
import type { SpecPath } from '../../model'
import { defineRule } from '../defineRule'
import { chartValuesOf } from '../lib/chartValues'
import type { Fix } from '../types'

/** InClusterConfig fields other than values. */
export const OPERATOR_FIELDS: readonly string[] = ['deletionPolicy', 'pvcDeletion', 'chartVersion']

function moveUp(valuesPath: SpecPath, key: string, value: unknown, taken: boolean): Fix {
  const from = [...valuesPath, key]
  const to = [...valuesPath.slice(0, -1), key]
  return taken
    ? {
        title: { en: `Remove values.${key}`, ko: `values.${key} 삭제` },
        patches: [{ op: 'delete', path: from }],
      }
    : {
        title: { en: `Move ${key} up to inCluster`, ko: `${key}를 inCluster로 올리기` },
        patches: [
          { op: 'delete', path: from },
          { op: 'set', path: to, value },
        ],
      }
}

export const chartValuesOperatorField = defineRule({
  id: 'chart-values-operator-field',
  severity: 'warning',
  title: { en: 'Operator field placed under values', ko: 'values 아래에 놓인 오퍼레이터 필드' },
  explanation: {
    en: 'deletionPolicy, pvcDeletion and chartVersion belong directly under inCluster, where the operator reads them. Under inCluster.values they are passed to the Helm chart, which ignores them, so the operator keeps its defaults: the release and its volumes are retained on delete and the default chart version is installed.',
    ko: 'deletionPolicy, pvcDeletion, chartVersion은 오퍼레이터가 읽는 inCluster 바로 아래에 있어야 합니다. inCluster.values 아래에 두면 Helm 차트로 전달되어 무시되고, 오퍼레이터는 기본값을 씁니다. 삭제 시 릴리스와 볼륨이 남고 기본 차트 버전이 설치됩니다.',
  },
  source:
    'https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go',
  check(ctx, report) {
    for (const cv of chartValuesOf(ctx.resource)) {
      const inCluster = ctx.resource.spec.dependencies?.[cv.dep]?.inCluster as
        Record<string, unknown> | undefined
      for (const key of OPERATOR_FIELDS) {
        if (!Object.hasOwn(cv.values, key)) continue
        const taken = inCluster !== undefined && Object.hasOwn(inCluster, key)
        report(
          [...cv.path, key],
          {
            en: `${key} under values goes to the chart, which ignores it; ${taken ? `inCluster.${key} is already set, so remove this one` : `move it up to inCluster.${key}, where the operator reads it`}.`,
            ko: `values 아래의 ${key}는 차트로 전달되어 무시됩니다. ${taken ? `inCluster.${key}가 이미 있으니 이것은 지우세요` : `오퍼레이터가 읽는 inCluster.${key}로 올리세요`}.`,
          },
          { fix: moveUp(cv.path, key, cv.values[key], taken) },
        )
      }
    }
  },
})
