/**
 * Loads milvus-helm values into the studio: the engine maps them (src/import), the text replaces
 * the editor content (undoable), and the notes become page notices. The notes also stay at the top
 * of the text as comments, so nothing the import could not carry is lost.
 */
import { HELM_CHART_VERSION, importHelmValues, type HelmImportOptions } from '../../src/import'
import type { LocalizedText } from '../../src/model/types'
import { loadText } from './importText'
import { useStudioStore } from './store'

export { HELM_CHART_VERSION } from '../../src/import'
export type { HelmImportOptions } from '../../src/import'

function say(kind: 'info' | 'warning' | 'error', message: LocalizedText): void {
  useStudioStore.getState().pushNotice({ kind, text: message.en, message })
}

/** Imports the values; returns false (and says why) when nothing was loaded. */
export function loadHelmValues(text: string, options: HelmImportOptions): boolean {
  const result = importHelmValues(text, options)
  if (!result.ok) {
    for (const n of result.notes) say('error', n.message)
    return false
  }
  loadText(result.yaml, 'import')
  for (const n of result.notes.filter((x) => x.kind === 'error' || x.kind === 'unknown-key'))
    say(n.kind === 'error' ? 'error' : 'warning', n.message)
  const left = result.notes.filter((n) => n.kind === 'unmapped').length
  const secrets = result.secrets.length
  say('info', {
    en: `Imported from milvus-helm values (chart ${options.chartVersion ?? HELM_CHART_VERSION}): ${secrets} Secret document(s) before the Milvus resource; ${left} setting(s) could not be carried over and are listed as comments at the top of the text.`,
    ko: `milvus-helm 값(차트 ${options.chartVersion ?? HELM_CHART_VERSION})에서 가져왔습니다: Milvus 리소스 앞에 Secret 문서 ${secrets}개, 옮기지 못한 설정 ${left}개는 텍스트 맨 위에 주석으로 적었습니다.`,
  })
  return true
}
