/**
 * Browser benchmark: Chromium (Playwright) against the production build served by `vite preview` on
 * $BENCH_PORT (default 4174; started and stopped here). Prints one JSON object on stdout:
 * { sizes: [{ size, formToScreen, keyToForm }], modeChange: [{ doc, lines, stat }], clusterName,
 *   longestTaskMs, longestNameTaskMs, firstLoadGzipKB, formInteractive, editorReady }.
 * Documents are opened through a share link (the studio's own codec), controls are found by the
 * accessible names of the app contract (Form, Mode, Name, Manifest YAML), and timings are taken in
 * the page with performance.now() from the event to the end of the first painted frame that shows
 * the change (a form change is started at a frame's beginning, so vsync waiting is not counted).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from '@playwright/test'
import { encodeShareLink } from '../src/share'
import { makeClusterReadBack } from './clusterResource'
import { makeDocument, SIZES } from './generate'
import { BASE, DIST, FLAGS, chromePath, startPreview, stopPreview } from './server'
import { round, summarize, type Stat } from './stats'

const LOADS = Number(process.env.BENCH_LOADS ?? 7)
const EDITS = Number(process.env.BENCH_EDITS ?? 15)

function log(msg: string): void {
  process.stderr.write(`[bench:browser] ${msg}\n`)
}

/**
 * Installed before the app runs: records when the Mode radio group first shows an enabled radio,
 * when Monaco's lines are on screen, and every long task.
 */
const INIT_SCRIPT = `
(() => {
  const marks = { formInteractive: -1, editorReady: -1, longTasks: [] };
  window.__bench = marks;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) marks.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const modeEnabled = () => {
    for (const g of document.querySelectorAll('[role="radiogroup"]')) {
      const label = document.getElementById(g.getAttribute('aria-labelledby') || '');
      if (!label || label.textContent.trim() !== 'Mode') continue;
      const radio = g.querySelector('input[type="radio"]');
      if (radio && !radio.disabled && !radio.closest('fieldset:disabled')) return true;
    }
    return false;
  };
  const check = () => {
    if (marks.formInteractive < 0 && modeEnabled()) marks.formInteractive = performance.now();
    if (marks.editorReady < 0 && document.querySelector('.monaco-editor .view-lines')) marks.editorReady = performance.now();
    if (marks.formInteractive >= 0 && marks.editorReady >= 0) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  // Resolves in the task after the current frame's rendering (call it from a rAF callback).
  const afterPaint = () => new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
  // Form change: started at the beginning of a frame (so no time is spent waiting for vsync), set
  // the input like a user would, dispatch the input event, and stop after the first painted frame
  // in which the editor region shows the new value.
  marks.formChange = (el, value, editor) => new Promise((resolve) => requestAnimationFrame(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const t0 = performance.now();
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await afterPaint();
    for (let n = 0; n < 600 && !(editor.textContent || '').includes(value); n++) { await frame(); await afterPaint(); }
    resolve(performance.now() - t0);
  }));
  // The same for a click (a radio): stops at the first painted frame whose editor text matches.
  marks.clickChange = (el, pattern, editor) => new Promise((resolve) => requestAnimationFrame(async () => {
    const want = new RegExp(pattern);
    const shows = () => want.test((editor.textContent || '').replace(/\u00a0/g, ' '));
    const t0 = performance.now();
    el.click();
    await afterPaint();
    for (let n = 0; n < 600 && !shows(); n++) { await frame(); await afterPaint(); }
    resolve(performance.now() - t0);
  }));
  // Editor keystroke: from the keydown until after the first painted frame in which the form's Name
  // field holds the expected text (this includes the wait for the next frame, 0-17 ms at 60 Hz).
  marks.armKeyToForm = (want, input) => { marks.keyToForm = new Promise((resolve) => {
    window.addEventListener('keydown', async () => {
      const t0 = performance.now();
      for (let n = 0; n < 600; n++) {
        await frame();
        await afterPaint();
        if (input.value === want) break;
      }
      resolve(performance.now() - t0);
    }, { once: true, capture: true });
  }); };
})();
`

interface BenchMarks {
  formInteractive: number
  editorReady: number
  longTasks: { start: number; duration: number }[]
}

interface BenchHooks {
  formChange(el: Element, value: string, editor: Element): Promise<number>
  clickChange(el: Element, pattern: string, editor: Element): Promise<number>
  /** Arms the keydown listener; the measurement then lands in `keyToForm`. */
  armKeyToForm(want: string, input: Element): void
  keyToForm: Promise<number>
}

async function marks(page: Page): Promise<BenchMarks> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchMarks }).__bench
    return {
      formInteractive: b.formInteractive,
      editorReady: b.editorReady,
      longTasks: b.longTasks,
    }
  })
}

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench?: BenchMarks }).__bench
      return !!b && b.formInteractive >= 0 && b.editorReady >= 0
    },
    undefined,
    { timeout: 60_000 },
  )
}

/** gzip size of the JS files the page had finished loading by `before` (ms since navigation). */
async function jsGzipBefore(page: Page, before: number): Promise<number> {
  const urls = await page.evaluate(
    (t) =>
      performance
        .getEntriesByType('resource')
        .filter(
          (e) => (e as PerformanceResourceTiming).responseEnd <= t && /\.m?js(\?|$)/.test(e.name),
        )
        .map((e) => new URL(e.name).pathname),
    before,
  )
  let bytes = 0
  for (const path of new Set(urls)) {
    const file = join(DIST, decodeURIComponent(path))
    if (existsSync(file)) bytes += gzipSync(readFileSync(file)).length
  }
  return bytes
}

/** Fresh contexts (no cache): first-load bytes, interactive form and ready editor. */
async function firstLoad(browser: Browser): Promise<{ gzipKB: number; form: Stat; editor: Stat }> {
  const form: number[] = []
  const editor: number[] = []
  let gzip = 0
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ locale: 'en-US', colorScheme: 'light' })
    const page = await context.newPage()
    await page.addInitScript(INIT_SCRIPT)
    await page.goto(BASE)
    await waitReady(page)
    const m = await marks(page)
    form.push(m.formInteractive)
    editor.push(m.editorReady)
    if (i === 0) gzip = await jsGzipBefore(page, m.formInteractive)
    await context.close()
  }
  return { gzipKB: round(gzip / 1024), form: summarize(form), editor: summarize(editor) }
}

async function openDocument(browser: Browser, yaml: string | undefined): Promise<Page> {
  const { fragment } =
    yaml === undefined ? { fragment: '' } : await encodeShareLink(yaml, { includeSecrets: true })
  const context = await browser.newContext({
    locale: 'en-US',
    colorScheme: 'light',
    viewport: { width: 1440, height: 900 },
  })
  const page = await context.newPage()
  await page.addInitScript(INIT_SCRIPT)
  await page.goto(BASE + fragment)
  await waitReady(page)
  if (yaml === undefined) return page
  await page.waitForFunction(
    (name) =>
      (window as unknown as { __studio?: { source(): string } }).__studio?.source().includes(name),
    'bench-milvus',
    { timeout: 60_000 },
  )
  return page
}

/** Form change (input event on "Name") -> editor shows it, two frames later. */
async function formToScreen(page: Page): Promise<Stat> {
  const input = page.getByRole('region', { name: 'Form' }).getByLabel('Name', { exact: true })
  const handle = await input.elementHandle()
  const editor = await page.getByRole('region', { name: 'Manifest YAML' }).elementHandle()
  if (!handle || !editor) throw new Error('no Name field or editor region')
  const samples: number[] = []
  for (let i = 0; i < EDITS; i++) {
    const value = `bench-name-${i}`
    samples.push(
      await handle.evaluate(
        (el, a) =>
          (window as unknown as { __bench: BenchHooks }).__bench.formChange(el, a.value, a.editor),
        { value, editor },
      ),
    )
  }
  return summarize(samples)
}

/** Mode radio clicked (standalone <-> cluster) -> the editor's visible text shows the new mode. */
async function modeToScreen(page: Page): Promise<Stat> {
  const form = page.getByRole('region', { name: 'Form' })
  const group = form.getByRole('radiogroup', { name: 'Mode' })
  const radios = {
    standalone: await group.getByRole('radio', { name: /standalone/i }).elementHandle(),
    cluster: await group.getByRole('radio', { name: /cluster/i }).elementHandle(),
  }
  const editor = await page.getByRole('region', { name: 'Manifest YAML' }).elementHandle()
  if (!radios.standalone || !radios.cluster || !editor)
    throw new Error('no Mode radios or editor region')
  const samples: number[] = []
  for (let i = 0; i < EDITS; i++) {
    const mode = i % 2 === 0 ? 'standalone' : 'cluster'
    const el = radios[mode]
    samples.push(
      await el.evaluate(
        (r, a) =>
          (window as unknown as { __bench: BenchHooks }).__bench.clickChange(
            r,
            a.pattern,
            a.editor,
          ),
        { pattern: `mode: ${mode}`, editor },
      ),
    )
  }
  return summarize(samples)
}

/** Longest main-thread task while typing 50 characters into the form's Name field. */
async function longestNameTask(page: Page): Promise<number> {
  const input = page.getByRole('region', { name: 'Form' }).getByLabel('Name', { exact: true })
  await input.focus()
  await page.keyboard.press('End')
  const from = await page.evaluate(() => performance.now())
  await page.keyboard.type('abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx', { delay: 30 })
  await page.waitForTimeout(300)
  const m = await marks(page)
  return round(Math.max(0, ...m.longTasks.filter((t) => t.start >= from).map((t) => t.duration)))
}

/** Editor keystroke (typed at the end of `name:`) -> the form's Name field shows it, two frames later. */
async function keyToForm(page: Page): Promise<Stat> {
  const code = page
    .getByRole('region', { name: 'Manifest YAML' })
    .getByRole('textbox', { name: 'Manifest YAML code editor' })
  await code.focus()
  const input = await page
    .getByRole('region', { name: 'Form' })
    .getByLabel('Name', { exact: true })
    .elementHandle()
  if (!input) throw new Error('no Name field')
  const samples: number[] = []
  for (let i = 0; i < EDITS; i++) {
    const expected = await page
      .evaluate(() => (window as unknown as { __studio: { source(): string } }).__studio.source())
      .then((s) => /\n {2}name: (\S+)/.exec(s)?.[1] ?? '')
    await page.keyboard.press('ControlOrMeta+Home')
    for (let n = 0; n < 4; n++) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('End')
    // Armed (and acknowledged) before the key is sent, so the keydown cannot overtake the listener.
    await input.evaluate(
      (el, want) => (window as unknown as { __bench: BenchHooks }).__bench.armKeyToForm(want, el),
      `${expected}k`,
    )
    await page.keyboard.type('k')
    samples.push(
      await page.evaluate(() => (window as unknown as { __bench: BenchHooks }).__bench.keyToForm),
    )
  }
  return summarize(samples)
}

/** Longest main-thread task while typing 50 characters into the document. */
async function longestTask(page: Page): Promise<number> {
  const code = page
    .getByRole('region', { name: 'Manifest YAML' })
    .getByRole('textbox', { name: 'Manifest YAML code editor' })
  await code.focus()
  await page.keyboard.press('ControlOrMeta+Home')
  for (let n = 0; n < 4; n++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  const from = await page.evaluate(() => performance.now())
  await page.keyboard.type('abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx', { delay: 30 })
  await page.waitForTimeout(300)
  const m = await marks(page)
  return round(Math.max(0, ...m.longTasks.filter((t) => t.start >= from).map((t) => t.duration)))
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npx vite build` first')
  const preview = await startPreview()
  const executablePath = chromePath()
  const browser = await chromium.launch({
    args: FLAGS,
    ...(executablePath ? { executablePath } : {}),
  })
  try {
    log('first load')
    const load = await firstLoad(browser)
    const sizes: { size: number; formToScreen: Stat; keyToForm: Stat }[] = []
    let longestTaskMs = 0
    for (const size of SIZES) {
      log(`document of ${size} lines`)
      const page = await openDocument(browser, makeDocument(size))
      log('  form -> screen')
      const f = await formToScreen(page)
      log('  keystroke -> form')
      const k = await keyToForm(page)
      if (size === 5000) longestTaskMs = await longestTask(page)
      sizes.push({ size, formToScreen: f, keyToForm: k })
      await page.context().close()
    }
    const cluster = makeClusterReadBack()
    const docs: { doc: string; yaml: string | undefined }[] = [
      { doc: 'blank', yaml: undefined },
      ...(cluster ? [{ doc: 'cluster read-back', yaml: cluster }] : []),
      { doc: '5000', yaml: makeDocument(5000) },
    ]
    const modeChange: { doc: string; lines: number; stat: Stat }[] = []
    let clusterName: Stat | null = null
    let longestNameTaskMs: number | null = null
    for (const { doc, yaml } of docs) {
      log(`mode change, ${doc}`)
      const page = await openDocument(browser, yaml)
      const lines =
        (
          await page.evaluate(() =>
            (window as unknown as { __studio: { source(): string } }).__studio.source(),
          )
        ).split('\n').length - 1
      modeChange.push({ doc, lines, stat: await modeToScreen(page) })
      if (doc === 'cluster read-back') {
        log('  name typing -> screen, longest task typing the name')
        clusterName = await formToScreen(page)
        longestNameTaskMs = await longestNameTask(page)
      }
      await page.context().close()
    }
    process.stdout.write(
      JSON.stringify({
        sizes,
        modeChange,
        clusterName,
        longestTaskMs,
        longestNameTaskMs,
        firstLoadGzipKB: load.gzipKB,
        formInteractive: load.form,
        editorReady: load.editor,
      }),
    )
  } finally {
    await browser.close()
    stopPreview(preview)
  }
}

await main()
