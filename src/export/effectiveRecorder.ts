/** Records edits to a cloned resource as EffectiveChanges. Pure helper for effectiveResource.ts. */
import { getAtPath, pathToString, type LocalizedText, type SpecPath } from '../model'
import type { EffectiveChange } from './types'

type Rec = Record<string, unknown>

const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v)

export class ChangeRecorder {
  readonly changes: EffectiveChange[] = []
  private readonly root: Rec

  constructor(root: Rec) {
    this.root = root
  }

  get(path: SpecPath): unknown {
    return getAtPath(this.root, path)
  }

  /** Sets a value when it is absent (or, with `overwrite`, whenever it differs). */
  set(path: SpecPath, value: unknown, note: LocalizedText, overwrite = false): void {
    const old = this.get(path)
    const absent = old === undefined || old === null || old === ''
    if (!absent && (!overwrite || same(old, value))) return
    const parent = this.container(path.slice(0, -1))
    const key = String(path[path.length - 1])
    if (!parent) return
    parent[key] = value
    this.changes.push({ path: pathToString(path), kind: absent ? 'added' : 'changed', note })
  }

  remove(path: SpecPath, note: LocalizedText): void {
    const parent = this.get(path.slice(0, -1))
    const key = String(path[path.length - 1])
    if (!isRec(parent) || !Object.hasOwn(parent, key)) return
    delete parent[key]
    this.changes.push({ path: pathToString(path), kind: 'removed', note })
  }

  private container(path: SpecPath): Rec | undefined {
    let cur: Rec = this.root
    for (const seg of path) {
      const key = String(seg)
      const next = cur[key]
      if (next === undefined || next === null) cur[key] = {}
      else if (!isRec(next)) return undefined
      cur = cur[key] as Rec
    }
    return cur
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
