/**
 * README screenshots of the main screen (wide and narrow, light and dark, English and Korean) from
 * the production build:
 * `npm run build && npx tsx scripts/screenshots.ts`. Uses the same Chromium lookup as the e2e config.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4199)
const SHOWCASE = `# Cluster on external Kafka (SASL over TLS), designed in the studio
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: vectors
  namespace: search
spec:
  mode: cluster
  components:
    image: milvusdb/milvus:v2.6.11
    proxy:
      replicas: 2
    queryNode:
      replicas: 3
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList:
        - kafka-0.kafka.svc:9092
        - kafka-1.kafka.svc:9092
    # left over from the Pulsar days
    pulsar:
      external: true
      endpoint: pulsar-proxy.pulsar.svc:6650
  config:
    kafka:
      securityProtocol: SASL_SSL
      saslMechanisms: SCRAM-SHA-512
      saslUsername: milvus
      saslPassword: change-me
`

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find(
  (p): p is string => !!p && existsSync(p),
)
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
    detached: true,
  },
)
await new Promise((r) => setTimeout(r, 2500))
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
mkdirSync('docs/screenshots', { recursive: true })
try {
  for (const [name, width, height, colorScheme, locale] of [
    ['wide-light', 1440, 900, 'light', 'en-US'],
    ['wide-dark', 1440, 900, 'dark', 'ko-KR'],
    ['wide-light-ko', 1440, 900, 'light', 'ko-KR'],
    ['wide-dark-en', 1440, 900, 'dark', 'en-US'],
    ['narrow-light', 390, 844, 'light', 'en-US'],
    ['narrow-dark', 390, 844, 'dark', 'ko-KR'],
    ['narrow-light-ko', 390, 844, 'light', 'ko-KR'],
    ['narrow-dark-en', 390, 844, 'dark', 'en-US'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme, locale })
    const page = await context.newPage()
    await page.goto(`http://127.0.0.1:${PORT}/`)
    // "I" opens Import at every width (on phones the button sits in the "More" menu).
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^(Presets|프리셋)$/ })
      .waitFor()
    await page.keyboard.press('i')
    await page.getByRole('dialog').getByRole('textbox').fill(SHOWCASE)
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^(Load into the studio|스튜디오로 불러오기)$/ })
      .click()
    if (width > 900) await page.locator('.monaco-editor .view-lines').waitFor()
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `docs/screenshots/${name}.png` })
    await context.close()
  }
} finally {
  await browser.close()
  process.kill(-server.pid!)
}
