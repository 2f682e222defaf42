/**
 * Annotation maps (podAnnotations, serviceAnnotations): keys must be qualified names like label
 * keys, values strings. Values are free text, so only null values (`key:` with nothing) are wrong.
 */
import { defineRule } from '../defineRule'
import { NAME_PROBLEM_TEXT, qualifiedNameProblem } from '../lib/kubeNames'
import { mapEntries, podLevels } from '../lib/podLevels'
import { SRC_K8S_NAMES } from '../lib/sources'

const ANNOTATION_FIELDS = ['podAnnotations', 'serviceAnnotations'] as const

export const annotationKeyInvalid = defineRule({
  id: 'annotation-key-invalid',
  severity: 'error',
  title: { en: 'Invalid annotation', ko: '잘못된 어노테이션' },
  explanation: {
    en: 'Annotation keys follow the label-key syntax: an optional DNS-subdomain prefix and "/", then a name of at most 63 letters, digits, "-", "_" and ".". Values are strings. The Milvus CRD does not check the keys, so the API server refuses the Deployment or Service the operator builds.',
    ko: '어노테이션 키는 레이블 키와 같은 형식입니다. 선택적인 DNS 하위 도메인 접두사와 "/" 뒤에 영문자, 숫자, "-", "_", "."로 된 63자 이하의 이름이 옵니다. 값은 문자열입니다. Milvus CRD는 키를 검사하지 않으므로 오퍼레이터가 만드는 Deployment나 Service를 API 서버가 거부합니다.',
  },
  source: SRC_K8S_NAMES,
  check(ctx, report) {
    for (const level of podLevels(ctx.resource)) {
      for (const field of ANNOTATION_FIELDS) {
        for (const [key, value] of mapEntries(level, field)) {
          const at = [...level.path, field, key]
          const problem = qualifiedNameProblem(key)
          if (problem) {
            const why = NAME_PROBLEM_TEXT[problem]
            report(at, {
              en: `Annotation key "${key}" is not valid: ${why.en}.`,
              ko: `어노테이션 키 "${key}"이(가) 올바르지 않습니다. ${why.ko}.`,
            })
          }
          if (value === null) {
            report(at, {
              en: `Annotation "${key}" has no value: YAML reads it as null, not a string; write "" or the value in quotes.`,
              ko: `어노테이션 "${key}"에 값이 없습니다. YAML은 이를 문자열이 아닌 null로 읽으니 ""나 따옴표로 감싼 값을 쓰세요.`,
            })
          }
        }
      }
    }
  },
})
