/**
 * serviceAccountName and priorityClassName name Kubernetes objects, so they must be DNS subdomains
 * (pod spec validation). Only the letter case has one right repair: names are never upper-case.
 */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { dnsSubdomainProblem } from '../lib/kubeNames'
import { podLevels } from '../lib/podLevels'
import { SRC_K8S_NAMES } from '../lib/sources'

const NAME_FIELDS = ['serviceAccountName', 'priorityClassName'] as const

export const podReferenceNameInvalid = defineRule({
  id: 'pod-reference-name-invalid',
  severity: 'error',
  title: {
    en: 'Invalid service account or priority class name',
    ko: '잘못된 서비스 어카운트 또는 우선순위 클래스 이름',
  },
  explanation: {
    en: 'A service account and a priority class are Kubernetes objects whose names are DNS subdomains: lower-case letters, digits, "-" and ".", at most 253 characters. The API server refuses a pod template naming anything else, so the component never starts.',
    ko: '서비스 어카운트와 우선순위 클래스는 이름이 DNS 하위 도메인인 Kubernetes 객체입니다. 소문자, 숫자, "-", "."만 쓰며 253자 이하입니다. 다른 이름을 쓰면 API 서버가 파드 템플릿을 거부해 컴포넌트가 시작되지 않습니다.',
  },
  source: SRC_K8S_NAMES,
  check(ctx, report) {
    for (const level of podLevels(ctx.resource)) {
      for (const field of NAME_FIELDS) {
        const name = level.spec[field]
        if (typeof name !== 'string' || name === '') continue
        const problem = dnsSubdomainProblem(name)
        if (!problem) continue
        const at = [...level.path, field]
        const lower = name.toLowerCase()
        const fixable = dnsSubdomainProblem(lower) === undefined
        report(
          at,
          {
            en: `${field} "${name}" is not a valid object name: use lower-case letters, digits, "-" and ".", at most 253 characters${fixable ? `; write ${lower}` : ''}.`,
            ko: `${field} "${name}"은(는) 올바른 객체 이름이 아닙니다. 소문자, 숫자, "-", "."로 253자 이하여야 합니다${fixable ? `. ${lower}(으)로 쓰세요` : ''}.`,
          },
          fixable
            ? { fix: setFix({ en: `Write ${lower}`, ko: `${lower}(으)로 쓰기` }, at, lower) }
            : {},
        )
      }
    }
  },
})
