/** Text of the Baseline dialog (English and Korean). */
import { defineMessages } from '../i18n'

export const baselineMessages = defineMessages({
  en: {
    title: 'Baseline: what is running',
    intro:
      'Tell the studio what is deployed now. Changes that cannot be applied to a running Milvus are then flagged, with a migration runbook instead.',
    none: 'No baseline yet.',
    current: 'Baseline: {label}',
    markCurrent: 'Mark the current config as running',
    markedLabel: 'the config marked at {time}',
    pastedLabel: 'a pasted live resource ({time})',
    clear: 'Clear baseline',
    pasteTitle: 'Or paste the live resource',
    pasteHint: 'For example the output of kubectl get milvus NAME -o yaml.',
    pasteLabel: 'Live resource YAML',
    usePasted: 'Use pasted YAML as baseline',
    pasteInvalid:
      'That text holds no Milvus resource that parses, so the baseline was not changed.',
    safetyTitle: 'Change safety',
    safetyNone: 'Nothing here blocks an in-place update of the running instance.',
    storeChange:
      'The message store changes from {from} to {to}. Milvus cannot switch its message storage while it runs, and the operator does not stop this change: follow the migration runbook instead of applying it.',
    modeChange:
      'The mode changes from {from} to {to}. A running Milvus cannot be converted in place: follow the migration runbook instead of applying it.',
    runbookTitle: 'Migration runbook',
    optional: 'optional',
    pending: 'not yet in a released Milvus',
    copyRunbook: 'Copy runbook',
    diffTitle: 'Differences (baseline on the left, current on the right)',
    diffLoading: 'Loading the diff viewer…',
    diffFailed: 'The diff viewer could not load.',
    severityError: 'error',
    severityWarning: 'warning',
    severityInfo: 'info',
  },
  ko: {
    title: '기준선: 지금 실행 중인 구성',
    intro:
      '지금 배포된 구성을 알려 주세요. 실행 중인 Milvus에 바로 적용할 수 없는 변경을 표시하고, 대신 마이그레이션 절차를 안내합니다.',
    none: '아직 기준선이 없습니다.',
    current: '기준선: {label}',
    markCurrent: '현재 구성을 실행 중으로 표시',
    markedLabel: '{time}에 표시한 구성',
    pastedLabel: '붙여 넣은 실행 중 리소스 ({time})',
    clear: '기준선 지우기',
    pasteTitle: '또는 실행 중인 리소스 붙여 넣기',
    pasteHint: '예: kubectl get milvus 이름 -o yaml 의 출력',
    pasteLabel: '실행 중인 리소스 YAML',
    usePasted: '붙여 넣은 YAML을 기준선으로 사용',
    pasteInvalid: '해석 가능한 Milvus 리소스가 없어 기준선을 바꾸지 않았습니다.',
    safetyTitle: '변경 안전성',
    safetyNone: '실행 중인 인스턴스를 그대로 업데이트하는 데 걸림돌이 없습니다.',
    storeChange:
      '메시지 저장소가 {from}에서 {to}(으)로 바뀝니다. Milvus는 실행 중에 메시지 저장소를 바꿀 수 없고 오퍼레이터도 이 변경을 막지 않습니다. 적용하지 말고 아래 마이그레이션 절차를 따르세요.',
    modeChange:
      '모드가 {from}에서 {to}(으)로 바뀝니다. 실행 중인 Milvus는 그대로 전환할 수 없습니다. 적용하지 말고 아래 마이그레이션 절차를 따르세요.',
    runbookTitle: '마이그레이션 절차',
    optional: '선택',
    pending: '아직 정식 릴리스에 없음',
    copyRunbook: '절차 복사',
    diffTitle: '차이 (왼쪽은 기준선, 오른쪽은 현재)',
    diffLoading: '비교 보기를 불러오는 중…',
    diffFailed: '비교 보기를 불러오지 못했습니다.',
    severityError: '오류',
    severityWarning: '경고',
    severityInfo: '정보',
  },
})
