/** The API server rejects an object without metadata.name; the operator names every release after it. */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { SRC_CRD } from '../lib/sources'
import { isRecord } from '../../model'

const PATH = ['metadata', 'name'] as const
const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

export const metadataNameRequired = defineRule({
  id: 'metadata-name-required',
  severity: 'error',
  title: { en: 'Missing or invalid name', ko: '이름이 없거나 잘못됨' },
  explanation: {
    en: 'Kubernetes requires metadata.name, a lower-case DNS name. The operator also derives the names of the etcd, storage and message-store releases, the ConfigMap and the data volume from it.',
    ko: 'Kubernetes는 소문자 DNS 이름 형식의 metadata.name을 요구합니다. 오퍼레이터는 etcd, 스토리지, 메시지 저장소 릴리스와 ConfigMap, 데이터 볼륨의 이름도 이 값에서 만듭니다.',
  },
  source: SRC_CRD,
  needsWholeResource: true,
  check(ctx, report) {
    const meta = isRecord(ctx.raw) ? ctx.raw.metadata : undefined
    const name = isRecord(meta) ? meta.name : undefined
    if (typeof name === 'string' && name !== '') {
      if (DNS_1123.test(name) && name.length <= 253) return
      const fixed = name
        .toLowerCase()
        .replace(/[^-a-z0-9.]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
      report(
        PATH,
        {
          en: `metadata.name "${name}" is not a valid Kubernetes name; use lower-case letters, digits and dashes, such as "${fixed || 'my-milvus'}".`,
          ko: `metadata.name "${name}"은(는) 올바른 Kubernetes 이름이 아닙니다. "${fixed || 'my-milvus'}"처럼 소문자, 숫자, 대시를 쓰세요.`,
        },
        {
          fix: setFix(
            {
              en: `Rename to ${fixed || 'my-milvus'}`,
              ko: `${fixed || 'my-milvus'}(으)로 이름 변경`,
            },
            PATH,
            fixed || 'my-milvus',
          ),
        },
      )
      return
    }
    report(
      PATH,
      {
        en: 'metadata.name is missing, so Kubernetes rejects the resource; give it a name such as "my-milvus".',
        ko: 'metadata.name이 없어 Kubernetes가 리소스를 거부합니다. "my-milvus" 같은 이름을 지정하세요.',
      },
      { fix: setFix({ en: 'Name it my-milvus', ko: 'my-milvus로 이름 지정' }, PATH, 'my-milvus') },
    )
  },
})
