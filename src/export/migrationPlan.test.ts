import { afterAll, describe, expect, it } from 'vitest'
import type { MilvusResource, MsgStreamType } from '../model'
import { bashSyntaxError, createHarness, isWrite } from '../test/runbookHarness'
import { planMigration, planMigrations } from './migrationPlan'
import { migrationScript } from './migrationScript'
import type { MigrationPlan } from './types'

const h = createHarness()
afterAll(() => h.dispose())

function milvus(
  store: MsgStreamType | undefined,
  opts: { mode?: 'standalone' | 'cluster'; image?: string; name?: string } = {},
): MilvusResource {
  return {
    apiVersion: 'milvus.io/v1beta1',
    kind: 'Milvus',
    metadata: { name: opts.name ?? 'prod', namespace: 'vec' },
    spec: {
      ...(opts.mode ? { mode: opts.mode } : {}),
      ...(opts.image ? { components: { image: opts.image } } : {}),
      ...(store ? { dependencies: { msgStreamType: store } } : {}),
    },
  }
}

const V25 = 'milvusdb/milvus:v2.5.16'
const titles = (p: MigrationPlan | undefined) => (p?.steps ?? []).map((s) => s.title.en)

/** Runs the plan's script and its rollback against stand-ins; every command and check must pass. */
function runsClean(plan: MigrationPlan, mq: string, rollbackMq: string): void {
  for (const lang of ['en', 'ko'] as const)
    expect(bashSyntaxError(migrationScript(plan, lang))).toBe('')
  const script = migrationScript(plan)
  const existing = [
    'prod-minio',
    'prod-milvus-minio',
    'prod-natsmq-minio',
    'prod-woodpecker-minio',
    'prod-pulsar-minio',
    'prod-kafka-minio',
    'next-minio',
  ]
  const res = h.run(script, { env: { ASSUME_YES: '1' }, mq, existing, get: '10.0.0.7' })
  expect(res.status, res.output).toBe(0)
  expect(res.output).toContain('All steps done.')
  expect(res.calls.some((c) => /^kubectl delete/.test(c.args))).toBe(false)
  const back = h.run(script, {
    args: ['rollback'],
    env: { ASSUME_YES: '1' },
    mq: rollbackMq,
    existing,
  })
  expect(back.status, back.output).toBe(0)
}

describe('planMigrations', () => {
  it('returns nothing when store and mode stay the same (defaults included)', () => {
    expect(planMigrations(milvus(undefined), milvus('woodpecker'))).toEqual([])
    expect(
      planMigration(milvus('kafka', { mode: 'cluster' }), milvus('kafka', { mode: 'cluster' })),
    ).toBeUndefined()
  })

  it('RocksMQ -> NATS on 2.5: the docs steps in place, with commands, checks and a rollback', () => {
    const [plan, alt] = planMigrations(
      milvus('rocksmq', { image: V25 }),
      milvus('natsmq', { image: V25 }),
    )
    expect([plan?.kind, alt?.kind]).toEqual(['rocksmq-to-natsmq', 'backup-restore'])
    expect(titles(plan)).toEqual([
      'Write the milvus-backup configuration',
      'Back up first (optional)',
      'Stop DDL and writes',
      'Flush everything',
      'Stop Milvus',
      'Switch the store to NATS',
      'Restart and verify',
    ])
    const steps = plan?.steps ?? []
    expect(steps[0]?.command).toContain('address: prod-minio.vec')
    expect(steps[0]?.command).toContain(
      "kubectl get secret prod-minio -n vec -o jsonpath='{.data.accesskey}'",
    )
    expect(steps[3]?.command).toContain('utility.flush_all()')
    expect(steps[5]?.command).toContain('msgStreamType: natsmq')
    expect(steps[6]?.check).toContain(
      "-n vec -l app.kubernetes.io/instance=prod --all-containers --tail=-1 | grep -m1 'mqType=natsmq'",
    )
    expect(plan?.rollback.map((s) => s.title.en)).toEqual([
      'Stop Milvus',
      'Apply the baseline config (RocksMQ)',
      'Restart on RocksMQ',
    ])
    for (const s of steps) expect(s.title.ko).toMatch(/[가-힣]/)
    if (plan) runsClean(plan, 'natsmq', 'rocksmq')
  })

  it.each(['kafka', 'pulsar'] as const)(
    '%s -> Woodpecker on 2.6: the WAL switch through mixCoord, marked pending',
    (from) => {
      const [plan, alt] = planMigrations(
        milvus(from, { mode: 'cluster' }),
        milvus('woodpecker', { mode: 'cluster' }),
      )
      expect([plan?.kind, alt?.kind]).toEqual(['wal-switch', 'backup-restore'])
      const call = plan?.steps.find((s) => s.command?.includes('/management/wal/alter'))
      expect(call?.pending).toBe(true)
      expect(call?.command).toContain('svc/prod-milvus-mixcoord 9091:9091')
      expect(call?.command).toContain('"target_wal_name": "woodpecker"')
      expect(call?.check).toContain('successfully updated mq.type configuration in etcd')
      expect(plan?.rollback[0]?.command).toContain(`"target_wal_name": "${from}"`)
      if (plan) runsClean(plan, 'woodpecker', from)
    },
  )

  it('backup and restore: config for milvus-backup, the new manifest, restore, switch, clean-up by hand', () => {
    const plan = planMigration(
      milvus('kafka', { mode: 'cluster' }),
      milvus('pulsar', { mode: 'cluster' }),
    )
    expect(plan?.kind).toBe('backup-restore')
    expect(titles(plan)).toEqual([
      'Stop writes and DDL',
      'Write the milvus-backup configuration',
      'Back up with milvus-backup',
      'Deploy the new instance prod-pulsar',
      'Restore into the new instance',
      'Switch clients to the new instance',
      'Clean up: delete the old instance prod',
    ])
    const deploy = plan?.steps[3]?.command ?? ''
    expect(deploy).toMatch(/^kubectl create -n vec -f - <<'MILVUS_MANIFEST'\n/)
    expect(deploy).toContain('name: prod-pulsar')
    expect(deploy).toContain('msgStreamType: pulsar')
    const restore = plan?.steps[4]?.command ?? ''
    expect(restore).toContain('crossStorage: true')
    expect(restore).toContain('backupAddress: prod-minio.vec')
    expect(restore).toContain('address: prod-pulsar-milvus.vec')
    expect(restore).toContain('milvus-backup restore -n prod-migration --restore_index')
    expect(plan?.steps[6]?.manualOnly).toBe(true)
    expect(migrationScript(plan as MigrationPlan)).toContain(
      '#   kubectl delete milvus prod -n vec --wait',
    )
    if (plan) runsClean(plan, 'pulsar', 'kafka')
  })

  it('backup and restore for a mode change, and for RocksMQ -> Woodpecker with the version allowing it', () => {
    const mode = planMigration(milvus('kafka'), milvus('kafka', { mode: 'cluster' }))
    expect(mode?.kind).toBe('backup-restore')
    expect(mode?.summary.en).toContain('deployment mode')
    const wp = planMigrations(milvus('rocksmq'), milvus('woodpecker'))
    expect(wp.map((p) => p.kind)).toEqual(['backup-restore'])
    if (wp[0]) runsClean(wp[0], 'woodpecker', 'rocksmq')
  })

  it('gives the new instance its own root paths on shared external etcd and storage', () => {
    const next: MilvusResource = {
      ...milvus('pulsar', { mode: 'cluster' }),
      spec: {
        mode: 'cluster',
        config: { minio: { rootPath: 'data', bucketName: 'b' } },
        dependencies: {
          msgStreamType: 'pulsar',
          etcd: { external: true, endpoints: ['etcd.shared:2379'] },
          storage: {
            external: true,
            type: 'S3',
            endpoint: 's3.example.com:443',
            secretRef: 'keys',
          },
        },
      },
    }
    const base: MilvusResource = {
      ...next,
      spec: { ...next.spec, dependencies: { ...next.spec.dependencies, msgStreamType: 'kafka' } },
    }
    const plan = planMigration(base, next)
    const deploy = plan?.steps.find((s) => s.title.en.startsWith('Deploy'))?.command ?? ''
    expect(deploy).toContain('rootPath: prod-pulsar')
    expect(deploy).toContain('rootPath: data-prod-pulsar')
    expect(plan?.steps[1]?.command).toContain('address: s3.example.com')
    expect(plan?.steps[1]?.command).toContain('port: 443')
  })

  it.each([
    ['NATS on 2.6', milvus('natsmq'), /has no NATS/],
    [
      'NATS before 2.3',
      milvus('natsmq', { image: 'milvusdb/milvus:v2.2.16' }),
      /arrived in Milvus 2\.3/,
    ],
    [
      'Woodpecker on 2.5',
      milvus('woodpecker', { image: V25 }),
      /Woodpecker arrived in Milvus 2\.6/,
    ],
    ['RocksMQ in cluster', milvus('rocksmq', { mode: 'cluster' }), /only in standalone/],
  ] as const)('refuses %s and says why', (_name, next, why) => {
    const plans = planMigrations(milvus('kafka', { image: V25 }), next)
    expect(plans.map((p) => p.kind)).toEqual(['refused'])
    expect(plans[0]?.refused?.en).toMatch(why)
    const script = migrationScript(plans[0] as MigrationPlan)
    expect(bashSyntaxError(script)).toBe('')
    const res = h.run(script)
    expect(res.status).toBe(3)
    expect(res.calls.filter(isWrite)).toEqual([])
  })

  it('quotes hostile names in every command', () => {
    const base = {
      ...milvus('rocksmq', { image: V25 }),
      metadata: { name: "x'; rm -rf /", namespace: 'vec' },
    }
    const plan = planMigration(base, milvus('natsmq', { image: V25 }))
    expect(plan?.steps[4]?.command).toContain(`'x'\\''; rm -rf /'`)
    expect(bashSyntaxError(migrationScript(plan as MigrationPlan))).toBe('')
  })
})
