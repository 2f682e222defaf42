import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { chartValuesOtherVersion } from './chartValuesOtherVersion'

const rule = chartValuesOtherVersion
type Values = Record<string, unknown>
const pulsar = (values: Values, chartVersion?: string) =>
  aCluster({
    dependencies: { pulsar: { inCluster: { values, ...(chartVersion ? { chartVersion } : {}) } } },
  })
const etcd = (values: Values, chartVersion?: string) =>
  aCluster({
    dependencies: { etcd: { inCluster: { values, ...(chartVersion ? { chartVersion } : {}) } } },
  })

describe('chart-values-other-version', () => {
  it.each([
    [
      'the pulsar-v2 dashboard under the default pulsar-v3 chart',
      pulsar({ dashboard: { replicaCount: 1 } }),
      'dashboard',
      /pulsar-v2 chart.*pulsar-v3 chart/,
    ],
    [
      'the pulsar-v3 autoscaling under pulsar-v2',
      pulsar({ broker: { autoscaling: { enabled: true } } }, 'pulsar-v2'),
      'autoscaling',
      /pulsar-v3 chart.*pulsar-v2 chart/,
    ],
    [
      'the etcd-v8 service.ports under etcd-v6',
      etcd({ service: { ports: { client: 2379 } } }, 'etcd-v6'),
      'client',
      /etcd-v8 chart/,
    ],
  ])('warns about %s', (_n, doc, last, message) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.path.at(-1)).toBe(last)
    expect(f?.message.en).toMatch(message)
  })

  it.each([
    [
      'etcd-v8 port to etcd-v6',
      etcd({ service: { ports: { peer: 2380 } } }, 'etcd-v6'),
      ['service', 'peerPort'],
    ],
    [
      'pulsar-v2 manager user to pulsar-v3',
      pulsar({ pulsar_manager: { admin: { user: 'pulsar' } } }),
      ['pulsar_manager', 'admin', 'ui_username'],
    ],
    [
      'pulsar-v3 manager password to pulsar-v2',
      pulsar({ pulsar_manager: { admin: { ui_password: 'p' } } }, 'pulsar-v2'),
      ['pulsar_manager', 'admin', 'password'],
    ],
  ])('renames a key that was renamed: %s', (_n, doc, to) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.fix?.patches.at(-1)).toMatchObject({
      op: 'set',
      path: [...(f?.path.slice(0, 5) ?? []), ...to],
    })
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })

  itDoesNotFire(rule, [
    [
      'keys both versions have',
      pulsar({ broker: { replicaCount: 2 }, bookkeeper: { replicaCount: 3 } }),
    ],
    [
      'v6 keys the v8 chart still reads',
      etcd({ auth: { rbac: { enabled: false } }, service: { port: 2379 } }),
    ],
    ['keys of the selected version', pulsar({ dashboard: { replicaCount: 1 } }, 'pulsar-v2')],
    ['keys no version knows (left to chart-values-unknown-key)', pulsar({ zzz: 1 })],
    [
      'charts with one version',
      aCluster({
        dependencies: {
          msgStreamType: 'kafka',
          kafka: { inCluster: { values: { dashboard: {} } } },
        },
      }),
    ],
    ['no values', aCluster()],
  ])
})
