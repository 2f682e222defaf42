/**
 * How the operator reads single values out of `spec.config`: with apimachinery's
 * `unstructured.NestedBool` / `NestedString`, which accept only a value of exactly that type
 * (pkg/util/util.go GetBoolValue / GetStringValue, lines 39-55). A quoted "true" is not a bool
 * to the operator, although Milvus itself reads it as true.
 */

function nested(root: unknown, path: readonly string[]): unknown {
  let cur = root
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur) || !Object.hasOwn(cur, key))
      return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

/** `GetBoolValue`: the bool at `path`, or undefined when absent or not a bool. */
export function operatorBool(config: unknown, ...path: string[]): boolean | undefined {
  const v = nested(config, path)
  return typeof v === 'boolean' ? v : undefined
}

/** `GetStringValue`: the string at `path`, or undefined when absent or not a string. */
export function operatorString(config: unknown, ...path: string[]): string | undefined {
  const v = nested(config, path)
  return typeof v === 'string' ? v : undefined
}

/** `GetMinioSecure` (pkg/controllers/utils.go line 393): `minio.useSSL` when it is a real bool. */
export function operatorMinioSecure(config: unknown): boolean {
  return operatorBool(config, 'minio', 'useSSL') ?? false
}

/** `GetMinioUseIAM` (pkg/controllers/utils.go): `minio.useIAM` when it is a real bool. */
export function operatorMinioUseIam(config: unknown): boolean {
  return operatorBool(config, 'minio', 'useIAM') ?? false
}
