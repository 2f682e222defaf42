/**
 * What a milvus-helm chart version renders by default. The catalogued chart (generated from its
 * values.yaml) is exact; older majors differ in the facts below, from the chart's README
 * "Compatibility Notice" (zilliztech/milvus-helm charts/milvus/README.md): 4.2.21 added the
 * pulsarv3 dependency and turned it on in place of pulsar (v2); chart 5 (Milvus 2.6) made
 * Woodpecker the standalone default queue, added streaming and the mixed coordinator by default;
 * before that standalone used rocksmq and a cluster ran four coordinators and index nodes.
 */
import { HELM_CHART_VERSION, HELM_DEFAULTS } from './generated/helmChart'

export interface ChartProfile {
  readonly version: string
  /** The chart default at a dotted path (undefined: the chart has no default there). */
  defaultAt(path: string): unknown
  /** The Milvus image tag the chart deploys when the values set none (undefined: not known here). */
  readonly defaultTag?: string
}

type Version = readonly [number, number, number]

export function parseChartVersion(v: string): Version | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(v.trim())
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined
}

const atLeast = (v: Version, w: Version): boolean =>
  (v[0] - w[0] || v[1] - w[1] || v[2] - w[2]) >= 0

/** Overrides of the catalogued defaults for charts before 5.0.0. */
function before5(v: Version): Record<string, unknown> {
  const pulsarV3 = atLeast(v, [4, 2, 21])
  return {
    'standalone.messageQueue': 'rocksmq',
    'pulsarv3.enabled': pulsarV3,
    'pulsar.enabled': !pulsarV3,
    'woodpecker.enabled': false,
    'streaming.enabled': false,
    'mixCoordinator.enabled': false,
    'rootCoordinator.enabled': true,
    'queryCoordinator.enabled': true,
    'indexCoordinator.enabled': true,
    'dataCoordinator.enabled': true,
    'indexNode.enabled': true,
    'streamingNode.enabled': false,
    'image.all.tag': undefined,
  }
}

/** The profile of a chart version, or an error message for one the import cannot read. */
export function chartProfile(
  version: string = HELM_CHART_VERSION,
): ChartProfile | { error: string } {
  const v = parseChartVersion(version)
  if (!v)
    return {
      error: `"${version.slice(0, 40)}" is not a chart version such as ${HELM_CHART_VERSION}`,
    }
  if (v[0] < 4 || v[0] > 5)
    return {
      error: `chart ${version} is not supported; the import reads milvus-helm charts 4.x and 5.x`,
    }
  const overrides = v[0] < 5 ? before5(v) : {}
  const exact = version.replace(/^v/, '') === HELM_CHART_VERSION
  const tag = HELM_DEFAULTS['image.all.tag']
  return {
    version: version.replace(/^v/, ''),
    defaultAt: (path) => (Object.hasOwn(overrides, path) ? overrides[path] : HELM_DEFAULTS[path]),
    ...(exact && typeof tag === 'string' ? { defaultTag: tag } : {}),
  }
}
