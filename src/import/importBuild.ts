/** The resource being assembled by the Helm import, plus the Secrets it references. Pure. */
import { isRec, type Rec } from './helmView'

export interface SecretDraft {
  readonly name: string
  readonly stringData: Record<string, string>
}

export interface ImportBuild {
  readonly name: string
  readonly spec: Rec
  /** spec.config as mapped from chart values; extraConfigFiles user.yaml is merged over it last. */
  readonly config: Rec
  readonly secrets: SecretDraft[]
}

export function newImportBuild(name: string): ImportBuild {
  return { name, spec: {}, config: {}, secrets: [] }
}

/** Sets a value under `root`, creating parent maps. */
export function putIn(root: Rec, path: readonly string[], value: unknown): void {
  let cur = root
  for (const key of path.slice(0, -1)) {
    if (!isRec(cur[key])) cur[key] = {}
    cur = cur[key] as Rec
  }
  cur[path[path.length - 1] ?? ''] = value
}

/** Deep-merges `over` into `base` (maps merge, everything else replaces), as Milvus merges user.yaml. */
export function mergeInto(base: Rec, over: Rec): Rec {
  for (const [key, value] of Object.entries(over)) {
    const mine = base[key]
    base[key] = isRec(mine) && isRec(value) ? mergeInto({ ...mine }, value) : value
  }
  return base
}

/** Adds a Secret and returns its name (`<resource>-<suffix>`). */
export function addSecret(
  b: ImportBuild,
  suffix: string,
  stringData: Record<string, string>,
): string {
  const name = `${b.name}-${suffix}`
  b.secrets.push({ name, stringData })
  return name
}

/** The user's own sub-values of a block, without the keys the chart itself consumes. */
export function chartValues(block: unknown, consumed: readonly string[]): Rec | undefined {
  if (!isRec(block)) return undefined
  const out: Rec = {}
  for (const [key, value] of Object.entries(block)) if (!consumed.includes(key)) out[key] = value
  return Object.keys(out).length > 0 ? out : undefined
}
