/**
 * Tolerations the API server refuses (ValidateTolerations): the CRD takes any strings, so the
 * Milvus resource is accepted, but the operator's Deployment is rejected and no pod starts.
 */
import { TAINT_EFFECTS, TOLERATION_OPERATORS, type LocalizedText, type SpecPath } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { NAME_PROBLEM_TEXT, qualifiedNameProblem } from '../lib/kubeNames'
import { podListItems } from '../lib/podLevels'
import { SRC_K8S_TOLERATIONS } from '../lib/sources'
import type { Report } from '../types'

/** A written enum value that differs from an allowed one only in letter case, or nothing. */
function caseMatch(value: string, allowed: readonly string[]): string | undefined {
  return allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase())
}

function checkEnum(
  report: Report,
  at: SpecPath,
  value: unknown,
  allowed: readonly string[],
  what: LocalizedText,
): void {
  if (typeof value !== 'string' || value === '' || allowed.includes(value)) return
  const guess = caseMatch(value, allowed)
  report(
    at,
    {
      en: `${what.en} "${value}" is not one of ${allowed.join(', ')} (case-sensitive); ${guess ? `write ${guess}` : 'pick one of them'}.`,
      ko: `${what.ko} "${value}"은(는) ${allowed.join(', ')} 중 하나가 아닙니다(대소문자 구분). ${guess ? `${guess}(으)로 쓰세요` : '이 중 하나를 고르세요'}.`,
    },
    guess ? { fix: setFix({ en: `Write ${guess}`, ko: `${guess}(으)로 쓰기` }, at, guess) } : {},
  )
}

function checkKeyAndValue(
  report: Report,
  at: SpecPath,
  t: Readonly<Record<string, unknown>>,
): void {
  const key = typeof t.key === 'string' ? t.key : ''
  const operator = t.operator ?? 'Equal'
  if (key === '' && operator !== 'Exists') {
    report([...at, 'key'], {
      en: 'A toleration without a key must use operator: Exists (it then tolerates every taint); name the taint key or set operator: Exists.',
      ko: '키가 없는 톨러레이션은 operator: Exists여야 합니다(그러면 모든 테인트를 허용합니다). 테인트 키를 적거나 operator: Exists로 바꾸세요.',
    })
  }
  const problem = key === '' ? undefined : qualifiedNameProblem(key)
  if (problem) {
    const why = NAME_PROBLEM_TEXT[problem]
    report([...at, 'key'], {
      en: `Toleration key "${key}" is not a valid label key: ${why.en}.`,
      ko: `톨러레이션 키 "${key}"은(는) 올바른 레이블 키가 아닙니다. ${why.ko}.`,
    })
  }
  if (operator === 'Exists' && typeof t.value === 'string' && t.value !== '') {
    report([...at, 'value'], {
      en: `With operator: Exists the value must be empty; remove value "${t.value}" or use operator: Equal.`,
      ko: `operator: Exists이면 value는 비어 있어야 합니다. value "${t.value}"을(를) 지우거나 operator: Equal을 쓰세요.`,
    })
  }
}

function checkSeconds(report: Report, at: SpecPath, t: Readonly<Record<string, unknown>>): void {
  if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) return
  if (t.effect === 'NoExecute') return
  const absent = t.effect === undefined || t.effect === ''
  report(
    [...at, 'tolerationSeconds'],
    {
      en: `tolerationSeconds only applies to effect: NoExecute (now ${absent ? 'no effect' : String(t.effect)}); set effect: NoExecute or remove tolerationSeconds.`,
      ko: `tolerationSeconds는 effect: NoExecute에만 쓸 수 있습니다(현재 ${absent ? 'effect 없음' : String(t.effect)}). effect: NoExecute로 바꾸거나 tolerationSeconds를 지우세요.`,
    },
    absent
      ? {
          fix: setFix(
            { en: 'Set effect: NoExecute', ko: 'effect: NoExecute로 설정' },
            [...at, 'effect'],
            'NoExecute',
          ),
        }
      : {},
  )
}

export const tolerationInvalid = defineRule({
  id: 'toleration-invalid',
  severity: 'error',
  title: { en: 'Toleration Kubernetes refuses', ko: 'Kubernetes가 거부하는 톨러레이션' },
  explanation: {
    en: 'The Milvus CRD accepts any toleration fields, but the operator copies them into each Deployment and the API server checks them there: operator is Exists or Equal, effect NoSchedule, PreferNoSchedule or NoExecute, no value with Exists, and tolerationSeconds only with NoExecute. A refused Deployment means the component never starts, with the error only in the operator log.',
    ko: 'Milvus CRD는 톨러레이션 필드를 검사하지 않지만, 오퍼레이터가 이를 각 Deployment에 복사하면 API 서버가 검사합니다. operator는 Exists나 Equal, effect는 NoSchedule, PreferNoSchedule, NoExecute 중 하나여야 하고, Exists에는 value를 쓸 수 없으며, tolerationSeconds는 NoExecute에만 쓸 수 있습니다. Deployment가 거부되면 컴포넌트가 시작되지 않고 오류는 오퍼레이터 로그에만 남습니다.',
  },
  source: SRC_K8S_TOLERATIONS,
  check(ctx, report) {
    for (const { item, path: at } of podListItems(ctx.resource, 'tolerations')) {
      checkEnum(report, [...at, 'operator'], item.operator, TOLERATION_OPERATORS, {
        en: 'Toleration operator',
        ko: '톨러레이션 operator',
      })
      checkEnum(report, [...at, 'effect'], item.effect, TAINT_EFFECTS, {
        en: 'Toleration effect',
        ko: '톨러레이션 effect',
      })
      checkKeyAndValue(report, at, item)
      checkSeconds(report, at, item)
    }
  },
})
