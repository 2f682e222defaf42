/**
 * The studio edits `milvus.io/v1beta1` Milvus. v1alpha1 Milvus and MilvusCluster are lifted (see
 * v1alpha1-is-standalone); anything else is not a resource the operator serves.
 */
import { isMilvusKind } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { SRC_CRD } from '../lib/sources'

export const apiVersionKind = defineRule({
  id: 'api-version-kind',
  severity: 'error',
  title: { en: 'Wrong apiVersion or kind', ko: '잘못된 apiVersion 또는 kind' },
  explanation: {
    en: 'The Milvus operator serves kind Milvus at apiVersion milvus.io/v1beta1 (and the older milvus.io/v1alpha1). Any other pair is not accepted by the cluster.',
    ko: 'Milvus 오퍼레이터는 apiVersion milvus.io/v1beta1(그리고 이전의 milvus.io/v1alpha1)의 kind Milvus를 제공합니다. 다른 조합은 클러스터가 받아들이지 않습니다.',
  },
  source: SRC_CRD,
  needsWholeResource: true,
  check(ctx, report) {
    const { apiVersion, kind } = ctx.original
    if (isMilvusKind(apiVersion, kind)) return
    if (kind === 'MilvusCluster') {
      report(
        ['kind'],
        {
          en: `MilvusCluster exists only as milvus.io/v1alpha1; with ${apiVersion} use kind: Milvus and spec.mode: cluster.`,
          ko: `MilvusCluster는 milvus.io/v1alpha1에만 있습니다. ${apiVersion}에서는 kind: Milvus와 spec.mode: cluster를 쓰세요.`,
        },
        {
          fix: {
            title: {
              en: 'Use kind Milvus in cluster mode',
              ko: '클러스터 모드의 kind Milvus 사용',
            },
            patches: [
              { op: 'set', path: ['kind'], value: 'Milvus' },
              { op: 'set', path: ['spec', 'mode'], value: 'cluster' },
            ],
          },
        },
      )
      return
    }
    if (kind !== 'Milvus') {
      report(
        ['kind'],
        {
          en: `kind "${kind}" is not served by the Milvus operator; use kind: Milvus.`,
          ko: `kind "${kind}"는 Milvus 오퍼레이터가 제공하지 않습니다. kind: Milvus를 쓰세요.`,
        },
        { fix: setFix({ en: 'Use kind Milvus', ko: 'kind Milvus 사용' }, ['kind'], 'Milvus') },
      )
      return
    }
    report(
      ['apiVersion'],
      apiVersion === ''
        ? {
            en: 'apiVersion is missing, so Kubernetes cannot tell which resource this is; add apiVersion: milvus.io/v1beta1.',
            ko: 'apiVersion이 없어 Kubernetes가 어떤 리소스인지 알 수 없습니다. apiVersion: milvus.io/v1beta1을 추가하세요.',
          }
        : {
            en: `apiVersion "${apiVersion}" is not served for ${kind}; use apiVersion: milvus.io/v1beta1.`,
            ko: `${kind}에는 apiVersion "${apiVersion}"이(가) 제공되지 않습니다. apiVersion: milvus.io/v1beta1을 쓰세요.`,
          },
      {
        fix: setFix(
          { en: 'Use milvus.io/v1beta1', ko: 'milvus.io/v1beta1 사용' },
          ['apiVersion'],
          'milvus.io/v1beta1',
        ),
      },
    )
  },
})
