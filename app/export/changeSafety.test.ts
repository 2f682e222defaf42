import { describe, expect, it } from 'vitest'
import type { LocatedFinding } from '../../src/derive/types'
import type { MigrationPlan } from '../../src/export/types'
import { aFinding } from '../test/aFinding'
import { baselineOnlyFindings, missingBlocks } from './changeSafety'

function finding(
  rule: string,
  path: (string | number)[],
  severity: LocatedFinding['severity'] = 'error',
): LocatedFinding {
  return aFinding({ rule, severity, path, message: { en: rule, ko: rule } })
}

const text = (en: string) => ({ en, ko: `${en} (ko)` })

function plan(
  from: [MigrationPlan['from']['store'], MigrationPlan['from']['mode']],
  to: typeof from,
): MigrationPlan {
  return {
    kind: 'backup-restore',
    from: { store: from[0], mode: from[1] },
    to: { store: to[0], mode: to[1] },
    title: text('Move the data'),
    summary: text('Back up, then restore.'),
    namespace: 'default',
    rollback: [],
    steps: [
      {
        title: text('Back up'),
        detail: text('Run a backup.'),
        command: 'milvus-backup create\n  -n demo',
      },
      { title: text('Restore'), detail: text('Restore it.'), optional: true },
    ],
  }
}

describe('baselineOnlyFindings', () => {
  it('keeps only findings that appear because of the baseline', () => {
    const common = finding('etcd-replicas-odd', ['spec', 'dependencies', 'etcd'])
    const added = finding('store-change-blocked', ['spec', 'dependencies', 'msgStreamType'])
    expect(baselineOnlyFindings([common, added], [common])).toEqual([added])
  })
})

describe('missingBlocks', () => {
  it('adds the store block when no rule reports it', () => {
    expect(missingBlocks(plan(['rocksmq', 'standalone'], ['natsmq', 'standalone']), [])).toEqual([
      { kind: 'store', from: 'rocksmq', to: 'natsmq' },
    ])
  })

  it('adds nothing for what a rule already reports as an error', () => {
    const reported = [
      finding('x', ['spec', 'dependencies', 'msgStreamType']),
      finding('y', ['spec', 'mode']),
    ]
    expect(missingBlocks(plan(['rocksmq', 'standalone'], ['pulsar', 'cluster']), reported)).toEqual(
      [],
    )
  })

  it('still adds the block when the rule only warns, and covers mode changes', () => {
    const warned = [finding('x', ['spec', 'dependencies', 'msgStreamType'], 'warning')]
    expect(missingBlocks(plan(['pulsar', 'standalone'], ['pulsar', 'cluster']), warned)).toEqual([
      { kind: 'mode', from: 'standalone', to: 'cluster' },
    ])
    expect(missingBlocks(undefined, [])).toEqual([])
  })
})
