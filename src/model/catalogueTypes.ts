/**
 * Row shapes of the generated key catalogues (src/model/generated/*). Type codes: o object,
 * b boolean, i integer, f number, s string, l list, n no default (any value), m map with any keys,
 * k Kubernetes object passed through, t free text, x written by the operator, read by nothing.
 */

/** A milvus.yaml key: path, type code, default, line in the file, 1 when the file comments it out. */
export type ConfigRow = readonly [string, string, string | number | boolean | null, number, 0 | 1]

/** A chart values key: path, type code and (for short scalars) the default. */
export type ChartRow =
  readonly [string, string, string | number | boolean | null] | readonly [string, string]
