/**
 * An object read back from a cluster (`kubectl get milvus -o yaml`) carries fields only the server
 * writes. Re-applying it as it is fails or fights the server (a stale resourceVersion is a conflict)
 * and keeps the operator's status. The derive step also mutes warnings about values the operator
 * wrote back itself (its defaults and the merged chart values).
 */
import { SERVER_FIELDS, serverFieldsOf } from '../../model'
import { defineRule } from '../defineRule'
import type { Patch } from '../types'

const SRC =
  'Kubernetes API conventions: metadata (uid, resourceVersion, generation, creationTimestamp, managedFields, finalizers) and status are written by the server'

export const readBackObject = defineRule({
  id: 'read-back-object',
  severity: 'info',
  title: { en: 'Object read back from a cluster', ko: '클러스터에서 읽어 온 객체' },
  explanation: {
    en: 'kubectl get -o yaml returns the object as stored: with status, server metadata and every default the operator filled in (including the chart values it merged into inCluster.values). Strip the server fields before re-applying: a stale resourceVersion makes kubectl replace fail with a conflict, and status is ignored. The studio does not warn about the defaults the operator wrote itself.',
    ko: 'kubectl get -o yaml은 저장된 그대로의 객체를 돌려줍니다: status, 서버 메타데이터, 오퍼레이터가 채운 모든 기본값(inCluster.values에 병합한 차트 값 포함). 다시 적용하기 전에 서버 필드를 지우세요. 오래된 resourceVersion은 kubectl replace를 충돌로 실패시키고 status는 무시됩니다. 스튜디오는 오퍼레이터가 직접 쓴 기본값에 대해서는 경고하지 않습니다.',
  },
  source: SRC,
  needsWholeResource: true,
  check(ctx, report) {
    const present = serverFieldsOf(ctx.raw)
    if (present.length === 0) return
    const names = present.map((p) => p.join('.'))
    report(
      [],
      {
        en: `This looks like an object read back from a cluster; strip ${names.join(', ')} before re-applying it (defaults the operator wrote back are not flagged).`,
        ko: `클러스터에서 읽어 온 객체로 보입니다. 다시 적용하기 전에 ${names.join(', ')}을(를) 지우세요(오퍼레이터가 써 넣은 기본값은 표시하지 않습니다).`,
      },
      {
        fix: {
          title: { en: 'Strip the server fields', ko: '서버 필드 지우기' },
          patches: present.map((path): Patch => ({ op: 'delete', path })),
        },
      },
    )
  },
})

/** The fields this rule looks for, for the export option that strips them. */
export const READ_BACK_FIELDS = SERVER_FIELDS
