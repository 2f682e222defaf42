import { afterAll, describe, expect, it } from 'vitest'
import type { MilvusResource, MsgStreamType } from '../model'
import { bashSyntaxError, createHarness, isWrite } from '../test/runbookHarness'
import { planUpgrade, upgradeScript, withVersion } from './upgradePlan'

const h = createHarness()
afterAll(() => h.dispose())

function milvus(
  image: string,
  opts: {
    mode?: 'cluster'
    store?: MsgStreamType
    components?: Record<string, unknown>
    config?: Record<string, unknown>
  } = {},
): MilvusResource {
  return {
    apiVersion: 'milvus.io/v1beta1',
    kind: 'Milvus',
    metadata: { name: 'prod', namespace: 'vec' },
    spec: {
      ...(opts.mode ? { mode: opts.mode } : {}),
      ...(opts.config ? { config: opts.config } : {}),
      components: { image, ...(opts.components ?? {}) },
      ...(opts.store ? { dependencies: { msgStreamType: opts.store } } : {}),
    },
  }
}

describe('planUpgrade', () => {
  it('is undefined when the versions are the same', () => {
    expect(
      planUpgrade(milvus('milvusdb/milvus:v2.5.16'), milvus('milvusdb/milvus:v2.5.16')),
    ).toBeUndefined()
  })

  it('2.5.4 -> 2.6.11 in cluster mode: through 2.5.16 with mixCoord, flags the skipped step, lists component and key changes', () => {
    const base = milvus('milvusdb/milvus:v2.5.4', {
      mode: 'cluster',
      store: 'pulsar',
      components: { indexNode: { replicas: 2 }, dataCoord: { replicas: 1 } },
      config: { indexNode: { x: 1 } },
    })
    const plan = planUpgrade(base, withVersion(base, '2.6.11'))
    expect(plan?.path).toEqual(['2.5.4', '2.5.16', '2.6.11'])
    expect(plan?.skipsRequired?.en).toContain('skips the required v2.5.16')
    expect(plan?.created).toEqual(expect.arrayContaining(['mixCoord', 'streamingNode']))
    expect(plan?.removed).toEqual(expect.arrayContaining(['indexNode', 'dataCoord']))
    expect(plan?.keys.map((k) => k.path)).toEqual([
      'spec.components.dataCoord',
      'spec.components.indexNode',
      'spec.config.indexNode',
    ])
    expect(plan?.store.ok).toBe(true)
    const titles = plan?.steps.map((s) => s.title.en)
    expect(titles).toEqual([
      'Upgrade the operator to v1.3.8',
      'Write the milvus-backup configuration',
      'Back up first (optional)',
      'Upgrade to v2.5.16 (required first)',
      'Upgrade to v2.6.11',
      'Verify',
    ])
    expect(plan?.steps[3]?.command).toBe(
      `kubectl patch milvus prod -n vec --type merge -p '{"spec":{"components":{"image":"milvusdb/milvus:v2.5.16","mixCoord":{"replicas":1}}}}'`,
    )
    expect(plan?.steps[4]?.check).toContain(
      'kubectl wait --for=condition=MilvusUpdated milvus/prod -n vec --timeout=30m',
    )
    const script = upgradeScript(plan!)
    expect(bashSyntaxError(script)).toBe('')
    expect(bashSyntaxError(upgradeScript(plan!, 'ko'))).toBe('')
    const res = h.run(script, { env: { ASSUME_YES: '1' }, mq: 'pulsar', existing: ['prod-minio'] })
    expect(res.status, res.output).toBe(0)
    expect(
      res.calls
        .filter(isWrite)
        .map((c) => c.args)
        .filter((a) => a.includes('patch')),
    ).toHaveLength(2)
    expect(
      h.run(script, { args: ['rollback'], env: { ASSUME_YES: '1' }, existing: ['prod-minio'] })
        .status,
    ).toBe(0)
  })

  it('2.5.16 -> 2.6.11 standalone: one step, no skipped requirement', () => {
    const base = milvus('milvusdb/milvus:v2.5.16', { store: 'rocksmq' })
    const plan = planUpgrade(base, withVersion(base, '2.6.11'))
    expect(plan?.path).toEqual(['2.5.16', '2.6.11'])
    expect(plan?.skipsRequired).toBeUndefined()
    expect(plan?.steps.some((s) => s.command?.includes('mixCoord'))).toBe(false)
  })

  it('refuses NATS across 2.6, a store change during the upgrade, and a downgrade', () => {
    const nats = milvus('milvusdb/milvus:v2.5.16', {
      store: 'natsmq',
      config: { natsmq: { server: {} } },
    })
    const plan = planUpgrade(nats, withVersion(nats, '2.6.11'))
    expect(plan?.store.ok).toBe(false)
    expect(plan?.store.note.en).toContain('NATS is gone in 2.6')
    expect(plan?.keys.map((k) => k.path)).toContain('spec.config.natsmq')
    const script = upgradeScript(plan!)
    expect(h.run(script).status).toBe(3)
    const kafka = planUpgrade(
      milvus('milvusdb/milvus:v2.5.16', { mode: 'cluster', store: 'kafka' }),
      milvus('milvusdb/milvus:v2.6.11', { mode: 'cluster', store: 'woodpecker' }),
    )
    expect(kafka?.store.note.en).toContain('must stay kafka')
    const down = planUpgrade(milvus('milvusdb/milvus:v2.6.11'), milvus('milvusdb/milvus:v2.5.16'))
    expect(down?.refused?.en).toContain('does not support downgrades')
    expect(down?.steps).toEqual([])
  })
})
