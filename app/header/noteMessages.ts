/** Catalogue of the notes about keeping work: autosave, storage, share links, notices. */
import { defineMessages } from '../i18n'

export const noteMessages = defineMessages({
  en: {
    autosaveOn: 'Autosave keeps this configuration in this browser, on this device only.',
    autosaveOff: 'Autosave is off: nothing is kept on this device.',
    forget: 'Forget saved work',
    turnOn: 'Turn autosave on',
    storageUnavailable:
      'This browser does not let the studio keep your work (private mode or blocked storage). Download the YAML before you close the tab.',
    storageFull:
      'The browser storage is full, so your latest changes are not kept. Download the YAML or free some space.',
    corruptMoved:
      'The work saved on an earlier visit could not be read. It was set aside in this browser under "{key}", and the studio started fresh.',
    corruptKept:
      'The work saved on an earlier visit could not be read. It was left untouched and autosave is paused so nothing overwrites it.',
    linkLoading: 'Opening the shared link…',
    linkOpenKept:
      'You are looking at a shared configuration. Your own saved work is still kept on this device; autosave is paused until you choose.',
    linkOpen: 'Opened a shared configuration.',
    backToSaved: 'Back to my saved work',
    keepLinked: 'Keep this one instead',
    linkFailed: 'Your own work was not changed.',
    sharedBaselinesTitle: 'Baselines in this link',
    sharedBaselinesOffer: 'This link carries named baselines: {names}.',
    sharedBaselinesActive: 'The sender compared against {name}.',
    sharedBaselinesNames:
      'Adding them keeps every baseline you have: a name you already use gets "(shared)" added.',
    sharedBaselinesAdd: 'Add to my baselines',
    sharedBaselinesSkip: 'Not now',
    sharedBaselinesRenamed: '{name} as {as}',
    sharedBaselinesAdded: 'Added to your baselines: {names}.',
    sharedBaselinesComparing: 'Comparing against {name}.',
    sharedBaselinesSkipped: 'Not added, the library is full (20): {names}.',
    dismiss: 'Dismiss',
    readOnlyTitle: 'The YAML does not parse',
    readOnlyLine: 'Line {line}: {message}',
    readOnlyBody:
      'The form shows the last valid version, read-only, until the text is fixed. Nothing is lost.',
    showError: 'Show error',
    noMilvusTitle: 'The text has no Milvus resource',
    noMilvusBody:
      'The form shows the last one, read-only. Add a document with kind: Milvus, or start again from the blank resource (Undo brings this text back).',
    startBlank: 'Start from the blank resource',
  },
  ko: {
    autosaveOn: '자동 저장은 이 설정을 이 기기의 이 브라우저에만 보관합니다.',
    autosaveOff: '자동 저장이 꺼져 있어 이 기기에 아무것도 보관하지 않습니다.',
    forget: '저장된 작업 지우기',
    turnOn: '자동 저장 켜기',
    storageUnavailable:
      '이 브라우저에서는 작업을 보관할 수 없습니다(시크릿 모드 또는 저장소 차단). 탭을 닫기 전에 YAML을 다운로드하세요.',
    storageFull:
      '브라우저 저장 공간이 가득 차서 최근 변경 사항을 보관하지 못했습니다. YAML을 다운로드하거나 공간을 확보하세요.',
    corruptMoved:
      '이전에 저장한 작업을 읽을 수 없었습니다. 이 브라우저의 "{key}" 항목으로 따로 옮겨 두고 새로 시작했습니다.',
    corruptKept:
      '이전에 저장한 작업을 읽을 수 없었습니다. 원래 자리에 그대로 두었으며, 덮어쓰지 않도록 자동 저장을 멈췄습니다.',
    linkLoading: '공유 링크를 여는 중…',
    linkOpenKept:
      '공유받은 설정을 보고 있습니다. 내가 저장한 작업은 이 기기에 그대로 있으며, 선택할 때까지 자동 저장을 멈춥니다.',
    linkOpen: '공유받은 설정을 열었습니다.',
    backToSaved: '내 저장된 작업으로 돌아가기',
    keepLinked: '이 설정으로 계속하기',
    linkFailed: '작업 중이던 내용은 바뀌지 않았습니다.',
    sharedBaselinesTitle: '이 링크의 기준',
    sharedBaselinesOffer: '이 링크에는 이름 있는 기준이 들어 있습니다: {names}.',
    sharedBaselinesActive: '보낸 사람은 {name}과(와) 비교했습니다.',
    sharedBaselinesNames:
      '추가해도 기존 기준은 모두 그대로입니다. 이미 쓰는 이름에는 "(shared)"가 붙습니다.',
    sharedBaselinesAdd: '내 기준에 추가',
    sharedBaselinesSkip: '나중에',
    sharedBaselinesRenamed: '{name}({as}(으)로)',
    sharedBaselinesAdded: '내 기준에 추가했습니다: {names}.',
    sharedBaselinesComparing: '{name}과(와) 비교합니다.',
    sharedBaselinesSkipped: '기준 목록이 가득 차서(20개) 추가하지 못했습니다: {names}.',
    dismiss: '닫기',
    readOnlyTitle: 'YAML을 해석할 수 없습니다',
    readOnlyLine: '{line}행: {message}',
    readOnlyBody:
      '텍스트를 고칠 때까지 폼은 마지막으로 올바르던 내용을 읽기 전용으로 보여 줍니다. 잃어버리는 것은 없습니다.',
    showError: '오류 보기',
    noMilvusTitle: '텍스트에 Milvus 리소스가 없습니다',
    noMilvusBody:
      '폼은 마지막 리소스를 읽기 전용으로 보여 줍니다. kind: Milvus 문서를 추가하거나 빈 리소스에서 다시 시작하세요(실행 취소로 지금 텍스트를 되돌릴 수 있습니다).',
    startBlank: '빈 리소스에서 시작',
  },
})
