/** Text of the kubectl runbook tab's safety options (English and Korean). */
import { defineMessages } from '../i18n'

export const runbookMessages = defineMessages({
  en: {
    intro:
      'A bash script that cannot destroy: it leaves existing Secrets alone, refuses to run while a placeholder is left for a missing Secret or while the config has errors, and shows kubectl diff before asking to apply (--yes skips the question).',
    secretsMode: 'Secrets',
    secretsScript: 'Created by the script from values you fill in',
    secretsFiles: 'As separate files (for a secret manager)',
    filesTitle: 'Secret files',
    filesHint:
      'Fill in each file (or its values in your secret manager) and create it before running the script; the script stops while one is missing.',
    filesNone: 'This config refers to no Secret the file does not define.',
    downloadFile: 'Download {file}',
  },
  ko: {
    intro:
      '클러스터를 망가뜨릴 수 없는 bash 스크립트입니다. 기존 Secret은 건드리지 않고, 없는 Secret의 자리 표시자가 남아 있거나 설정에 오류가 있으면 실행을 거부하며, 적용 전에 kubectl diff를 보여 주고 확인을 받습니다(--yes로 생략).',
    secretsMode: 'Secret',
    secretsScript: '입력한 값으로 스크립트가 생성',
    secretsFiles: '별도 파일로(시크릿 관리 도구용)',
    filesTitle: 'Secret 파일',
    filesHint:
      '각 파일(또는 시크릿 관리 도구의 값)을 채워 스크립트를 실행하기 전에 만드세요. 하나라도 없으면 스크립트가 멈춥니다.',
    filesNone: '이 설정은 파일에 정의되지 않은 Secret을 참조하지 않습니다.',
    downloadFile: '{file} 다운로드',
  },
})
