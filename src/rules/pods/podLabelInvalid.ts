/**
 * Label maps of the pods and Services (nodeSelector, podLabels, serviceLabels): keys must be
 * qualified names and values valid label values, as strings. The CRD only says "map of strings";
 * the API server refuses the Deployment or Service the operator builds from them.
 */
import type { SpecPath } from '../../model'
import { defineRule } from '../defineRule'
import { labelValueProblem, NAME_PROBLEM_TEXT, qualifiedNameProblem } from '../lib/kubeNames'
import { mapEntries, podLevels } from '../lib/podLevels'
import { SRC_K8S_NAMES } from '../lib/sources'
import type { Report } from '../types'

const LABEL_FIELDS = ['nodeSelector', 'podLabels', 'serviceLabels'] as const

function checkEntry(report: Report, at: SpecPath, key: string, value: unknown): void {
  const keyProblem = qualifiedNameProblem(key)
  if (keyProblem) {
    const why = NAME_PROBLEM_TEXT[keyProblem]
    report(at, {
      en: `Label key "${key}" is not valid: ${why.en}; the name part after an optional "prefix/" is at most 63 characters.`,
      ko: `레이블 키 "${key}"이(가) 올바르지 않습니다. ${why.ko}. 선택적인 "접두사/" 뒤의 이름은 63자 이하입니다.`,
    })
  }
  if (value === null) {
    report(at, {
      en: `Label "${key}" has no value: YAML reads it as null, not a string; write "" for an empty value, or the value in quotes.`,
      ko: `레이블 "${key}"에 값이 없습니다. YAML은 이를 문자열이 아닌 null로 읽으니, 빈 값이면 ""를, 아니면 값을 따옴표로 감싸 쓰세요.`,
    })
    return
  }
  const valueProblem = typeof value === 'string' ? labelValueProblem(value) : undefined
  if (valueProblem) {
    const why = NAME_PROBLEM_TEXT[valueProblem]
    report(at, {
      en: `Label value "${value}" of "${key}" is not valid: ${why.en}, at most 63 characters.`,
      ko: `"${key}"의 레이블 값 "${value}"이(가) 올바르지 않습니다. ${why.ko}. 최대 63자입니다.`,
    })
  }
}

export const podLabelInvalid = defineRule({
  id: 'pod-label-invalid',
  severity: 'error',
  title: { en: 'Invalid label key or value', ko: '잘못된 레이블 키 또는 값' },
  explanation: {
    en: 'nodeSelector, podLabels and serviceLabels become Kubernetes labels. A key is an optional DNS-subdomain prefix and "/" plus a name of at most 63 letters, digits, "-", "_" and "."; a value is empty or such a name. The Milvus CRD does not check this, so the operator creates the resource and then the API server refuses its Deployment or Service.',
    ko: 'nodeSelector, podLabels, serviceLabels는 Kubernetes 레이블이 됩니다. 키는 선택적인 DNS 하위 도메인 접두사와 "/", 그리고 영문자, 숫자, "-", "_", "."로 된 63자 이하의 이름이고, 값은 비어 있거나 같은 형식의 이름입니다. Milvus CRD는 이를 검사하지 않으므로 리소스는 만들어지지만 API 서버가 그 Deployment나 Service를 거부합니다.',
  },
  source: SRC_K8S_NAMES,
  check(ctx, report) {
    for (const level of podLevels(ctx.resource)) {
      for (const field of LABEL_FIELDS) {
        for (const [key, value] of mapEntries(level, field)) {
          checkEntry(report, [...level.path, field, key], key, value)
        }
      }
    }
  },
})
