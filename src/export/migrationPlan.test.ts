import { describe, expect, it } from 'vitest'
import type { MilvusResource, MsgStreamType } from '../model'
import { planMigration } from './migrationPlan'
import { recommendStore } from './recommendStore'

function milvus(store: MsgStreamType | undefined, opts: { mode?: 'standalone' | 'cluster'; image?: string } = {}): MilvusResource {
  return {
    apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name: 'prod', namespace: 'vec' },
    spec: {
      ...(opts.mode ? { mode: opts.mode } : {}),
      ...(opts.image ? { components: { image: opts.image } } : {}),
      ...(store ? { dependencies: { msgStreamType: store } } : {}),
    },
  }
}

const V25 = 'milvusdb/milvus:v2.5.16'

describe('planMigration', () => {
  it('returns nothing when store and mode stay the same (defaults included)', () => {
    expect(planMigration(milvus(undefined), milvus('woodpecker'))).toBeUndefined()
    expect(planMigration(milvus('kafka', { mode: 'cluster' }), milvus('kafka', { mode: 'cluster' }))).toBeUndefined()
  })

  it('gives the docs page five steps from RocksMQ to NATS, with an optional backup first', () => {
    const plan = planMigration(milvus('rocksmq', { image: V25 }), milvus('natsmq', { image: V25 }))
    expect(plan?.kind).toBe('rocksmq-to-natsmq')
    const steps = plan?.steps ?? []
    expect(steps[0]?.optional).toBe(true)
    expect(steps.slice(1).map((s) => s.title.en)).toEqual([
      'Stop DDL and writes', 'Flush everything', 'Stop Milvus', 'Switch the store to NATS', 'Restart and verify',
    ])
    expect(steps[5]?.detail.en).toMatch(/mqType=natsmq.*jetstream/)
    expect(steps[5]?.command).toContain("-n vec -l app.kubernetes.io/instance=prod")
    for (const s of steps) expect(s.title.ko).toMatch(/[가-힣]/)
  })

  it('uses the WAL switch from Kafka or Pulsar to Woodpecker on 2.6, marked pending', () => {
    for (const from of ['kafka', 'pulsar'] as const) {
      const plan = planMigration(milvus(from, { mode: 'cluster' }), milvus('woodpecker', { mode: 'cluster' }))
      expect(plan?.kind).toBe('wal-switch')
      const call = plan?.steps.find((s) => s.command?.includes('/management/wal/alter'))
      expect(call?.pending).toBe(true)
      expect(call?.command).toContain(':9091/management/wal/alter')
    }
  })

  it('falls back to backup and restore before 2.6, across stores and for mode changes', () => {
    expect(planMigration(milvus('kafka', { mode: 'cluster', image: V25 }), milvus('woodpecker', { mode: 'cluster', image: V25 }))?.kind).toBe('backup-restore')
    expect(planMigration(milvus('kafka', { mode: 'cluster' }), milvus('pulsar', { mode: 'cluster' }))?.kind).toBe('backup-restore')
    const modeChange = planMigration(milvus('kafka'), milvus('kafka', { mode: 'cluster' }))
    expect(modeChange?.kind).toBe('backup-restore')
    expect(modeChange?.summary.en).toContain('deployment mode')
    expect(modeChange?.steps.some((s) => s.command?.startsWith('milvus-backup create'))).toBe(true)
  })

  it('quotes names in commands', () => {
    const base = { ...milvus('rocksmq', { image: V25 }), metadata: { name: "x'; rm -rf /", namespace: 'vec' } }
    const plan = planMigration(base, milvus('natsmq', { image: V25 }))
    expect(plan?.steps[3]?.command).toContain(`'x'\\''; rm -rf /'`)
  })
})

describe('recommendStore', () => {
  it.each([
    [{ mode: 'standalone', milvusVersion: '2.6.11', messageSize: 'small', existing: 'none' }, 'woodpecker'],
    [{ mode: 'cluster', milvusVersion: 'v2.6.0', messageSize: 'large', existing: 'none' }, 'woodpecker'],
    [{ mode: 'standalone', milvusVersion: '2.5.16', messageSize: 'small', existing: 'none' }, 'rocksmq'],
    [{ mode: 'standalone', milvusVersion: '2.5.16', messageSize: 'large', existing: 'none' }, 'natsmq'],
    [{ mode: 'standalone', milvusVersion: '2.2.0', messageSize: 'large', existing: 'none' }, 'rocksmq'],
    [{ mode: 'cluster', milvusVersion: '2.5.16', messageSize: 'small', existing: 'none' }, 'pulsar'],
    [{ mode: 'cluster', milvusVersion: '2.6.11', messageSize: 'small', existing: 'kafka' }, 'kafka'],
    [{ mode: 'standalone', milvusVersion: 'latest', messageSize: 'small', existing: 'pulsar' }, 'pulsar'],
    [{ mode: 'standalone', milvusVersion: 'not a version', messageSize: 'small', existing: 'none' }, 'woodpecker'],
  ] as const)('%o -> %s', (answers, store) => {
    const rec = recommendStore(answers)
    expect(rec.store).toBe(store)
    expect(rec.reasons.length).toBeGreaterThan(1)
    expect(rec.patches).toContainEqual({ op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: store })
    expect(rec.patches).toContainEqual({ op: 'set', path: ['spec', 'mode'], value: answers.mode })
  })

  it('marks an existing store as external and turns persistence on for embedded ones', () => {
    expect(recommendStore({ mode: 'cluster', milvusVersion: '2.6.1', messageSize: 'small', existing: 'kafka' }).patches)
      .toContainEqual({ op: 'set', path: ['spec', 'dependencies', 'kafka', 'external'], value: true })
    expect(recommendStore({ mode: 'standalone', milvusVersion: '2.5.1', messageSize: 'small', existing: 'none' }).patches)
      .toContainEqual({ op: 'set', path: ['spec', 'dependencies', 'rocksmq', 'persistence', 'enabled'], value: true })
  })
})
