/**
 * Values the CRD rejects, read as written: a wrong enum value (`mode: Cluster`), a wrong type (a
 * port written as a string, brokerList as one string) and numbers out of range (port > 65535,
 * replicas < -1). Free-form areas (spec.config, chart values) are left to their own rules.
 */
import { didYouMean, pathToString, type FieldInfo, type SpecPath } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { schemaVisits } from '../lib/schemaWalk'
import { SRC_CRD } from '../lib/sources'
import type { Report } from '../types'

const TYPE_NAMES: Record<string, { en: string; ko: string }> = {
  string: { en: 'a string', ko: '문자열' },
  integer: { en: 'a whole number', ko: '정수' },
  number: { en: 'a number', ko: '숫자' },
  boolean: { en: 'true or false', ko: 'true 또는 false' },
  object: { en: 'a mapping', ko: '매핑' },
  map: { en: 'a mapping', ko: '매핑' },
  array: { en: 'a list', ko: '목록' },
  quantity: { en: 'a quantity such as 2 or 4Gi', ko: '2나 4Gi 같은 수량' },
}

function hasKind(kind: string, v: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof v === 'string'
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v)
    case 'number':
      return typeof v === 'number'
    case 'boolean':
      return typeof v === 'boolean'
    case 'object':
    case 'map':
    case 'free-form':
      return typeof v === 'object' && v !== null && !Array.isArray(v)
    case 'array':
      return Array.isArray(v)
    case 'quantity':
      return typeof v === 'string' || typeof v === 'number'
    default:
      return true
  }
}

/** The value converted to the expected kind, when the intent is clear. */
function coerce(kind: string, v: unknown): { value: unknown } | undefined {
  if (kind === 'integer' && typeof v === 'string' && /^\s*-?\d+\s*$/.test(v))
    return { value: Number(v.trim()) }
  if (kind === 'number' && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
    return { value: Number(v) }
  if (kind === 'boolean' && typeof v === 'string' && /^(true|false)$/i.test(v.trim()))
    return { value: v.trim().toLowerCase() === 'true' }
  if (kind === 'string' && (typeof v === 'number' || typeof v === 'boolean'))
    return { value: String(v) }
  if (kind === 'array' && typeof v === 'string') {
    return {
      value: v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    }
  }
  return undefined
}

function checkType(report: Report, path: SpecPath, info: FieldInfo, v: unknown): boolean {
  if (hasKind(info.kind, v)) return true
  const want = TYPE_NAMES[info.kind] ?? { en: info.kind, ko: info.kind }
  const fixed = coerce(info.kind, v)
  const where = pathToString(path)
  report(
    path,
    {
      en: `${where} must be ${want.en}, not ${JSON.stringify(v)}; ${fixed ? `write ${JSON.stringify(fixed.value)}` : 'correct the value'}.`,
      ko: `${where} 값은 ${JSON.stringify(v)}이(가) 아니라 ${want.ko}이어야 합니다. ${fixed ? `${JSON.stringify(fixed.value)}(으)로 쓰세요` : '값을 고치세요'}.`,
    },
    fixed
      ? {
          fix: setFix(
            {
              en: `Write ${JSON.stringify(fixed.value)}`,
              ko: `${JSON.stringify(fixed.value)}(으)로 쓰기`,
            },
            path,
            fixed.value,
          ),
        }
      : {},
  )
  return false
}

function checkEnum(report: Report, path: SpecPath, info: FieldInfo, v: unknown): void {
  const allowed = info.enum
  if (!allowed || typeof v !== 'string' || allowed.includes(v)) return
  // The CRD enums of msgStreamType and storage.type also accept "" (meaning: operator default).
  const key = path[path.length - 1]
  if (v === '' && (key === 'msgStreamType' || key === 'type')) return
  const shown = allowed.filter((a) => a !== '')
  const guess = didYouMean(v, shown)
  const where = pathToString(path)
  report(
    path,
    {
      en: `${where} "${v}" is not allowed (values are case-sensitive: ${shown.join(', ')}); ${guess ? `use ${guess}` : 'pick one of them'}.`,
      ko: `${where} 값 "${v}"은(는) 허용되지 않습니다(대소문자 구분: ${shown.join(', ')}). ${guess ? `${guess}을(를) 쓰세요` : '이 중 하나를 고르세요'}.`,
    },
    guess ? { fix: setFix({ en: `Use ${guess}`, ko: `${guess} 사용` }, path, guess) } : {},
  )
}

function checkRange(report: Report, path: SpecPath, info: FieldInfo, v: unknown): void {
  if (typeof v !== 'number') return
  const { min, max } = info
  const bound = min !== undefined && v < min ? min : max !== undefined && v > max ? max : undefined
  if (bound === undefined) return
  const where = pathToString(path)
  const range = `${min ?? '-∞'}..${max ?? '∞'}`
  report(
    path,
    {
      en: `${where} ${v} is outside the allowed range ${range}, so the API server rejects the resource; use a value within it, such as ${bound}.`,
      ko: `${where} 값 ${v}은(는) 허용 범위(${range})를 벗어나 API 서버가 리소스를 거부합니다. ${bound}처럼 범위 안의 값을 쓰세요.`,
    },
    { fix: setFix({ en: `Use ${bound}`, ko: `${bound} 사용` }, path, bound) },
  )
}

export const schemaValue = defineRule({
  id: 'schema-value',
  severity: 'error',
  title: { en: 'Value the CRD does not accept', ko: 'CRD가 받지 않는 값' },
  explanation: {
    en: 'The Milvus CRD checks types, allowed values and ranges of the fields it defines. A value of the wrong type, an enum value with the wrong case or a number out of range makes the API server reject the whole resource.',
    ko: 'Milvus CRD는 정의한 필드의 형식, 허용 값, 범위를 검사합니다. 형식이 틀리거나, 열거 값의 대소문자가 다르거나, 숫자가 범위를 벗어나면 API 서버가 리소스 전체를 거부합니다.',
  },
  source: SRC_CRD,
  check(ctx, report) {
    for (const { path, value, info } of schemaVisits(ctx)) {
      // apiVersion and kind belong to api-version-kind; free-form areas to their own rules.
      if (!info || info.inFreeForm || path.length < 2 || value === null || value === undefined)
        continue
      if (!checkType(report, path, info, value)) continue
      checkEnum(report, path, info, value)
      checkRange(report, path, info, value)
    }
  },
})
