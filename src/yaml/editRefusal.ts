/**
 * Why an edit was not written: the construct that stops it and its line, in English and Korean.
 * Thrown by setAtPath/deleteAtPath instead of returning text that would not parse or would read
 * back to another value. A `shared` refusal is a question, not a dead end: the caller answers it
 * with `{ shared: 'all' | 'only-here' }` and edits again. Pure.
 */
import type { LocalizedText } from '../model/types'

export const EDIT_CONSTRUCTS = [
  'shared',
  'anchored-key',
  'alias-key',
  'complex-key',
  'tagged-collection',
  'flow-comment',
  'alias-cycle',
  'unverified',
] as const
export type EditConstruct = (typeof EDIT_CONSTRUCTS)[number]

/** Shared data an edit would change: the anchor, where it is defined, and how many aliases use it. */
export interface SharedData {
  readonly anchor: string
  /** 1-based line of the anchored node. */
  readonly line: number
  /** Places other than the edited one that read the same node (its aliases, or the anchor itself). */
  readonly others: number
}

/** How an edit treats data shared through an anchor: change every place, or copy it for this one. */
export type SharedChoice = 'all' | 'only-here'

export interface EditOptions {
  /** Absent: an edit of shared data throws an EditRefusal with `construct: 'shared'` (a question). */
  readonly shared?: SharedChoice
}

export class EditRefusal extends Error {
  readonly construct: EditConstruct
  /** 1-based line of the construct. */
  readonly line: number
  readonly text: LocalizedText
  readonly sharedData?: SharedData

  constructor(
    construct: EditConstruct,
    line: number,
    text: LocalizedText,
    sharedData?: SharedData,
  ) {
    super(text.en)
    this.name = 'EditRefusal'
    this.construct = construct
    this.line = line
    this.text = text
    if (sharedData) this.sharedData = sharedData
  }
}

export function isEditRefusal(err: unknown): err is EditRefusal {
  return err instanceof EditRefusal
}

/** The question asked before an edit changes data other places share. */
export function sharedRefusal(data: SharedData): EditRefusal {
  const n = data.others
  return new EditRefusal(
    'shared',
    data.line,
    {
      en: `This value is shared with ${n} other place${n === 1 ? '' : 's'} (&${data.anchor}, line ${data.line}): change all, or only here?`,
      ko: `이 값은 다른 ${n}곳과 공유됩니다(&${data.anchor}, ${data.line}행). 모두 바꿀까요, 여기만 바꿀까요?`,
    },
    data,
  )
}

const TEXTS: Record<
  Exclude<EditConstruct, 'shared'>,
  (line: number, detail: string) => LocalizedText
> = {
  'anchored-key': (l, d) => ({
    en: `The key at line ${l} carries an anchor (&${d}) that an alias key uses; edit it in the YAML editor.`,
    ko: `${l}행의 키에 별칭 키가 쓰는 앵커(&${d})가 있습니다. YAML 편집기에서 수정하세요.`,
  }),
  'alias-key': (l) => ({
    en: `The map at line ${l} uses an alias (*name) as a key; its entries can only be edited in the YAML editor.`,
    ko: `${l}행의 맵은 별칭(*이름)을 키로 씁니다. 항목은 YAML 편집기에서만 수정할 수 있습니다.`,
  }),
  'complex-key': (l) => ({
    en: `The map at line ${l} has a complex key (a list, map or multi-line key); its entries can only be edited in the YAML editor.`,
    ko: `${l}행의 맵에 복합 키(목록, 맵 또는 여러 줄 키)가 있어 항목은 YAML 편집기에서만 수정할 수 있습니다.`,
  }),
  'tagged-collection': (l, d) => ({
    en: `The ${d} collection at line ${l} is ordered by entries, not keys; edit it in the YAML editor.`,
    ko: `${l}행의 ${d} 컬렉션은 키가 아니라 항목 순서로 이루어져 있습니다. YAML 편집기에서 수정하세요.`,
  }),
  'flow-comment': (l) => ({
    en: `The flow collection ({…} or […]) at line ${l} holds a comment that rewriting it would lose; edit it in the YAML editor.`,
    ko: `${l}행의 흐름 컬렉션({…} 또는 […])에 주석이 있어 다시 쓰면 사라집니다. YAML 편집기에서 수정하세요.`,
  }),
  'alias-cycle': (l, d) => ({
    en: `The value at line ${l} refers to itself through an alias (*${d}); edit it in the YAML editor.`,
    ko: `${l}행의 값이 별칭(*${d})을 통해 자기 자신을 가리킵니다. YAML 편집기에서 수정하세요.`,
  }),
  unverified: (l, d) => ({
    en: `This change near line ${l} could not be written safely (${d}); the text is unchanged. Edit it in the YAML editor.`,
    ko: `${l}행 근처의 이 변경은 안전하게 쓸 수 없어(${d}) 텍스트를 그대로 두었습니다. YAML 편집기에서 수정하세요.`,
  }),
}

export function refusal(
  construct: Exclude<EditConstruct, 'shared'>,
  line: number,
  detail = '',
): EditRefusal {
  return new EditRefusal(construct, line, TEXTS[construct](line, detail))
}
