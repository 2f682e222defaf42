/** Text the YAML editor panel shows (English and Korean). */
import { defineMessages } from '../i18n'

export const editorMessages = defineMessages({
  en: {
    title: 'Manifest YAML',
    plainLabel: 'Manifest YAML (plain text)',
    plainToggle: 'Plain text editor',
    plainHint: 'A simple text box: lighter on phones, no completion.',
    loading: 'Loading the code editor…',
    loadFailed: 'The code editor could not load, so the plain text editor is shown instead.',
    monacoAria: 'Manifest YAML code editor',
    readOnlyNote: 'The YAML does not parse: the form is frozen until it does.',
    fixPrefix: 'Fix',
    hoverDefault: 'Operator default: {value}',
    hoverEnum: 'Allowed: {values}',
    hoverSince: 'Since Milvus {version}',
    hoverOperatorSince: 'Since operator {version}',
    leaveHint:
      'Tab indents here. To leave the editor: Escape then Tab, or Ctrl+M to make Tab move focus.',
    problemKeys: 'F8: next problem',
  },
  ko: {
    title: '매니페스트 YAML',
    plainLabel: '매니페스트 YAML (일반 텍스트)',
    plainToggle: '일반 텍스트 편집기',
    plainHint: '가벼운 텍스트 상자입니다. 휴대폰에서 편하지만 자동 완성은 없습니다.',
    loading: '코드 편집기를 불러오는 중…',
    loadFailed: '코드 편집기를 불러오지 못해 일반 텍스트 편집기를 표시합니다.',
    monacoAria: '매니페스트 YAML 코드 편집기',
    readOnlyNote: 'YAML을 해석할 수 없어 오류를 고칠 때까지 폼이 잠깁니다.',
    fixPrefix: '수정',
    hoverDefault: '오퍼레이터 기본값: {value}',
    hoverEnum: '허용 값: {values}',
    hoverSince: 'Milvus {version}부터',
    hoverOperatorSince: '오퍼레이터 {version}부터',
    leaveHint:
      '여기서 Tab은 들여쓰기입니다. 편집기에서 나가려면 Escape 다음 Tab, 또는 Ctrl+M으로 Tab이 포커스를 옮기게 하세요.',
    problemKeys: 'F8: 다음 문제',
  },
})
