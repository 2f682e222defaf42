/**
 * Shape checks for normalize(), driven by the field catalogue: a value whose container kind is
 * wrong for a known field (a list where a mapping belongs, text where a list belongs, null for a
 * non-nullable object) is removed from the typed resource, so typed readers never crash; list
 * items keep their index (a bad item becomes an empty mapping). Scalars of the wrong type
 * (`replicas: "3"`, `mode: Cluster`) are kept as written: schema rules report them from the raw
 * document. Free-form areas are not entered.
 */
import type { FieldDef } from './catalogue/dsl'
import { MILVUS_RESOURCE } from './catalogue/resource'
import { isRecord } from './safeClone'
import { pathToString } from './paths'
import type { LocalizedText, SpecPath } from './types'

export interface ShapeIssue {
  path: SpecPath
  message: LocalizedText
}

type Container = 'object' | 'array'

function containerOf(def: FieldDef): Container | undefined {
  if (def.kind === 'object' || def.kind === 'map' || def.kind === 'free-form') return 'object'
  return def.kind === 'array' ? 'array' : undefined
}

function fits(value: unknown, want: Container): boolean {
  return want === 'array' ? Array.isArray(value) : isRecord(value)
}

/** Removes badly shaped containers in place (root must be a mapping) and returns what changed. */
export function checkShapes(root: Record<string, unknown>): ShapeIssue[] {
  const issues: ShapeIssue[] = []
  visitObject(root, MILVUS_RESOURCE, [], issues)
  return issues
}

function visitObject(
  value: Record<string, unknown>,
  def: FieldDef,
  path: SpecPath,
  issues: ShapeIssue[],
): void {
  if (def.kind === 'object') {
    for (const [key, child] of Object.entries(def.fields)) {
      if (Object.hasOwn(value, key)) checkEntry(value, key, child, [...path, key], issues)
    }
  } else if (def.kind === 'map') {
    for (const key of Object.keys(value)) checkEntry(value, key, def.values, [...path, key], issues)
  }
}

function checkEntry(
  parent: Record<string, unknown>,
  key: string,
  def: FieldDef,
  path: SpecPath,
  issues: ShapeIssue[],
): void {
  const want = containerOf(def)
  if (!want) return
  const v = parent[key]
  if (v === null && def.keepNull) return
  if (!fits(v, want)) {
    delete parent[key]
    if (v !== null) issues.push(shapeIssue(path, want))
    return
  }
  descend(v, def, path, issues)
}

function descend(v: unknown, def: FieldDef, path: SpecPath, issues: ShapeIssue[]): void {
  if (def.kind === 'array' && Array.isArray(v)) {
    const want = containerOf(def.items)
    v.forEach((item: unknown, i) => {
      if (want && !fits(item, want) && !(item === null && def.items.keepNull)) {
        v[i] = want === 'array' ? [] : {}
        issues.push(shapeIssue([...path, i], want))
      } else if (want) descend(v[i], def.items, [...path, i], issues)
    })
  } else if (isRecord(v)) visitObject(v, def, path, issues)
}

export function shapeIssue(path: SpecPath, expected: Container): ShapeIssue {
  const at = pathToString(path)
  return {
    path,
    message:
      expected === 'object'
        ? {
            en: `${at} must be a mapping; the value was ignored.`,
            ko: `${at} 값은 매핑이어야 하므로 무시했습니다.`,
          }
        : {
            en: `${at} must be a list; the value was ignored.`,
            ko: `${at} 값은 목록이어야 하므로 무시했습니다.`,
          },
  }
}
