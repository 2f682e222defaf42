/** Catalogue of the shared pieces: dialogs and panel error boundaries. */
import { defineMessages } from '../i18n'

export const commonMessages = defineMessages({
  en: {
    close: 'Close',
    panelFailed: 'The {panel} panel stopped working.',
    panelFailedRest: 'The rest of the studio still works, and your YAML is safe.',
    retry: 'Try again',
    downloadYaml: 'Download YAML',
  },
  ko: {
    close: '닫기',
    panelFailed: '{panel} 패널이 멈췄습니다.',
    panelFailedRest: '스튜디오의 나머지 부분은 계속 동작하며 YAML도 그대로 남아 있습니다.',
    retry: '다시 시도',
    downloadYaml: 'YAML 다운로드',
  },
})
