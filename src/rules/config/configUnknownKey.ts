/**
 * spec.config is merged into milvus.yaml without checks, so a key Milvus does not read is carried
 * along and silently ignored (`common.security.authorizationEnable` leaves authentication off).
 * Every key is checked against the generated catalogue of configs/milvus.yaml (keys the file
 * comments out included) and the sections the studio documents by hand (natsmq, librdkafka maps).
 */
import { MILVUS_YAML_COMMIT, type SpecPath, type Suggester } from '../../model'
import { defineRule } from '../defineRule'
import { CONFIG_PATH as CONFIG, configKeys } from '../lib/configKeys'
import { visitKeys } from '../lib/walkKeys'
import { renameFix } from '../lib/fix'
import type { UnknownKey } from '../lib/unknownKeys'
import { isRecord } from '../../model'
import type { Dict } from '../lib/read'
import type { Report } from '../types'

const SHOWN = 10
/** Past this many unknown keys, the rest are counted in one finding (a did-you-mean each would take seconds). */
const MAX_REPORTED = 100

/** A top-level section written one level too deep (`common.tls` for `tls`): move it up. */
function reportMisplaced(
  report: Report,
  key: string,
  value: unknown,
  here: SpecPath,
  config: Dict,
): void {
  const where = here.slice(CONFIG.length).join('.')
  const taken = Object.hasOwn(config, key)
  report(
    here,
    {
      en: `${where} is not a Milvus setting, so Milvus ignores it; ${key} is a top-level section of milvus.yaml${taken ? ', merge these keys into it' : ', so move it to spec.config.' + key}.`,
      ko: `${where}은(는) Milvus 설정이 아니어서 Milvus가 무시합니다. ${key}는 milvus.yaml의 최상위 섹션이므로 ${taken ? '그 섹션에 합치세요' : `spec.config.${key}로 옮기세요`}.`,
    },
    taken
      ? {}
      : {
          fix: {
            title: { en: `Move to spec.config.${key}`, ko: `spec.config.${key}로 옮기기` },
            patches: [
              { op: 'delete', path: here },
              { op: 'set', path: [...CONFIG, key], value },
            ],
          },
        },
  )
}

function reportUnknown(
  report: Report,
  { key, value, here, parent, known }: UnknownKey,
  suggester: Suggester,
): void {
  const where = here.slice(CONFIG.length).join('.')
  const guess = suggester.suggest(key)
  const free = guess !== undefined && !(guess in parent)
  const list = `${known.slice(0, SHOWN).join(', ')}${known.length > SHOWN ? ', …' : ''}`
  report(
    here,
    {
      en: `${where} is not a Milvus setting, so Milvus ignores it; ${guess ? `did you mean ${guess}?` : known.length ? `keys here: ${list}.` : 'remove it.'}`,
      ko: `${where}은(는) Milvus 설정이 아니어서 Milvus가 무시합니다. ${guess ? `${guess}을(를) 뜻하셨나요?` : known.length ? `여기서 쓸 수 있는 키: ${list}.` : '지우세요.'}`,
    },
    free && guess
      ? {
          fix: renameFix(
            { en: `Rename to ${guess}`, ko: `${guess}(으)로 이름 변경` },
            here,
            guess,
            value,
          ),
        }
      : {},
  )
}

export const configUnknownKey = defineRule({
  id: 'config-unknown-key',
  severity: 'warning',
  title: { en: 'Unknown Milvus setting', ko: '알 수 없는 Milvus 설정' },
  explanation: {
    en: 'spec.config is a partial milvus.yaml that the operator merges without checks. A key Milvus does not read, such as a misspelt one, is carried along and silently ignored, so the setting keeps its default. The known keys are those of configs/milvus.yaml, including the sections it leaves commented out.',
    ko: 'spec.config는 오퍼레이터가 검사 없이 병합하는 milvus.yaml의 일부입니다. 철자가 틀린 키처럼 Milvus가 읽지 않는 키는 그대로 전달되어 조용히 무시되고, 설정은 기본값으로 남습니다. 알려진 키는 configs/milvus.yaml의 키이며, 주석 처리된 섹션도 포함합니다.',
  },
  source: `https://github.com/milvus-io/milvus/blob/${MILVUS_YAML_COMMIT}/configs/milvus.yaml`,
  check(ctx, report) {
    const keys = configKeys(ctx)
    if (!keys) return
    const config = keys.root
    const index = keys.index
    let unknown = 0
    visitKeys(keys.nodes, ({ key, value, path: here, parent }, i) => {
      const res = keys.resolve(i)
      if (res.kind === 'known') return res.entry.type === 'o'
      if (res.kind !== 'unknown') return false
      if (++unknown > MAX_REPORTED) return false
      const topSection = here.length > CONFIG.length + 1 && index.entry(key)?.type === 'o'
      if (topSection && isRecord(value)) reportMisplaced(report, key, value, here, config)
      else
        reportUnknown(
          report,
          { key, value, here, parent, known: res.known },
          index.suggester(res.known),
        )
      return false
    })
    const rest = unknown - MAX_REPORTED
    if (rest > 0) {
      report(CONFIG, {
        en: `${rest} more keys under spec.config are not Milvus settings either, so Milvus ignores them; only the first ${MAX_REPORTED} are listed one by one.`,
        ko: `spec.config 아래의 키 ${rest}개도 Milvus 설정이 아니어서 Milvus가 무시합니다. 처음 ${MAX_REPORTED}개만 하나씩 표시했습니다.`,
      })
    }
  },
})
