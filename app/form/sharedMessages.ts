/** Texts for shared YAML data: the "all or only here" question and the notes under fields. */
import { defineMessages } from '../i18n'

export const sharedMessages = defineMessages({
  en: {
    title: 'Change a shared value?',
    question:
      'This value is shared with {others} other place(s) (&{anchor}, line {line}): change all, or only here?',
    all: 'Change all',
    onlyHere: 'Only here',
    cancel: 'Cancel',
    allHint: 'Every place that reads &{anchor} gets the new value.',
    onlyHereHint:
      'This place gets its own copy with the new value; the others keep reading &{anchor}.',
    fromAlias:
      'Shared: this value comes from &{anchor} (line {line}), also used in {others} other place(s).',
    anchored: 'Shared: this value is anchored as &{anchor} and read in {others} other place(s).',
    readOnly: 'Read-only here: {reason}',
  },
  ko: {
    title: '공유된 값을 바꿀까요?',
    question:
      '이 값은 다른 {others}곳과 공유됩니다(&{anchor}, {line}행). 모두 바꿀까요, 여기만 바꿀까요?',
    all: '모두 변경',
    onlyHere: '여기만 변경',
    cancel: '취소',
    allHint: '&{anchor}를 읽는 모든 곳이 새 값을 갖습니다.',
    onlyHereHint: '이곳만 새 값을 가진 복사본이 되고, 나머지는 계속 &{anchor}를 읽습니다.',
    fromAlias: '공유됨: 이 값은 &{anchor}({line}행)에서 오며 다른 {others}곳에서도 쓰입니다.',
    anchored: '공유됨: 이 값은 &{anchor}로 앵커되어 다른 {others}곳에서 읽습니다.',
    readOnly: '여기서는 읽기 전용: {reason}',
  },
})
