/**
 * spec.config is free-form, but the message-storage sections of milvus.yaml have a known set of
 * keys. An unknown key there is passed to Milvus and ignored (`kafka.securityPolicy`, reference §12.5).
 */
import { didYouMean, knownChildKeys, pathToString, isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { renameFix } from '../lib/fix'
import { configSection } from '../lib/mq'
import { SRC_PARAMS } from '../lib/sources'
import type { Report } from '../types'
import { type Dict } from '../lib/read'

const SECTIONS = ['mq', 'kafka', 'pulsar', 'rocksmq', 'natsmq', 'woodpecker']
const MAX_DEPTH = 6

function walk(report: Report, node: Dict, path: readonly string[], depth: number): void {
  const known = knownChildKeys(path)
  if (known.length === 0 || depth > MAX_DEPTH) return
  for (const [key, value] of Object.entries(node)) {
    const here = [...path, key]
    if (known.includes(key)) {
      if (isRecord(value)) walk(report, value, here, depth + 1)
      continue
    }
    const guess = didYouMean(key, known)
    const where = pathToString(here)
    const free = guess !== undefined && !(guess in node)
    report(here, {
      en: `${where} is not a Milvus setting and is ignored; ${guess ? `did you mean ${guess}?` : `known keys here: ${known.join(', ')}.`}`,
      ko: `${where}은(는) Milvus 설정이 아니어서 무시됩니다. ${guess ? `${guess}을(를) 뜻하셨나요?` : `여기서 쓸 수 있는 키: ${known.join(', ')}.`}`,
    }, free && guess ? { fix: renameFix({ en: `Rename to ${guess}`, ko: `${guess}(으)로 이름 변경` }, here, guess, value) } : {})
  }
}

export const configUnknownKey = defineRule({
  id: 'config-unknown-key',
  severity: 'warning',
  title: { en: 'Unknown message-storage setting', ko: '알 수 없는 메시지 저장소 설정' },
  explanation: {
    en: 'spec.config is merged into milvus.yaml without checks. In the mq, kafka, pulsar, rocksmq, natsmq and woodpecker sections Milvus reads a fixed set of keys, so a misspelt key is carried along and silently ignored.',
    ko: 'spec.config는 검사 없이 milvus.yaml에 병합됩니다. mq, kafka, pulsar, rocksmq, natsmq, woodpecker 섹션에서 Milvus는 정해진 키만 읽으므로, 철자가 틀린 키는 그대로 전달되어 조용히 무시됩니다.',
  },
  source: SRC_PARAMS,
  check(ctx, report) {
    for (const section of SECTIONS) {
      const node = configSection(ctx.resource, section)
      if (node) walk(report, node, ['spec', 'config', section], 0)
    }
  },
})
