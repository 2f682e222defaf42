/**
 * The published package: `npm pack` (whose prepack builds the bundle) makes a tarball that installs
 * in an empty folder outside the repository, without the network, and whose `milvus-studio lint`
 * runs there. Slow (a build and an install), so it is one test.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PRESETS } from '../presets'

const ROOT = resolve(process.cwd())
const dir = mkdtempSync(join(tmpdir(), 'cli-pack-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  })

describe('npm pack', () => {
  it('installs from the tarball outside the repository and lints there', () => {
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT)) as {
      filename: string
      files: { path: string }[]
    }[]
    const info = packed[0]
    expect(info?.files.map((f) => f.path).sort()).toEqual([
      'README.md',
      'bin/milvus-studio.bundle.mjs',
      'bin/milvus-studio.mjs',
      'package.json',
    ])
    const app = join(dir, 'app')
    execFileSync('mkdir', ['-p', app])
    writeFileSync(
      join(app, 'package.json'),
      '{ "name": "consumer", "version": "1.0.0", "private": true }\n',
    )
    // No dependencies: the bundle carries the engine, so nothing else is installed.
    npm(['install', '--offline', '--no-audit', '--no-fund', join(dir, info?.filename ?? '')], app)
    const installed = join(app, 'node_modules', 'milvus-studio')
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'milvus-studio',
    ])
    // Nothing the bundle imports at run time may be missing: only Node's own modules.
    const bundle = readFileSync(join(installed, 'bin', 'milvus-studio.bundle.mjs'), 'utf8')
    const imports = [
      ...bundle.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
    ].map((m) => m[1] ?? '')
    expect(imports).toContain('node:module')
    expect(imports.filter((s) => !s.startsWith('node:'))).toEqual([])
    writeFileSync(
      join(app, 'broken.yaml'),
      PRESETS.find((p) => p.id === 'original-natsmq')?.yaml ?? '',
    )
    const bin = join(app, 'node_modules', '.bin', 'milvus-studio')
    const res = spawnSync(bin, ['lint', '--format', 'json', 'broken.yaml'], {
      cwd: app,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(res.stderr).toBe('')
    expect(res.status).toBe(1)
    expect((JSON.parse(res.stdout) as { files: { file: string }[] }).files[0]?.file).toBe(
      'broken.yaml',
    )
    const piped = spawnSync(bin, ['lint', '-'], {
      cwd: app,
      input: 'kind: Milvus\n',
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(piped.stdout).toMatch(/^-:/m)
  }, 300_000)
})
