import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PRESETS } from '../presets'
import { HAS_SHARED, REFERENCE_DIR, listSamples } from '../test/sharedReference'

const BIN = resolve(process.cwd(), 'bin', 'milvus-studio.mjs')
const dir = mkdtempSync(join(tmpdir(), 'cli-bin-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 })
}

describe('bin/milvus-studio.mjs', () => {
  it('builds the bundle when needed and lints real files with the documented exit codes', () => {
    const clean = join(dir, 'clean.yaml')
    const broken = join(dir, 'broken.yaml')
    writeFileSync(clean, PRESETS.find((p) => p.id === 'docs-pulsar-external')?.yaml ?? '')
    writeFileSync(broken, PRESETS.find((p) => p.id === 'original-natsmq')?.yaml ?? '')
    const ok = run(['lint', '--format', 'json', clean])
    expect(ok.stderr).toBe('')
    expect(ok.status).toBe(0)
    expect((JSON.parse(ok.stdout) as { files: { file: string }[] }).files[0]?.file).toBe(clean)
    expect(run(['lint', clean, broken]).status).toBe(1)
    expect(run(['lint', join(dir, 'missing.yaml')]).status).toBe(2)
    expect(run(['nonsense']).status).toBe(2)
  })

  it.runIf(HAS_SHARED)('lints every operator sample in one run', () => {
    const files = listSamples().map((f) => join(REFERENCE_DIR, 'operator', 'samples', f))
    const res = run(['lint', '--format', 'json', ...files])
    expect([0, 1]).toContain(res.status)
    expect((JSON.parse(res.stdout) as { files: unknown[] }).files).toHaveLength(files.length)
  })
})
