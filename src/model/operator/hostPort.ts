/**
 * Endpoint splitting exactly as the Milvus operator v1.3.8 does it: Go's `net.SplitHostPort`,
 * then `strconv.Atoi` and a conversion to int32, falling back to a default port on any error
 * (pkg/util/util.go GetHostPortWithDefault, lines 97-111; pkg/controllers/deployments.go
 * GetStorageHostPort, lines 51-57). Pure: no URL parsing, no guessing of what the user meant.
 */

export interface SplitResult {
  readonly host: string
  readonly port: string
}

/** Go `net.SplitHostPort`: the split, or the reason Go gives for refusing it. */
export function splitHostPort(hostport: string): SplitResult | { readonly error: string } {
  const i = hostport.lastIndexOf(':')
  if (i < 0) return { error: 'missing port in address' }
  let host: string
  let j = 0
  let k = 0
  if (hostport.startsWith('[')) {
    const end = hostport.indexOf(']')
    if (end < 0) return { error: "missing ']' in address" }
    if (end + 1 === hostport.length) return { error: 'missing port in address' }
    if (end + 1 !== i)
      return {
        error: hostport[end + 1] === ':' ? 'too many colons in address' : 'missing port in address',
      }
    host = hostport.slice(1, end)
    j = 1
    k = end + 1
  } else {
    host = hostport.slice(0, i)
    if (host.includes(':')) return { error: 'too many colons in address' }
  }
  if (hostport.slice(j).includes('[')) return { error: "unexpected '[' in address" }
  if (hostport.slice(k).includes(']')) return { error: "unexpected ']' in address" }
  return { host, port: hostport.slice(i + 1) }
}

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

/** Go `strconv.Atoi` on a 64-bit platform followed by `int32(...)`; undefined when Atoi fails. */
export function atoiInt32(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined
  const n = BigInt(text)
  if (n < INT64_MIN || n > INT64_MAX) return undefined
  return Number(BigInt.asIntN(32, n))
}

export interface HostPort {
  readonly host: string
  readonly port: number
  /** Why the written port was not used: the split failed, or the port is not a number. */
  readonly fallback?: 'unsplittable' | 'bad-port'
  /** Go's reason when the split failed. */
  readonly splitError?: string
}

/** `util.GetHostPortWithDefault`: the host and port the operator writes into milvus.yaml. */
export function getHostPortWithDefault(endpoint: string, defaultPort: number): HostPort {
  const split = splitHostPort(endpoint)
  if ('error' in split)
    return { host: endpoint, port: defaultPort, fallback: 'unsplittable', splitError: split.error }
  const port = atoiInt32(split.port)
  if (port === undefined) return { host: split.host, port: defaultPort, fallback: 'bad-port' }
  return { host: split.host, port }
}

/** `util.GetHostPort`: used for the Pulsar endpoint, with port 80 as the fallback. */
export function getHostPort(endpoint: string): HostPort {
  return getHostPortWithDefault(endpoint, 80)
}

/** `GetStorageHostPort`: the object-storage endpoint, falling back to 443 with useSSL, else 80. */
export function getStorageHostPort(endpoint: string, useSSL: boolean): HostPort {
  return getHostPortWithDefault(endpoint, useSSL ? 443 : 80)
}
