/** Text of the migration and upgrade plan views (English and Korean). */
import { defineMessages } from '../i18n'

export const planMessages = defineMessages({
  en: {
    choosePlan: 'Way to migrate',
    refused: 'Refused',
    check: 'Check',
    manualOnly: 'run by hand',
    rollbackTitle: 'Rollback',
    scriptTitle: 'The whole runbook as a bash script (the CLI prints the same text)',
    downloadScript: 'Download script',
    upgradeTitle: 'Upgrade plan',
    upgradeTarget: 'Target version',
    upgradeTargetCurrent: 'The version of the current config',
    upgradeNone:
      'The baseline and the target run the same Milvus version: there is no upgrade to plan.',
    upgradePath: 'Supported path',
    upgradeOperator: 'What the operator creates or removes',
    upgradeStore: 'Message store',
    upgradeKeys: 'Config keys renamed or removed',
    upgradeSkips: 'This upgrade skips a required step',
  },
  ko: {
    choosePlan: '이전 방법',
    refused: '거부됨',
    check: '확인',
    manualOnly: '직접 실행',
    rollbackTitle: '되돌리기',
    scriptTitle: '전체 절차의 bash 스크립트(CLI도 같은 텍스트를 출력)',
    downloadScript: '스크립트 다운로드',
    upgradeTitle: '업그레이드 계획',
    upgradeTarget: '대상 버전',
    upgradeTargetCurrent: '현재 설정의 버전',
    upgradeNone: '기준과 대상의 Milvus 버전이 같아 계획할 업그레이드가 없습니다.',
    upgradePath: '지원되는 경로',
    upgradeOperator: '오퍼레이터가 만들거나 없애는 것',
    upgradeStore: '메시지 저장소',
    upgradeKeys: '이름이 바뀌었거나 없어진 설정 키',
    upgradeSkips: '이 업그레이드는 필수 단계를 건너뜁니다',
  },
})
