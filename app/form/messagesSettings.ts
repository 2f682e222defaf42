/** Text of the "Milvus settings" section (en + ko). */
import { defineMessages } from '../i18n'

export const settingsMessages = defineMessages({
  en: {
    title: 'Milvus settings',
    intro:
      'Settings in spec.config are merged into milvus.yaml. Search the settings Milvus reads, see their type and default, and add one by name.',
    search: 'Search settings',
    searchHelp: 'Type part of a name, such as authorization or proxy maxTaskNum.',
    present: 'Settings in this resource',
    none: 'spec.config sets nothing: every setting has its default.',
    noPresentMatch: 'No setting in this resource matches the search.',
    add: 'Add a setting',
    loading: 'Loading the list of Milvus settings…',
    typeToSearch: 'Type at least two letters to find a setting to add.',
    noMatch: 'No Milvus setting matches the search.',
    addButton: 'Add',
    addNamed: 'Add {name}',
    showNamed: 'Show {name} in the YAML',
    showButton: 'Show',
    added: 'Added {name}.',
    defaultIs: 'default {value}',
    unknownSetting: 'not a Milvus setting',
  },
  ko: {
    title: 'Milvus 설정',
    intro:
      'spec.config의 설정은 milvus.yaml에 병합됩니다. Milvus가 읽는 설정을 찾아 형식과 기본값을 보고, 이름으로 추가하세요.',
    search: '설정 검색',
    searchHelp: 'authorization, proxy maxTaskNum처럼 이름의 일부를 입력하세요.',
    present: '이 리소스의 설정',
    none: 'spec.config에 설정이 없어 모든 설정이 기본값입니다.',
    noPresentMatch: '검색과 맞는 설정이 이 리소스에 없습니다.',
    add: '설정 추가',
    loading: 'Milvus 설정 목록을 불러오는 중…',
    typeToSearch: '추가할 설정을 찾으려면 두 글자 이상 입력하세요.',
    noMatch: '검색과 맞는 Milvus 설정이 없습니다.',
    addButton: '추가',
    addNamed: '{name} 추가',
    showNamed: 'YAML에서 {name} 보기',
    showButton: '보기',
    added: '{name}을(를) 추가했습니다.',
    defaultIs: '기본값 {value}',
    unknownSetting: 'Milvus 설정이 아님',
  },
})
