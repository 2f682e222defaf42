/**
 * YAML problems and normalize() issues as findings, so the problems panel and the CLI list them beside
 * rule findings. Pure.
 */
import type { LocalizedText } from '../model/types'
import type { Severity } from '../rules/types'
import type { Range, YamlProblem } from '../yaml/types'
import type { LocatedFinding } from './types'

const SOURCE = 'YAML 1.2 (yaml library); Kubernetes reads manifests as YAML'

const EXPLANATIONS: Record<string, LocalizedText> = {
  'yaml-syntax': {
    en: 'The text is not valid YAML at this point, so this document cannot be read. The form keeps showing the last version that parsed until the text is fixed.',
    ko: '이 위치의 텍스트가 올바른 YAML이 아니어서 문서를 읽을 수 없습니다. 텍스트를 고칠 때까지 폼은 마지막으로 읽은 버전을 보여 줍니다.',
  },
  'yaml-duplicate-key': {
    en: 'A key appears twice in the same mapping. kubectl and the API server keep only one of the two values, so the other setting is silently lost; delete the one you do not want.',
    ko: '같은 매핑에 키가 두 번 나옵니다. kubectl과 API 서버는 두 값 중 하나만 남기므로 다른 설정은 말없이 사라집니다. 원하지 않는 쪽을 지워 주세요.',
  },
  'yaml-limit': {
    en: 'The studio stops reading documents that would take too long or too much memory (huge inputs, deep nesting, alias bombs, thousands of documents), so a hostile paste cannot freeze the page.',
    ko: '스튜디오는 너무 오래 걸리거나 메모리를 많이 쓰는 문서(아주 큰 입력, 깊은 중첩, 별칭 폭탄, 수천 개의 문서)는 읽기를 멈춥니다. 악의적인 붙여넣기로 페이지가 멈추지 않게 하기 위해서입니다.',
  },
  'yaml-undefined-alias': {
    en: 'In YAML a value that starts with * is an alias: a reference to a value marked earlier with &name. When no such anchor exists the whole document cannot be read. This usually comes from a redacted secret (***) in a pasted manifest: quote it, or paste the real value.',
    ko: 'YAML에서 *로 시작하는 값은 별칭, 즉 앞에서 &name으로 표시한 값에 대한 참조입니다. 그런 앵커가 없으면 문서 전체를 읽을 수 없습니다. 대개 붙여 넣은 매니페스트의 가려진 비밀 값(***) 때문이니 따옴표로 감싸거나 실제 값을 넣으세요.',
  },
  'yaml-tag': {
    en: 'Tags such as !!js/function or !!python/object make some YAML libraries run code. The studio never does: it reads the value as plain data. Kubernetes does not know these tags either, so remove them.',
    ko: '!!js/function이나 !!python/object 같은 태그는 일부 YAML 라이브러리에서 코드를 실행하게 합니다. 스튜디오는 절대 실행하지 않고 값을 일반 데이터로만 읽습니다. 쿠버네티스도 이런 태그를 모르므로 지워 주세요.',
  },
  'yaml-unsafe-key': {
    en: 'A `__proto__` key can change how JavaScript objects behave in tools that merge data. It is never a Milvus field, so the studio ignores it.',
    ko: '`__proto__` 키는 데이터를 병합하는 도구에서 JavaScript 객체의 동작을 바꿀 수 있습니다. Milvus 필드가 아니므로 스튜디오는 이 키를 무시합니다.',
  },
}

const FALLBACK = EXPLANATIONS['yaml-syntax'] as LocalizedText

/** A YAML problem as a finding at the document root, placed on the problem's own range. */
export function problemFinding(p: YamlProblem, severity: Severity): LocatedFinding {
  return {
    rule: p.code,
    severity,
    path: [],
    message: { en: p.message, ko: p.messageKo ?? p.message },
    explanation: EXPLANATIONS[p.code] ?? FALLBACK,
    source: SOURCE,
    range: p.range,
  }
}

/** A normalize() issue (a value of the wrong shape that typed readers skip). */
export function normalizeFinding(
  path: readonly (string | number)[],
  message: LocalizedText,
  range: Range | undefined,
): LocatedFinding {
  return {
    rule: 'normalize',
    severity: 'warning',
    path: [...path],
    message,
    explanation: {
      en: 'The studio could not read this value as the field it stands for, so the form and the checks ignore it. The text is left as you wrote it.',
      ko: '이 값을 해당 필드로 읽을 수 없어 폼과 검사에서 제외했습니다. 텍스트는 작성한 그대로 둡니다.',
    },
    source: 'milvus-config-studio normalize()',
    ...(range ? { range } : {}),
  }
}
