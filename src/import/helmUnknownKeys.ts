/**
 * Keys a values file sets that the chart does not read: Helm ignores them without a word, so a
 * typo such as `pulsarV3` or `streamingnode` silently deploys the defaults. Each is reported with
 * the closest key the chart has. Dependency chart blocks and free-form maps are not checked. Pure.
 */
import { didYouMean } from '../model'
import { HELM_FREE_FORM, HELM_KEYS } from './generated/helmChart'
import { isRec, note, t, type HelmView, type Rec } from './helmView'

/** Keys the chart documents only in comments of its values.yaml, and mistakes seen in the wild. */
const COMMENTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  'image.all': ['pullSecrets'],
  'proxy.tls': ['secretName', 'key', 'crt'],
  proxy: ['volumes', 'volumeMounts'],
}
const KNOWN_MISTAKES: Readonly<Record<string, string>> = {
  externalMinio: 'externalS3',
  externalMinIO: 'externalS3',
  externalMinIo: 'externalS3',
}
const FREE = new Set(HELM_FREE_FORM)

function check(view: HelmView, node: Rec, path: string): void {
  const known = [...(HELM_KEYS[path] ?? []), ...(COMMENTED_KEYS[path] ?? [])]
  for (const [key, value] of Object.entries(node)) {
    const child = path === '' ? key : `${path}.${key}`
    if (known.includes(key)) {
      if (isRec(value) && !FREE.has(child) && HELM_KEYS[child]) check(view, value, child)
      continue
    }
    const guess = KNOWN_MISTAKES[key] ?? didYouMean(key, known)
    note(
      view,
      'unknown-key',
      child,
      guess
        ? t(
            `The chart has no key ${child}; did you mean ${path === '' ? guess : `${path}.${guess}`}? Helm ignores it, so the chart default applies.`,
            `차트에 ${child} 키가 없습니다. ${path === '' ? guess : `${path}.${guess}`}을(를) 뜻했나요? Helm은 이 키를 무시하므로 차트 기본값이 적용됩니다.`,
          )
        : t(
            `The chart has no key ${child}; Helm ignores it.`,
            `차트에 ${child} 키가 없습니다. Helm은 이 키를 무시합니다.`,
          ),
    )
  }
}

export function reportUnknownKeys(view: HelmView): void {
  check(view, view.values, '')
}
