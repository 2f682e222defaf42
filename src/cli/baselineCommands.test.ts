import { describe, expect, it } from 'vitest'
import { planUpgrade, upgradeScript, type UpgradePlan } from '../export'
import { encodeShareLink } from '../share'
import { derivedResource } from '../test/builders'
import { fakeIo } from './fakeIo'
import { runCli } from './runCli'

const milvus = (image: string, store: string) =>
  `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: prod
  namespace: vec
spec:
  mode: standalone
  components:
    image: milvusdb/milvus:${image}
  dependencies:
    msgStreamType: ${store}
`
const RUNNING = milvus('v2.4.9', 'rocksmq')
const NEXT = milvus('v2.6.11', 'rocksmq')

async function run(argv: string[], files: Record<string, string>) {
  const f = fakeIo(files)
  const code = await runCli(argv, f.io)
  return { code, out: f.out(), err: f.err() }
}

describe('milvus-studio lint --baseline', () => {
  it('reports the upgrade that skips 2.5.16 on the image line, and nothing without the baseline', async () => {
    const files = { 'running.yaml': RUNNING, 'milvus.yaml': NEXT }
    const withBase = await run(
      ['lint', '--format', 'json', '--baseline', 'running.yaml', 'milvus.yaml'],
      files,
    )
    expect(withBase.code).toBe(1)
    const findings = (
      JSON.parse(withBase.out) as {
        files: { documents: { findings: { rule: string; line: number }[] }[] }[]
      }
    ).files[0]?.documents[0]?.findings
    expect(findings?.find((f) => f.rule === 'upgrade-skips-required-version')?.line).toBe(9)
    const plain = await run(['lint', '--format', 'json', 'milvus.yaml'], files)
    expect(plain.out).not.toContain('upgrade-skips-required-version')
  })

  it('is a usage error when the baseline cannot be read or holds no Milvus', async () => {
    const missing = await run(['lint', '--baseline', 'gone.yaml', 'milvus.yaml'], {
      'milvus.yaml': NEXT,
    })
    expect([missing.code, missing.err]).toEqual([
      2,
      expect.stringContaining('--baseline gone.yaml'),
    ])
    const notMilvus = await run(['lint', '--baseline', 'cm.yaml', 'milvus.yaml'], {
      'milvus.yaml': NEXT,
      'cm.yaml': 'kind: ConfigMap\n',
    })
    expect(notMilvus.err).toContain('no readable Milvus resource')
    expect(notMilvus.code).toBe(2)
  })
})

describe('milvus-studio export --to upgrade', () => {
  it('prints the studio’s upgrade plan, through 2.5.16', async () => {
    const res = await run(['export', '--to', 'upgrade', '--baseline', 'b.yaml', 'n.yaml'], {
      'b.yaml': RUNNING,
      'n.yaml': NEXT,
    })
    expect(res.code).toBe(0)
    const plan = planUpgrade(derivedResource(RUNNING), derivedResource(NEXT))
    expect(res.out).toBe(upgradeScript(plan as UpgradePlan, 'en'))
    expect(res.out).toContain('2.4.9 -> 2.5.16 -> 2.6.11')
  })

  it('exits 1 with the reason for a NATS instance going to 2.6, 0 with nothing to upgrade, 2 without --baseline', async () => {
    const nats = await run(['export', '--to', 'upgrade', '--baseline', 'b.yaml', 'n.yaml'], {
      'b.yaml': milvus('v2.5.16', 'natsmq'),
      'n.yaml': NEXT,
    })
    expect([nats.code, nats.err]).toEqual([1, expect.stringContaining('NATS is gone in 2.6')])
    const same = await run(['export', '--to', 'upgrade', '--baseline', 'b.yaml', 'n.yaml'], {
      'b.yaml': NEXT,
      'n.yaml': NEXT,
    })
    expect([same.code, same.out]).toEqual([0, ''])
    expect((await run(['export', '--to', 'upgrade', 'n.yaml'], { 'n.yaml': NEXT })).code).toBe(2)
  })
})

describe('milvus-studio share decode', () => {
  it('prints the config and names the baselines the link carries on stderr', async () => {
    const { fragment } = await encodeShareLink(NEXT, {
      includeSecrets: false,
      baselines: { items: [{ name: 'prod', source: RUNNING }], active: 'prod' },
    })
    const res = await run(['share', 'decode', fragment], {})
    expect([res.code, res.out, res.err]).toEqual([0, NEXT, 'Baselines in the link: prod\n'])
    const cut = await run(['share', 'decode', fragment.slice(0, -2)], {})
    expect([cut.code, cut.out]).toEqual([0, NEXT])
    expect(cut.err).toContain('cut off')
  })
})
