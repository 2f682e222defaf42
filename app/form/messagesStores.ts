/** Strings of the store choice: names, fit reasons, default marker, ignored blocks (en + ko). */
import { STORE_NAMES } from '../export/storeNames'
import { defineMessages } from '../i18n'

export const storeMessages = defineMessages({
  en: {
    section: 'Message storage',
    groupHelp:
      'Where Milvus keeps its write-ahead log. Each option says whether it fits the current mode and version.',
    ...STORE_NAMES,
    c_standaloneOnly: 'Standalone only',
    c_milvus23to25: 'Milvus 2.3–2.5 only',
    c_milvus21plus: 'Milvus 2.1+',
    c_milvus26plus: 'Milvus 2.6+',
    c_anyModeVersion: 'Any mode and version',
    c_userConfigured: 'You write spec.config.mq yourself',
    fits: 'Fits',
    doesNotFit: 'Does not fit',
    unknownFit: 'Version unknown',
    defaultTag: 'default',
    settings: '{store} settings',
    keepsStash:
      'Switching stores keeps the settings of the one you leave; switching back restores them.',
    ignoredTitle: 'Ignored with {store}',
    ignoredIntro: 'These blocks are in the YAML but have no effect with the current choice:',
    r_otherStore: 'settings of a store that is not selected',
    r_configDropped: 'milvus.yaml section of another queue; the operator drops it',
    r_overwritten: 'the operator overwrites this value',
    r_external: 'unused while the store is external',
    noSettings: 'Nothing else to set for this store.',
  },
  ko: {
    section: '메시지 저장소',
    groupHelp:
      'Milvus가 쓰기 전 로그(WAL)를 보관하는 곳입니다. 각 항목에 현재 모드와 버전에 맞는지 표시됩니다.',
    ...STORE_NAMES,
    custom: '사용자 지정',
    c_standaloneOnly: '스탠드얼론 전용',
    c_milvus23to25: 'Milvus 2.3–2.5 전용',
    c_milvus21plus: 'Milvus 2.1 이상',
    c_milvus26plus: 'Milvus 2.6 이상',
    c_anyModeVersion: '모든 모드와 버전',
    c_userConfigured: 'spec.config.mq를 직접 작성',
    fits: '사용 가능',
    doesNotFit: '맞지 않음',
    unknownFit: '버전 확인 불가',
    defaultTag: '기본값',
    settings: '{store} 설정',
    keepsStash: '저장소를 바꿔도 이전 저장소의 설정은 보관되며, 다시 선택하면 복원됩니다.',
    ignoredTitle: '{store} 선택 시 무시되는 항목',
    ignoredIntro: '아래 블록은 YAML에 있지만 현재 선택에서는 효과가 없습니다.',
    r_otherStore: '선택하지 않은 저장소의 설정',
    r_configDropped: '다른 메시지 저장소의 milvus.yaml 섹션이라 오퍼레이터가 제거함',
    r_overwritten: '오퍼레이터가 이 값을 덮어씀',
    r_external: '외부 저장소를 쓰는 동안에는 사용되지 않음',
    noSettings: '이 저장소에는 더 설정할 항목이 없습니다.',
  },
})
