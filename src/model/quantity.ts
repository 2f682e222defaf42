/**
 * Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity): `10Gi`, `500m`, `1.5`,
 * `2e3`. `10GB` is not one (Kubernetes has no `GB` suffix). Pure parsing, no rounding rules.
 */
const QUANTITY =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/

const FACTORS: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
}

/** True for a valid Kubernetes quantity (a finite number, or text in the quantity grammar). */
export function isKubernetesQuantity(s: string | number): boolean {
  if (typeof s === 'number') return Number.isFinite(s)
  return typeof s === 'string' && QUANTITY.test(s)
}

/** The value in base units (bytes for memory, cores for CPU), or undefined when not a quantity. */
export function parseQuantity(s: string | number): number | undefined {
  if (typeof s === 'number') return Number.isFinite(s) ? s : undefined
  if (typeof s !== 'string') return undefined
  const m = QUANTITY.exec(s)
  if (!m) return undefined
  const base = Number(m[1])
  const suffix = m[2] ?? ''
  if (/^[eE]/.test(suffix) && suffix.length > 1) return base * 10 ** Number(suffix.slice(1))
  const factor = FACTORS[suffix]
  return factor === undefined ? undefined : base * factor
}
