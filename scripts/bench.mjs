#!/usr/bin/env node
// `npm run bench`: builds the app, runs the engine, browser, share-link and CLI benchmarks, prints a
// table next to each budget and writes bench/results.json. A benchmark, not a test: it never fails on
// timing (only when a step cannot run at all).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, ...opts })
const tsx = (file) => JSON.parse(run('npx', ['tsx', file]))

console.log('Building the app (vite build)...')
run('npx', ['vite', 'build'], { stdio: 'ignore' })
console.log('Building the CLI...')
run('node', ['scripts/build-cli.mjs'], { stdio: 'ignore' })

console.log('Engine benchmark...')
const engine = tsx('bench/engine.ts')
console.log('Share-link benchmark...')
const share = tsx('bench/share.ts')
let browser = null
if (existsSync(join(root, 'bench/browser.ts'))) {
  console.log('Browser benchmark (Chromium, production build)...')
  browser = tsx('bench/browser.ts')
}

console.log('CLI benchmark...')
const samplesDir = resolve(root, '../shared/reference/operator/samples')
let cli = null
if (existsSync(samplesDir)) {
  const files = []
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name))
      else if (e.name.endsWith('.yaml')) files.push(join(d, e.name))
    }
  }
  walk(samplesDir)
  const times = []
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now()
    const r = spawnSync('node', ['bin/milvus-studio.mjs', 'lint', '--format', 'json', ...files], {
      cwd: root,
      encoding: 'utf8',
    })
    times.push(performance.now() - t0)
    if (r.status === 2) throw new Error(`CLI failed: ${r.stderr}`)
  }
  times.sort((a, b) => a - b)
  cli = { files: files.length, medianMs: Math.round(times[4]), p95Ms: Math.round(times[8]) }
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  engine,
  browser,
  share,
  cli,
}
mkdirSync(join(root, 'bench'), { recursive: true })
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2))

// ---- table ----
const f = (x) => (x == null ? 'n/a' : Number(x).toFixed(x < 10 ? 2 : 1))
const rows = []
const row = (what, value, budget, ok) =>
  rows.push([what, value, budget, ok == null ? '' : ok ? 'ok' : 'OVER'])
for (const [size, r] of Object.entries(engine)) {
  row(
    `engine ${size} lines: derive from scratch (median / p95 ms)`,
    `${f(r.derive.median)} / ${f(r.derive.p95)}`,
    '',
    null,
  )
  row(
    `engine ${size} lines: one edit + findings (ms)`,
    `${f(r.edit.median)} / ${f(r.edit.p95)}`,
    '',
    null,
  )
  row(
    `engine ${size} lines: one edit that moves the rest + findings (ms)`,
    `${f(r.editMoving.median)} / ${f(r.editMoving.p95)}`,
    '',
    null,
  )
  row(`engine ${size} lines: yaml parse+toString (ms)`, `${f(r.yamlRoundTrip.median)}`, '', null)
  row(`engine ${size} lines: js-yaml load+dump (ms)`, `${f(r.jsYamlRoundTrip.median)}`, '', null)
  const ry = r.edit.median / r.yamlRoundTrip.median
  const rj = r.edit.median / r.jsYamlRoundTrip.median
  row(
    `engine ${size} lines: edit / yaml re-parse`,
    f(ry),
    size === '5000' ? '<= 0.5' : '',
    size === '5000' ? ry <= 0.5 : null,
  )
  row(
    `engine ${size} lines: edit / js-yaml load+dump`,
    f(rj),
    size === '5000' ? '<= 1.0' : '',
    size === '5000' ? rj <= 1 : null,
  )
}
if (browser) {
  for (const r of browser.sizes) {
    const b = r.size >= 5000 ? 50 : r.size <= 50 ? 5 : null
    row(
      `browser ${r.size} lines: form change -> editor + problems p95 (ms)`,
      `${f(r.formToScreen.median)} / ${f(r.formToScreen.p95)}`,
      b ? `p95 <= ${b}` : '',
      b ? r.formToScreen.p95 <= b : null,
    )
    row(
      `browser ${r.size} lines: keystroke -> form p95 (ms)`,
      `${f(r.keyToForm.median)} / ${f(r.keyToForm.p95)}`,
      b ? `p95 <= ${b}` : '',
      b ? r.keyToForm.p95 <= b : null,
    )
  }
  for (const m of browser.modeChange ?? []) {
    const b = m.lines <= 50 ? 17 : 33
    row(
      `browser ${m.doc} (${m.lines} lines): Mode change -> editor shows it, median / p95 (ms)`,
      `${f(m.stat.median)} / ${f(m.stat.p95)}`,
      `p95 <= ${b}`,
      m.stat.p95 <= b,
    )
  }
  if (browser.clusterName) {
    row(
      'browser cluster read-back: typing Name -> editor shows it, median / p95 (ms)',
      `${f(browser.clusterName.median)} / ${f(browser.clusterName.p95)}`,
      'p95 <= 33',
      browser.clusterName.p95 <= 33,
    )
    row(
      'browser cluster read-back: longest task typing 50 chars in Name (ms)',
      f(browser.longestNameTaskMs),
      '<= 50',
      browser.longestNameTaskMs <= 50,
    )
  }
  row(
    'browser: longest main-thread task typing 50 chars, 5,000 lines (ms)',
    f(browser.longestTaskMs),
    '<= 50',
    browser.longestTaskMs <= 50,
  )
  row(
    'browser: JS before the form is interactive (gzip KB)',
    f(browser.firstLoadGzipKB),
    '<= 150',
    browser.firstLoadGzipKB <= 150,
  )
  row(
    'browser: interactive form, median (ms)',
    f(browser.formInteractive.median),
    '<= 400',
    browser.formInteractive.median <= 400,
  )
  row(
    'browser: ready editor, median (ms)',
    f(browser.editorReady.median),
    '<= 1500',
    browser.editorReady.median <= 1500,
  )
}
let worstLz = 0,
  worstB64 = 0
for (const s of share) {
  worstLz = Math.max(worstLz, s.ours / s.lzString)
  worstB64 = Math.max(worstB64, s.ours / s.base64url)
  row(
    `share ${s.id}: ours / lz-string / base64url (chars)`,
    `${s.ours} / ${s.lzString} / ${s.base64url}`,
    '',
    null,
  )
}
row('share: worst ours / lz-string', f(worstLz), '<= 0.7', worstLz <= 0.7)
row('share: worst ours / base64url', f(worstB64), '<= 0.5', worstB64 <= 0.5)
if (cli)
  row(
    `CLI: lint ${cli.files} operator samples, wall median / p95 (ms)`,
    `${cli.medianMs} / ${cli.p95Ms}`,
    '< 1500',
    cli.medianMs < 1500,
  )
else row('CLI: lint operator samples', 'skipped (../shared absent)', '< 1500', null)

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6))
const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |'
console.log('\n' + line(['measure', 'value', 'budget', '']))
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|')
for (const r of rows) console.log(line(r))
console.log(`\nWritten to bench/results.json (${results.date}, Node ${process.version}).`)
