/**
 * Loads a whole text (import, preset) and tells the user what the studio did with it: which
 * document it edits, that the others are kept, and which documents were lifted from v1alpha1.
 */
import type { LocalizedText } from '../../src/model/types'
import { useStudioStore } from './store'
import type { ChangeOrigin } from './types'

/** Largest text we accept from a file or paste (the YAML layer refuses beyond ~6 MB anyway). */
export const MAX_IMPORT_CHARS = 6 * 1024 * 1024

function say(kind: 'info' | 'warning' | 'error', text: LocalizedText): void {
  useStudioStore.getState().pushNotice({ kind, text: text.en, message: text })
}

/** Tells the user a text or file is beyond what the studio edits. */
export function reportTooLarge(): void {
  const mb = MAX_IMPORT_CHARS / 1024 / 1024
  say('error', {
    en: `This text is too large to edit here (over ${mb} MB). Nothing was changed.`,
    ko: `텍스트가 너무 커서 여기서 편집할 수 없습니다(${mb}MB 초과). 아무것도 바뀌지 않았습니다.`,
  })
}

/** Replaces the text (undoable) and reports lifted and extra documents. */
export function loadText(text: string, origin: Extract<ChangeOrigin, 'import' | 'preset'>): void {
  if (text.length > MAX_IMPORT_CHARS) {
    reportTooLarge()
    return
  }
  // Notices about an earlier text no longer apply.
  useStudioStore.setState({ notices: [] })
  useStudioStore.getState().setSource(text, origin)
  const { derived } = useStudioStore.getState()
  const milvus = derived.documents[derived.milvusIndex]
  if (derived.documents.length > 0 && !milvus) {
    say('warning', {
      en: 'No Milvus resource was found in this text. Add one, or pick a preset to start from.',
      ko: '이 텍스트에서 Milvus 리소스를 찾지 못했습니다. 리소스를 추가하거나 프리셋에서 시작하세요.',
    })
  }
  const others = derived.documents.length - 1
  if (milvus && others > 0) {
    say('info', {
      en: `This text has ${derived.documents.length} documents. The studio edits the Milvus resource "${milvus.name}" (document ${milvus.index + 1}) and keeps the other ${others} as they are.`,
      ko: `이 텍스트에는 문서가 ${derived.documents.length}개 있습니다. 스튜디오는 Milvus 리소스 "${milvus.name}"(${milvus.index + 1}번째 문서)를 편집하고 나머지 ${others}개는 그대로 둡니다.`,
    })
  }
  for (const doc of derived.documents) {
    if (!doc.liftedFrom) continue
    say('warning', {
      en: `Document ${doc.index + 1} is written as ${doc.liftedFrom}. The studio reads it as milvus.io/v1beta1 Milvus; the problems list what to change so the operator accepts it.`,
      ko: `${doc.index + 1}번째 문서는 ${doc.liftedFrom} 형식입니다. 스튜디오는 이를 milvus.io/v1beta1 Milvus로 읽으며, 오퍼레이터가 받아들이도록 바꿀 점을 문제 목록에 보여 줍니다.`,
    })
  }
}
