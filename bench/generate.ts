/**
 * Synthetic documents for the benchmarks, shaped like what users paste: a small hand-written
 * resource (~50 lines), a mid-size one (~500), and a `Milvus` read back from a cluster (~5,000)
 * whose `inCluster.values` carry the chart defaults the operator merged in, with comments.
 * Deterministic: the same target gives the same text.
 */

const HEADER = `# Milvus resource for the benchmark (generated)
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: bench-milvus
  namespace: vector
  labels:
    app: milvus
    milvus.io/operator-version: 1.3.8
  annotations:
    milvus.io/dependency-values-merged: "true"
spec:
  mode: cluster
  components:
    image: milvusdb/milvus:v2.6.11
    # rolling updates keep the service up during upgrades
    enableRollingUpdate: true
    imageUpdateMode: rollingUpgrade
    proxy:
      replicas: 2
      serviceType: LoadBalancer
    queryNode:
      replicas: 3
      resources:
        requests:
          cpu: "2"
          memory: 8Gi
        limits:
          cpu: "4"
          memory: 16Gi
    dataNode:
      replicas: 2
    mixCoord:
      replicas: 1
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList:
        - kafka-0.kafka.svc:9092
        - kafka-1.kafka.svc:9092
      secretRef: kafka-sasl
    etcd:
      inCluster:
        deletionPolicy: Retain
        pvcDeletion: false
        values:
          replicaCount: 3
`

const WORDS = [
  'enabled',
  'image',
  'registry',
  'repository',
  'tag',
  'pullPolicy',
  'resources',
  'requests',
  'limits',
  'cpu',
  'memory',
  'persistence',
  'storageClass',
  'size',
  'accessModes',
  'annotations',
  'labels',
  'nodeSelector',
  'tolerations',
  'affinity',
  'podAntiAffinityPreset',
  'service',
  'type',
  'port',
  'metrics',
  'serviceMonitor',
  'interval',
  'scrapeTimeout',
  'livenessProbe',
  'readinessProbe',
  'initialDelaySeconds',
  'periodSeconds',
  'timeoutSeconds',
  'failureThreshold',
  'successThreshold',
  'securityContext',
  'runAsUser',
  'fsGroup',
  'extraEnvVars',
  'configData',
  'autoCompactionMode',
]

function scalarFor(i: number): string {
  switch (i % 7) {
    case 0:
      return String(i % 97)
    case 1:
      return i % 2 === 0 ? 'true' : 'false'
    case 2:
      return `"${(i % 13) * 100}m"`
    case 3:
      return `${(i % 9) + 1}Gi`
    case 4:
      return `value-${i.toString(36)}`
    case 5:
      return `'quoted ${i}'`
    default:
      return 'null'
  }
}

/** Appends a nested values blob at `indent` until `lines` reaches `target`. */
function growValues(lines: string[], indent: number, target: number): void {
  let i = 0
  while (lines.length < target) {
    const pad = ' '.repeat(indent)
    const key = `${WORDS[i % WORDS.length]}${Math.floor(i / WORDS.length) || ''}`
    if (i % 11 === 0) lines.push(`${pad}# ${key}: settings merged from the chart defaults`)
    if (i % 5 === 0) {
      lines.push(`${pad}${key}:`)
      for (let j = 0; j < 4; j++)
        lines.push(`${pad}  ${WORDS[(i + j) % WORDS.length]}: ${scalarFor(i + j)}`)
      if (i % 10 === 0) {
        lines.push(`${pad}  items:`)
        for (let j = 0; j < 3; j++)
          lines.push(`${pad}    - name: item-${i}-${j}`, `${pad}      weight: ${j}`)
      }
    } else {
      lines.push(`${pad}${key}: ${scalarFor(i)}`)
    }
    i++
  }
}

/** A resource of about `target` lines (at least the header's ~55). */
export function makeDocument(target: number): string {
  const lines = HEADER.trimEnd().split('\n')
  if (target <= lines.length + 5) return lines.slice(0, target).join('\n') + '\n'
  const configShare = Math.floor((target - lines.length) * 0.2)
  growValues(lines, 10, target - configShare)
  lines.push(
    '  config:',
    '    # milvus.yaml overrides',
    '    log:',
    '      level: info',
    '    kafka:',
    '      securityProtocol: SASL_SSL',
    '      saslMechanisms: SCRAM-SHA-512',
    '    extra:',
  )
  growValues(lines, 6, target)
  return lines.join('\n') + '\n'
}

export const SIZES = [50, 500, 5000] as const
