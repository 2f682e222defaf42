import { expect, test, watchForeignRequests } from './fixtures'
import type { Browser } from '@playwright/test'

interface StudioTestApi {
  source(): string
}

const DOC = `# Shared with a colleague: comments travel too.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: shared-demo
spec:
  mode: cluster
  dependencies:
    msgStreamType: pulsar # in-cluster Pulsar
`

const PASSWORD = 'Tr0ub4dor-and-3-horses'
const WITH_PASSWORD = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: sasl-demo
spec:
  mode: cluster
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList:
        - kafka.example.internal:9093
  config:
    kafka:
      securityProtocol: SASL_SSL
      saslMechanisms: SCRAM-SHA-512
      saslUsername: milvus
      saslPassword: ${PASSWORD}
`

/** Opens `link` in a new browser context (no shared storage); returns the text once it shows `name`. */
async function openInFreshContext(browser: Browser, link: string, name: string): Promise<string> {
  const context = await browser.newContext()
  const foreign: string[] = []
  try {
    const page = await context.newPage()
    watchForeignRequests(page, foreign)
    await page.goto(link)
    let text = ''
    await expect
      .poll(async () => {
        text = await page.evaluate(
          () => (window as unknown as { __studio?: StudioTestApi }).__studio?.source() ?? '',
        )
        return text.includes(`name: ${name}`)
      })
      .toBe(true)
    expect(foreign).toEqual([])
    return text
  } finally {
    await context.close()
  }
}

test('a share link opened in a fresh browser context reproduces the document exactly', async ({
  page,
  browser,
  editor,
  exporter,
}) => {
  await page.goto('/')
  await editor.replaceAll(DOC)
  await exporter.openShare()
  const link = await exporter.shareLink()

  expect(link.startsWith(new URL('/#s', page.url()).href)).toBe(true)
  expect(await openInFreshContext(browser, link, 'shared-demo')).toBe(DOC)
})

test('a link made from a document with a SASL password does not contain it', async ({
  page,
  browser,
  editor,
  exporter,
}) => {
  await page.goto('/')
  await editor.replaceAll(WITH_PASSWORD)
  await exporter.openShare()
  await expect(exporter.includeSecrets).not.toBeChecked()
  const link = await exporter.shareLink()

  expect(link).not.toContain(PASSWORD)
  await expect(
    exporter.shareDialog.getByRole('region', { name: 'Left out of the link' }),
  ).toContainText('saslPassword')
  const opened = await openInFreshContext(browser, link, 'sasl-demo')
  expect(opened).not.toContain(PASSWORD)
  expect(opened).toContain('saslPassword: <redacted>')
})
