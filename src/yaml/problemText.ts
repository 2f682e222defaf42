/**
 * Korean wording for the `yaml` library's problem codes (its English messages are kept as they
 * are: they are specific). Pure data.
 */
import type { ErrorCode } from 'yaml'

const KO: Record<ErrorCode, string> = {
  ALIAS_PROPS: '별칭(*)에는 앵커나 태그를 붙일 수 없습니다.',
  BAD_ALIAS: '별칭(*)이 가리키는 앵커(&)가 앞에 정의되어 있지 않습니다.',
  BAD_DIRECTIVE: '알 수 없거나 잘못된 지시자(%)입니다.',
  BAD_DQ_ESCAPE: '큰따옴표 문자열 안의 이스케이프(\\)가 잘못되었습니다.',
  BAD_INDENT: '들여쓰기가 맞지 않습니다. 같은 단계의 키는 같은 칸에서 시작해야 합니다.',
  BAD_PROP_ORDER: '앵커와 태그의 순서나 위치가 잘못되었습니다.',
  BAD_SCALAR_START: '값이 이 문자로 시작할 수 없습니다. 따옴표로 감싸 주세요.',
  BLOCK_AS_IMPLICIT_KEY: '여러 줄 블록은 키로 쓸 수 없습니다.',
  BLOCK_IN_FLOW: '중괄호/대괄호 안에는 블록 형식 값을 쓸 수 없습니다.',
  DUPLICATE_KEY: '같은 키가 한 맵에 두 번 나옵니다. 하나만 남겨 주세요.',
  IMPOSSIBLE: 'YAML 파서 내부 오류입니다.',
  KEY_OVER_1024_CHARS: '암시적 키는 1024자를 넘을 수 없습니다.',
  MISSING_CHAR: '닫는 따옴표나 괄호, 콜론 같은 필요한 문자가 빠져 있습니다.',
  MULTILINE_IMPLICIT_KEY: '키는 한 줄에 있어야 합니다. 콜론(:) 뒤에 공백이 있는지 확인해 주세요.',
  MULTIPLE_ANCHORS: '한 값에 앵커(&)가 둘 이상 붙어 있습니다.',
  MULTIPLE_DOCS: '문서가 하나여야 하는 곳에 여러 문서가 있습니다.',
  MULTIPLE_TAGS: '한 값에 태그(!)가 둘 이상 붙어 있습니다.',
  NON_STRING_KEY: '키가 문자열이 아닙니다.',
  RESOURCE_EXHAUSTION: '별칭 확장이 너무 많아 읽기를 중단했습니다.',
  TAB_AS_INDENT: '들여쓰기에 탭을 쓸 수 없습니다. 공백을 사용해 주세요.',
  TAG_RESOLVE_FAILED: '알 수 없는 태그입니다. 값은 실행되지 않고 일반 데이터로만 읽힙니다.',
  UNEXPECTED_TOKEN: '이 위치에 올 수 없는 내용입니다.',
  BAD_COLLECTION_TYPE: '태그가 컬렉션 종류와 맞지 않습니다.',
}

/** Korean text for a `yaml` problem code; a generic sentence for codes added later. */
export function koreanProblemText(code: string): string {
  return (KO as Record<string, string | undefined>)[code] ?? 'YAML 구문 오류입니다.'
}
