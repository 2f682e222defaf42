/**
 * CPU profiles behind the browser rows that miss their budget: the production build on
 * $BENCH_PORT (default 4174), Chromium's profiler while (1) typing 20 characters into the form's Name
 * field on the cluster read-back, (2) typing 20 characters into the editor on the 5,000-line
 * document, (3) 20 clicks on the Mode radios of the blank document, each waiting until the editor
 * shows the new mode, and (4) a fresh load of the blank studio until Monaco's lines are on screen.
 * Prints, for each, the busiest self time by script (app chunk, Monaco, React...) and by
 * function, as JSON on stdout. Run after `npx vite build`: `npx tsx bench/profile.ts`.
 */
import { chromium, type Page } from '@playwright/test'
import { makeClusterReadBack } from './clusterResource'
import { makeDocument } from './generate'
import { BASE, FLAGS, chromePath, startPreview, stopPreview } from './server'
import { encodeShareLink } from '../src/share'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

function summarize(profile: Profile): {
  byScript: Record<string, number>
  byFunction: Record<string, number>
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  )
  const byScript: Record<string, number> = {}
  const byFunction: Record<string, number> = {}
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame
    if (!frame) continue
    const script = frame.url
      ? (frame.url.split('/').pop() ?? frame.url).replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js')
      : `(${frame.functionName || 'native'})`
    byScript[script] = (byScript[script] ?? 0) + ms
    const fn = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber}`
    byFunction[fn] = (byFunction[fn] ?? 0) + ms
  }
  const top = (o: Record<string, number>, n: number) =>
    Object.fromEntries(
      Object.entries(o)
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => [k, Math.round(v)]),
    )
  return { byScript: top(byScript, 10), byFunction: top(byFunction, 15) }
}

async function profileWhile(
  page: Page,
  act: () => Promise<void>,
): Promise<ReturnType<typeof summarize>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await act()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  return summarize(profile)
}

async function open(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  yaml: string,
): Promise<Page> {
  const { fragment } = await encodeShareLink(yaml, { includeSecrets: true })
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(BASE + fragment)
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 120_000 })
  await page.waitForFunction(() =>
    (window as unknown as { __studio?: { source(): string } }).__studio
      ?.source()
      .includes('bench-milvus'),
  )
  return page
}

const preview = await startPreview()
const executablePath = chromePath()
const browser = await chromium.launch({
  args: FLAGS,
  ...(executablePath ? { executablePath } : {}),
})
try {
  const out: Record<string, unknown> = {}
  const cluster = makeClusterReadBack()
  if (cluster) {
    const page = await open(browser, cluster)
    const name = page.getByRole('region', { name: 'Form' }).getByLabel('Name', { exact: true })
    await name.focus()
    out.clusterNameTyping = await profileWhile(page, () =>
      page.keyboard.type('abcdefghijklmnopqrst', { delay: 30 }),
    )
    await page.close()
  }
  const page = await open(browser, makeDocument(5000))
  const code = page
    .getByRole('region', { name: 'Manifest YAML' })
    .getByRole('textbox', { name: 'Manifest YAML code editor' })
  await code.focus()
  await page.keyboard.press('ControlOrMeta+Home')
  for (let n = 0; n < 4; n++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  out.editorTyping5000 = await profileWhile(page, () =>
    page.keyboard.type('abcdefghijklmnopqrst', { delay: 30 }),
  )
  await page.close()

  // (3) Mode changes on the blank document.
  const blank = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await blank.goto(BASE)
  await blank.waitForSelector('.monaco-editor .view-lines', { timeout: 120_000 })
  const modes = blank
    .getByRole('region', { name: 'Form' })
    .getByRole('radiogroup', { name: 'Mode' })
  const lines = blank.locator('.monaco-editor .view-lines')
  out.modeChangeBlank = await profileWhile(blank, async () => {
    for (let n = 0; n < 20; n++) {
      const mode = n % 2 === 0 ? 'cluster' : 'standalone'
      await modes.getByRole('radio', { name: new RegExp(mode, 'i') }).click()
      await lines.getByText(`mode: ${mode}`).waitFor()
    }
  })
  await blank.close()

  // (4) Start-up: from navigation to Monaco's lines on screen, in a fresh context.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const fresh = await context.newPage()
  out.startUp = await profileWhile(fresh, async () => {
    await fresh.goto(BASE)
    await fresh.waitForSelector('.monaco-editor .view-lines', { timeout: 120_000 })
  })
  await context.close()
  process.stdout.write(JSON.stringify(out, null, 2) + '\n')
} finally {
  await browser.close()
  stopPreview(preview)
}
