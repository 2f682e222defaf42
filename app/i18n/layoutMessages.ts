/** Catalogue of the page layout: region names, the panels' names in error messages, skip link and problem bar. */
import { defineMessages } from './index'

export const layoutMessages = defineMessages({
  en: {
    form: 'Form',
    editorPanel: 'YAML editor',
    problemsPanel: 'Problems',
    header: 'Header',
    skipToProblems: 'Skip to problems',
    problemBar: 'Problem summary',
    problemCounts: '{errors} errors, {warnings} warnings, {infos} advice',
    goToProblems: 'Go to problems',
    backFromProblems: 'Back to where I was',
  },
  ko: {
    form: '설정 폼',
    editorPanel: 'YAML 편집기',
    problemsPanel: '문제',
    header: '헤더',
    skipToProblems: '문제 목록으로 건너뛰기',
    problemBar: '문제 요약',
    problemCounts: '오류 {errors}개, 경고 {warnings}개, 조언 {infos}개',
    goToProblems: '문제로 이동',
    backFromProblems: '보던 곳으로 돌아가기',
  },
})
