/** Text of the offer to update comments that name a changed choice (English and Korean). */
import { defineMessages } from '../i18n'

export const commentMessages = defineMessages({
  en: {
    title: 'A comment still describes the old choice',
    body: 'You changed {what}. These comments still say otherwise:',
    mode: 'the mode',
    store: 'the message storage',
    both: 'the mode and the message storage',
    update: 'Update the comments',
    remove: 'Remove the comments',
    keep: 'Keep them',
  },
  ko: {
    title: '주석이 아직 이전 선택을 설명합니다',
    body: '{what}을(를) 바꿨지만 아래 주석은 아직 이전 내용을 말합니다:',
    mode: '모드',
    store: '메시지 저장소',
    both: '모드와 메시지 저장소',
    update: '주석 고치기',
    remove: '주석 지우기',
    keep: '그대로 두기',
  },
})
