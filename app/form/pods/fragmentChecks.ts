/**
 * Shape checks for the free YAML boxes of the pod settings, before anything is written: the
 * rules judge the written values, these only refuse text that cannot be the field at all.
 */
import type { LocalizedText } from '../../../src/model'
import { format } from '../../i18n'
import { isRecordValue } from '../controls/objectValues'
import { podMessages } from '../messagesPods'

type MessageKey = keyof (typeof podMessages)['en']

function text(key: MessageKey, values: Record<string, number> = {}): LocalizedText {
  return { en: format(podMessages.en[key], values), ko: format(podMessages.ko[key], values) }
}

function listOf(value: unknown, fields: readonly string[], key: MessageKey) {
  if (!Array.isArray(value)) return text('notList')
  const bad = value.findIndex(
    (item: unknown) =>
      !isRecordValue(item) || fields.some((f) => typeof item[f] !== 'string' || item[f] === ''),
  )
  return bad < 0 ? undefined : text(key, { n: bad + 1 })
}

/** `volumes`: a list of maps, each with a name. */
export function checkVolumes(value: unknown): LocalizedText | undefined {
  return listOf(value, ['name'], 'itemNeedsName')
}

/** `volumeMounts`: a list of maps, each with a name and a mountPath. */
export function checkVolumeMounts(value: unknown): LocalizedText | undefined {
  return listOf(value, ['name', 'mountPath'], 'mountNeedsPath')
}

/** `affinity`: a mapping. */
export function checkAffinity(value: unknown): LocalizedText | undefined {
  return isRecordValue(value) ? undefined : text('notMap')
}
