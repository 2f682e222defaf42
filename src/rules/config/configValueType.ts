/**
 * Milvus reads every setting as text and converts it to the type of the parameter
 * (pkg/util/paramtable/param_item.go: strconv.ParseBool, strconv.ParseInt, strconv.ParseFloat).
 * A value that does not convert (`yes` for a boolean, `512Mi` for an integer) falls back to the
 * zero value. The expected type is the type of the default in configs/milvus.yaml.
 */
import { MILVUS_YAML_COMMIT, type KeyEntry, type LocalizedText, type SpecPath } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { isRecord } from '../../model'
import { CONFIG_PATH as CONFIG, configKeys } from '../lib/configKeys'
import { visitKeys } from '../lib/walkKeys'
import type { Fix } from '../types'

/** Exactly what Go's strconv.ParseBool accepts. */
const GO_BOOLS = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']
const WORD_BOOLS: Readonly<Record<string, boolean>> = {
  yes: true,
  on: true,
  enabled: true,
  no: false,
  off: false,
  disabled: false,
}
const SIZE_WITH_UNIT = /^\d+(\.\d+)?\s*([kKmMgGtTpP]i?[bB]?|[bB])$/
const INTEGER = /^[+-]?\d+$/
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

interface Problem {
  readonly message: LocalizedText
  readonly fix?: Fix
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
}

function boolProblem(value: unknown, path: SpecPath, name: string): Problem | undefined {
  if (typeof value === 'boolean' || GO_BOOLS.includes(String(value))) return undefined
  const word = typeof value === 'string' ? WORD_BOOLS[value.toLowerCase()] : undefined
  return {
    message: {
      en: `${name} is a boolean, and Milvus cannot read ${shown(value)} as one (Go ParseBool), so it reads false; write true or false.`,
      ko: `${name}은(는) 불리언인데 Milvus는 ${shown(value)}을(를) 불리언으로 읽지 못해(Go ParseBool) false로 읽습니다. true나 false로 쓰세요.`,
    },
    ...(word !== undefined
      ? { fix: setFix({ en: `Set to ${word}`, ko: `${word}(으)로 설정` }, path, word) }
      : {}),
  }
}

function numberProblem(value: unknown, entry: KeyEntry, name: string): Problem | undefined {
  const text = String(value)
  const isInt = entry.type === 'i'
  if (
    typeof value === 'number' ||
    (typeof value === 'string' && (isInt ? INTEGER : FLOAT).test(text.trim()))
  )
    return undefined
  if (typeof value !== 'string' && typeof value !== 'boolean') return undefined
  const kind = isInt ? { en: 'an integer', ko: '정수' } : { en: 'a number', ko: '숫자' }
  const sized = typeof value === 'string' && SIZE_WITH_UNIT.test(text.trim())
  const def = entry.default !== undefined ? ` (default ${String(entry.default)})` : ''
  return {
    message: sized
      ? {
          en: `${name} is read as a plain ${isInt ? 'integer' : 'number'}${def}, and a size with a unit such as ${shown(value)} does not parse, so it reads 0; write the number in the unit the setting uses.`,
          ko: `${name}은(는) 단위 없는 ${kind.ko}로 읽히므로${def} ${shown(value)}처럼 단위가 붙은 크기는 읽지 못하고 0이 됩니다. 설정이 쓰는 단위의 숫자로 쓰세요.`,
        }
      : {
          en: `${name} is ${kind.en}${def}, and Milvus cannot read ${shown(value)} as one, so it reads 0.`,
          ko: `${name}은(는) ${kind.ko}인데${def} Milvus는 ${shown(value)}을(를) 읽지 못해 0으로 읽습니다.`,
        },
  }
}

function shapeProblem(value: unknown, entry: KeyEntry, name: string): Problem | undefined {
  const isSection = entry.type === 'o'
  if (isSection === isRecord(value) || value === null) return undefined
  if (!isSection && !'bifs'.includes(entry.type)) return undefined
  return {
    message: isSection
      ? {
          en: `${name} is a section of settings, not a single value; put the settings under it.`,
          ko: `${name}은(는) 값 하나가 아니라 설정 묶음입니다. 그 아래에 설정을 두세요.`,
        }
      : {
          en: `${name} holds a single value, not a map; Milvus does not read the keys under it.`,
          ko: `${name}은(는) 맵이 아니라 값 하나를 담습니다. Milvus는 그 아래 키를 읽지 않습니다.`,
        },
  }
}

function problemOf(value: unknown, entry: KeyEntry, path: SpecPath): Problem | undefined {
  const name = path.slice(CONFIG.length).join('.')
  const shape = shapeProblem(value, entry, name)
  if (shape || isRecord(value) || value === null || Array.isArray(value)) return shape
  if (entry.type === 'b') return boolProblem(value, path, name)
  if (entry.type === 'i' || entry.type === 'f') return numberProblem(value, entry, name)
  return undefined
}

export const configValueType = defineRule({
  id: 'config-value-type',
  severity: 'warning',
  title: { en: 'Milvus setting of the wrong type', ko: '형식이 맞지 않는 Milvus 설정' },
  explanation: {
    en: "Milvus converts each setting to the type of its parameter: booleans with Go's ParseBool, integers and numbers as plain digits. A value that does not convert, such as yes for a boolean or 512Mi for an integer, is read as false or 0 instead of what you meant. The expected type is that of the default in milvus.yaml.",
    ko: 'Milvus는 각 설정을 파라미터의 형식으로 변환합니다. 불리언은 Go의 ParseBool로, 정수와 숫자는 숫자만으로 읽습니다. 불리언에 yes, 정수에 512Mi처럼 변환되지 않는 값은 의도와 달리 false나 0으로 읽힙니다. 기대하는 형식은 milvus.yaml 기본값의 형식입니다.',
  },
  source: `https://github.com/milvus-io/milvus/blob/${MILVUS_YAML_COMMIT}/pkg/util/paramtable/param_item.go`,
  check(ctx, report) {
    const keys = configKeys(ctx)
    if (!keys) return
    visitKeys(keys.nodes, ({ value, path }, i) => {
      const res = keys.resolve(i)
      if (res.kind !== 'known') return false
      const problem = problemOf(value, res.entry, path)
      if (problem) report(path, problem.message, problem.fix ? { fix: problem.fix } : {})
      return res.entry.type === 'o' && !problem
    })
  },
})
