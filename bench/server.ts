/**
 * The production build served by `vite preview` for the browser benchmarks, and the Chromium they
 * drive: port $BENCH_PORT (default 4174), browser $CHROME_PATH, /usr/bin/chromium or Playwright's own.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..')
export const DIST = join(ROOT, 'dist')
const PORT = Number(process.env.BENCH_PORT ?? 4174)
export const BASE = `http://127.0.0.1:${PORT}/`
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function chromePath(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && existsSync(p),
  )
}

export async function startPreview(): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
    },
  )
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(BASE)).ok) return child
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  stopPreview(child)
  throw new Error(`vite preview did not answer on ${BASE}`)
}

export function stopPreview(child: ChildProcess): void {
  if (child.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}
