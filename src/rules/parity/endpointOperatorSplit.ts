/**
 * The operator splits the object-storage and Pulsar endpoints with Go's net.SplitHostPort and
 * silently falls back to a default port (80, or 443 for storage with minio.useSSL) when the split
 * fails or the port is not a number. A scheme (`http://`, `pulsar://`) or a missing port therefore
 * gives Milvus an address and port nobody wrote.
 */
import {
  effectiveMsgStreamType,
  getHostPortWithDefault,
  operatorMinioSecure,
  type HostPort,
  type MilvusResource,
  type SpecPath,
} from '../../model'
import { defineRule } from '../defineRule'
import type { Fix } from '../types'
import { SRC_HOST_PORT } from '../lib/sources'

interface Target {
  readonly path: SpecPath
  readonly endpoint: string
  readonly defaultPort: number
  /** The port this service listens on when the user wrote none (the fix's suggestion). */
  readonly usualPort: number
  readonly keys: string
}

const STORAGE_PATH = ['spec', 'dependencies', 'storage', 'endpoint']
const PULSAR_PATH = ['spec', 'dependencies', 'pulsar', 'endpoint']

/** Template placeholders (`<host:port>`, `{{ .Values.x }}`, `${HOST}`) are not endpoints yet. */
function isPlaceholder(endpoint: string): boolean {
  return /[<>{}$]/.test(endpoint)
}

function targets(r: MilvusResource): Target[] {
  const deps = r.spec.dependencies
  const out: Target[] = []
  const storage = deps?.storage
  if (
    storage?.external === true &&
    typeof storage.endpoint === 'string' &&
    storage.endpoint !== ''
  ) {
    const ssl = operatorMinioSecure(r.spec.config)
    const minio = storage.type === undefined || storage.type === '' || storage.type === 'MinIO'
    out.push({
      path: STORAGE_PATH,
      endpoint: storage.endpoint,
      defaultPort: ssl ? 443 : 80,
      usualPort: minio && !ssl ? 9000 : 443,
      keys: 'minio.address / minio.port',
    })
  }
  const pulsar = deps?.pulsar
  if (
    effectiveMsgStreamType(r) === 'pulsar' &&
    pulsar?.external === true &&
    typeof pulsar.endpoint === 'string' &&
    pulsar.endpoint !== ''
  ) {
    out.push({
      path: PULSAR_PATH,
      endpoint: pulsar.endpoint,
      defaultPort: 80,
      usualPort: 6650,
      keys: 'pulsar.address / pulsar.port',
    })
  }
  return out
}

/** `host:port` without scheme or path, keeping the written port when there is one. */
function cleaned(endpoint: string, usualPort: number): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(endpoint)
  const rest = endpoint.slice(scheme ? scheme[0].length : 0).split('/')[0] ?? ''
  const m = /^(.*?)(?::(\d+))?$/.exec(rest)
  const host = m?.[1] ?? rest
  const port =
    m?.[2] ??
    (scheme && /^https:/i.test(scheme[0])
      ? '443'
      : scheme && /^http:/i.test(scheme[0])
        ? '80'
        : String(usualPort))
  return `${host}:${port}`
}

function describe(t: Target, got: HostPort): string {
  if (got.fallback === 'unsplittable' && /:\/\//.test(t.endpoint))
    return 'the scheme adds a second colon, so Go cannot split it'
  if (got.fallback === 'unsplittable') return 'it has no port'
  return `"${t.endpoint.slice(t.endpoint.lastIndexOf(':') + 1)}" is not a port number`
}

export const endpointOperatorSplit = defineRule({
  id: 'endpoint-operator-split',
  severity: 'error',
  title: {
    en: 'Endpoint the operator splits differently',
    ko: '오퍼레이터가 다르게 나누는 엔드포인트',
  },
  explanation: {
    en: "The operator turns storage.endpoint and pulsar.endpoint into an address and a port with Go's net.SplitHostPort. When that fails (a scheme such as http:// or pulsar://, no port) or the port is not a number, it keeps going with port 80 (443 for storage when spec.config.minio.useSSL is true) and writes that into milvus.yaml. Write the endpoint as host:port.",
    ko: '오퍼레이터는 Go의 net.SplitHostPort로 storage.endpoint와 pulsar.endpoint를 주소와 포트로 나눕니다. 나누지 못하거나(http://, pulsar:// 같은 스킴, 포트 없음) 포트가 숫자가 아니면 포트 80(storage에서 spec.config.minio.useSSL이 true이면 443)으로 계속 진행해 milvus.yaml에 씁니다. 엔드포인트를 host:port로 쓰세요.',
  },
  source: SRC_HOST_PORT,
  check(ctx, report) {
    for (const t of targets(ctx.resource).filter((x) => !isPlaceholder(x.endpoint))) {
      const got = getHostPortWithDefault(t.endpoint, t.defaultPort)
      const noPortOnly = got.fallback === 'unsplittable' && !/:\/\//.test(t.endpoint)
      // Only a bare host can be right by luck: the fallback port may be the one it listens on.
      if (!got.fallback || (noPortOnly && got.port === t.usualPort)) continue
      const fixed = cleaned(t.endpoint, t.usualPort)
      const fix: Fix = {
        title: { en: `Use ${fixed}`, ko: `${fixed} 사용` },
        patches: [{ op: 'set', path: t.path, value: fixed }],
      }
      report(
        t.path,
        {
          en: `The operator cannot read a port from "${t.endpoint}" (${describe(t, got)}) and gives Milvus ${t.keys} = "${got.host}" / ${got.port}; write it as ${fixed}.`,
          ko: `오퍼레이터는 "${t.endpoint}"에서 포트를 읽지 못해(${noPortOnly ? '포트 없음' : 'Go가 나눌 수 없는 형식'}) Milvus에 ${t.keys} = "${got.host}" / ${got.port}를 넘깁니다. ${fixed}로 쓰세요.`,
        },
        { fix, ...(noPortOnly && t.path === STORAGE_PATH ? { severity: 'warning' as const } : {}) },
      )
    }
  },
})
