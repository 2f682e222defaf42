/**
 * normalize(): untrusted input in, a valid MilvusResource out (after excalidraw's data/restore.ts).
 * Never throws. Keeps unknown keys (schema rules report them), copies everything into fresh plain
 * objects (no prototype pollution), fills in apiVersion/kind/metadata/spec, removes values whose
 * container shape is wrong (so typed readers never crash) and reports every change as an issue.
 */
import { safeClone, isRecord, type CloneIssue, type CloneProblem } from './safeClone'
import { checkShapes } from './shapeCheck'
import { pathToString } from './paths'
import type { LocalizedText, MilvusResource, SpecPath } from './types'

export interface NormalizeIssue {
  path: SpecPath
  message: LocalizedText
}

export interface NormalizeResult {
  resource: MilvusResource
  issues: NormalizeIssue[]
}

const CLONE_MESSAGES: Record<CloneProblem, (where: string) => LocalizedText> = {
  'unsafe-key': (w) => ({
    en: `The key ${w} was dropped: it could change how objects behave and is never a Milvus field.`,
    ko: `${w} 키는 객체 동작을 바꿀 수 있고 Milvus 필드도 아니므로 제외했습니다.`,
  }),
  cycle: (w) => ({
    en: `${w} refers back to itself; the repeated part was dropped.`,
    ko: `${w} 값이 자기 자신을 다시 참조하여 반복되는 부분을 제외했습니다.`,
  }),
  'too-deep': (w) => ({
    en: `${w} is nested too deeply to be a Milvus resource; the deeper part was dropped.`,
    ko: `${w} 값의 중첩이 너무 깊어 Milvus 리소스로 볼 수 없으므로 깊은 부분을 제외했습니다.`,
  }),
  'too-large': (w) => ({
    en: `The document is too large; everything from ${w} on was dropped.`,
    ko: `문서가 너무 커서 ${w}부터 뒤의 내용을 제외했습니다.`,
  }),
  unsupported: (w) => ({
    en: `${w} holds a value that is not data (such as a function); it was dropped.`,
    ko: `${w}에 함수처럼 데이터가 아닌 값이 있어 제외했습니다.`,
  }),
}

function where(path: SpecPath): string {
  return path.length === 0 ? 'the document' : pathToString(path)
}

function cloneIssue(i: CloneIssue): NormalizeIssue {
  return { path: i.path, message: CLONE_MESSAGES[i.problem](where(i.path)) }
}

/** Turn anything into a MilvusResource plus the list of what had to change. */
export function normalize(input: unknown): NormalizeResult {
  const cloneIssues: CloneIssue[] = []
  const copy = safeClone(input, cloneIssues)
  const issues = cloneIssues.map(cloneIssue)
  const root: Record<string, unknown> = isRecord(copy) ? copy : {}
  if (!isRecord(copy)) {
    issues.push({
      path: [],
      message: {
        en: 'The document is not a mapping of keys to values; started from an empty Milvus resource.',
        ko: '문서가 키-값 매핑이 아니므로 빈 Milvus 리소스에서 시작했습니다.',
      },
    })
  }
  ensureString(root, 'apiVersion', 'milvus.io/v1beta1', issues)
  ensureString(root, 'kind', 'Milvus', issues)
  ensureObject(root, 'metadata', issues)
  ensureObject(root, 'spec', issues)
  issues.push(...checkShapes(root))
  return { resource: ordered(root) as MilvusResource, issues }
}

function ensureString(
  root: Record<string, unknown>,
  key: string,
  fallback: string,
  issues: NormalizeIssue[],
): void {
  const v = root[key]
  if (typeof v === 'string' && v !== '') return
  root[key] = fallback
  issues.push({
    path: [key],
    message:
      v === undefined || v === null || v === ''
        ? {
            en: `${key} is missing; assumed ${fallback}.`,
            ko: `${key} 값이 없어 ${fallback}(으)로 간주했습니다.`,
          }
        : {
            en: `${key} must be text; assumed ${fallback}.`,
            ko: `${key} 값은 문자열이어야 하므로 ${fallback}(으)로 간주했습니다.`,
          },
  })
}

function ensureObject(root: Record<string, unknown>, key: string, issues: NormalizeIssue[]): void {
  const v = root[key]
  if (isRecord(v)) return
  root[key] = {}
  if (v === undefined || v === null) return
  issues.push({
    path: [key],
    message: {
      en: `${key} must be a mapping; the value was ignored.`,
      ko: `${key} 값은 매핑이어야 하므로 무시했습니다.`,
    },
  })
}

/** apiVersion, kind, metadata and spec first, then whatever else was written, in its order. */
function ordered(root: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of ['apiVersion', 'kind', 'metadata', 'spec']) out[k] = root[k]
  for (const k of Object.keys(root)) if (!Object.hasOwn(out, k)) out[k] = root[k]
  return out
}
