/**
 * metadata.name becomes part of the names the operator derives: the Service `<name>-milvus`
 * (a DNS-1035 label, at most 63 characters, starting with a letter), the label
 * `app.kubernetes.io/instance` (at most 63), and one Helm release `<name>-<chart>` per in-cluster
 * dependency (at most 53). The API server accepts the Milvus resource; the failure comes later.
 */
import { derivedNames, isNameInvalid, maxNameLength, type DerivedName } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import type { ReportOptions } from '../types'
import { SRC_NAMES } from '../lib/sources'

const NAME_PATH = ['metadata', 'name']

function why(d: DerivedName): string {
  if (d.name.length > d.limit)
    return `${d.object} "${d.name}" has ${d.name.length} characters (at most ${d.limit})`
  if (d.check === 'dns1035-label')
    return `${d.object} "${d.name}" must be lower-case letters, digits and "-", starting with a letter`
  return `${d.object} "${d.name}" has characters it does not allow`
}

/** A name that passes every check: lower-cased, cut to the limit, no leading digit or trailing dash. */
function shortened(name: string, max: number): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/^[^a-z]+/, '')
  return cleaned.slice(0, max).replace(/-+$/, '')
}

export const nameTooLong = defineRule({
  id: 'name-too-long',
  severity: 'error',
  title: {
    en: 'Name too long or invalid for the objects the operator derives',
    ko: '오퍼레이터가 만드는 객체에 너무 길거나 맞지 않는 이름',
  },
  explanation: {
    en: 'The operator names what it creates after the Milvus resource: the Service <name>-milvus (at most 63 characters, lower case, starting with a letter), the label app.kubernetes.io/instance (at most 63) and the Helm release <name>-etcd, -minio, -pulsar, -kafka or -tei of each in-cluster dependency (Helm allows at most 53). The resource itself is accepted; the operator then fails to create the object, and Milvus never becomes ready. Renaming creates a new instance, so choose the name before the first deploy.',
    ko: '오퍼레이터는 Milvus 리소스 이름으로 객체 이름을 짓습니다: Service <name>-milvus(최대 63자, 소문자, 문자로 시작), 레이블 app.kubernetes.io/instance(최대 63자), 클러스터 내부 의존성마다 Helm 릴리스 <name>-etcd, -minio, -pulsar, -kafka, -tei(Helm은 최대 53자). 리소스 자체는 받아들여지지만 오퍼레이터가 객체를 만들지 못해 Milvus가 준비되지 않습니다. 이름을 바꾸면 새 인스턴스가 되므로 첫 배포 전에 정하세요.',
  },
  source: SRC_NAMES,
  needsWholeResource: true,
  check(ctx, report) {
    const name = ctx.resource.metadata?.name
    if (typeof name !== 'string' || name === '') return
    const bad = derivedNames(ctx.resource, name).filter(isNameInvalid)
    const first = bad[0]
    if (!first) return
    const max = maxNameLength(ctx.resource)
    const better = shortened(name, max)
    const options: ReportOptions =
      better !== '' && better !== name
        ? {
            fix: setFix(
              {
                en: `Rename to ${better} (a new instance)`,
                ko: `${better}(으)로 이름 변경(새 인스턴스)`,
              },
              NAME_PATH,
              better,
            ),
          }
        : {}
    report(
      NAME_PATH,
      {
        en: `${why(first)}${bad.length > 1 ? ` (and ${bad.length - 1} more)` : ''}, so the operator cannot create it; use a name of at most ${max} lower-case characters starting with a letter.`,
        ko: `${first.object} "${first.name}"이(가) 규칙(최대 ${first.limit}자, 소문자, 문자로 시작)에 맞지 않아 오퍼레이터가 만들지 못합니다. 문자로 시작하는 소문자 ${max}자 이하 이름을 쓰세요.`,
      },
      options,
    )
  },
})
