/**
 * Keys the CRD does not define, outside its free-form areas, are pruned by the API server (or
 * rejected by kubectl's strict field validation), so the setting is lost. Suggest the key that
 * was meant (`pulsar.endpoints` -> `endpoint`, `spec.component` -> `components`), and move Milvus
 * settings written under a built-in store's dependency block into spec.config (the seed NATS example).
 */
import {
  didYouMean,
  knownChildKeys,
  lookupField,
  pathToString,
  renameReason,
  type SpecPath,
  isRecord,
} from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix, renameFix } from '../lib/fix'
import { liftedRaw, schemaVisits } from '../lib/schemaWalk'
import { SRC_CRD } from '../lib/sources'
import type { Report } from '../types'

const STORES_WITH_CONFIG = ['rocksmq', 'natsmq', 'woodpecker']

/** A Milvus setting (spec.config.<store>.<key>) written under spec.dependencies.<store>. */
function reportMisplacedConfig(
  report: Report,
  path: SpecPath,
  store: string,
  key: string,
  value: unknown,
  config: unknown,
): void {
  const target = ['spec', 'config', store, key]
  const existing = isRecord(config) && isRecord(config[store]) ? config[store][key] : undefined
  const merged = isRecord(value) && isRecord(existing) ? { ...value, ...existing } : value
  report(
    path,
    {
      en: `spec.dependencies.${store}.${key} is not an operator field and is pruned, so these ${store} settings never reach Milvus; move them to spec.config.${store}.${key}.`,
      ko: `spec.dependencies.${store}.${key}은(는) 오퍼레이터 필드가 아니어서 제거되므로 이 ${store} 설정은 Milvus에 전달되지 않습니다. spec.config.${store}.${key}로 옮기세요.`,
    },
    {
      fix: {
        title: {
          en: `Move to spec.config.${store}.${key}`,
          ko: `spec.config.${store}.${key}로 이동`,
        },
        patches: [
          { op: 'delete', path },
          { op: 'set', path: target, value: merged },
        ],
      },
    },
  )
}

function renamedValue(parentPath: SpecPath, to: string, value: unknown): unknown {
  // `endpoints: [a]` meant `endpoint: a`: a string field written as a list keeps its first item.
  return lookupField([...parentPath, to])?.kind === 'string' && Array.isArray(value)
    ? value[0]
    : value
}

export const schemaUnknownKey = defineRule({
  id: 'schema-unknown-key',
  severity: 'error',
  title: { en: 'Unknown field', ko: '알 수 없는 필드' },
  explanation: {
    en: 'The Milvus CRD only keeps the fields it defines (free-form areas such as spec.config and inCluster.values aside). kubectl apply rejects an unknown field by default, and with validation off the API server silently drops it, so the setting never takes effect.',
    ko: 'Milvus CRD는 정의한 필드만 유지합니다(spec.config, inCluster.values 같은 자유 형식 영역 제외). kubectl apply는 기본적으로 알 수 없는 필드를 거부하며, 검증을 끄면 API 서버가 조용히 버려서 설정이 적용되지 않습니다.',
  },
  source: SRC_CRD,
  check(ctx, report) {
    const raw = liftedRaw(ctx)
    const spec = isRecord(raw) ? raw.spec : undefined
    const config = isRecord(spec) ? spec.config : undefined
    for (const { path, key, value, allowed, parent } of schemaVisits(ctx)) {
      if (typeof key !== 'string' || !Array.isArray(allowed) || allowed.includes(key)) continue
      const parentPath = path.slice(0, -1)
      const store = String(parentPath[2])
      if (
        parentPath.length === 3 &&
        parentPath[1] === 'dependencies' &&
        STORES_WITH_CONFIG.includes(store) &&
        knownChildKeys(['spec', 'config', store]).includes(key)
      ) {
        reportMisplacedConfig(report, path, store, key, value, config)
        continue
      }
      const where = pathToString(path)
      const guess = didYouMean(key, allowed)
      if (guess !== undefined) {
        const free = !(parent && guess in parent)
        const reason = renameReason(key, guess)
        report(
          path,
          {
            en: `${where} is not a field of the Milvus resource and is dropped; did you mean ${guess}?${reason ? ` (${reason.en})` : ''}`,
            ko: `${where}은(는) Milvus 리소스의 필드가 아니어서 버려집니다. ${guess}을(를) 뜻하셨나요?${reason ? ` (${reason.ko})` : ''}`,
          },
          free
            ? {
                fix: renameFix(
                  { en: `Rename to ${guess}`, ko: `${guess}(으)로 이름 변경` },
                  path,
                  guess,
                  renamedValue(parentPath, guess, value),
                ),
              }
            : {},
        )
        continue
      }
      report(
        path,
        {
          en: `${where} is not a field of the Milvus resource and is dropped; remove it or move it where it belongs.`,
          ko: `${where}은(는) Milvus 리소스의 필드가 아니어서 버려집니다. 삭제하거나 올바른 위치로 옮기세요.`,
        },
        { fix: deleteFix({ en: `Remove ${key}`, ko: `${key} 삭제` }, path) },
      )
    }
  },
})
