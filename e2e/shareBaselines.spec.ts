import { expect, test, watchForeignRequests } from './fixtures'
import { ExportPage } from './pages/ExportPage'
import { ProblemsPage } from './pages/ProblemsPage'

const SECRET = 'baseline-only-Secret-42'
// What runs: standalone 2.5 on RocksMQ, with a literal key the link must not carry.
const RUNNING = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: shared-baseline
spec:
  mode: standalone
  components:
    image: milvusdb/milvus:v2.5.4
  dependencies:
    msgStreamType: rocksmq
  config:
    minio:
      secretAccessKey: ${SECRET}
`
const CHANGED = RUNNING.replace('msgStreamType: rocksmq', 'msgStreamType: natsmq')

test('a baseline shared in a link arrives with its findings in a fresh browser', async ({
  page,
  browser,
  editor,
  exporter,
}) => {
  await page.goto('/')
  await editor.replaceAll(RUNNING)
  await exporter.openBaseline()
  await exporter.markBaselineAs('prod')
  await exporter.close()
  await editor.replaceAll(CHANGED)

  await exporter.openShare()
  const plain = await exporter.shareLink()
  await exporter.shareDialog
    .getByRole('checkbox', { name: 'Include my named baselines (1)' })
    .check()
  await expect(exporter.shareLinkBox).toHaveValue(/\.b1\./)
  const link = await exporter.shareLink()
  expect(link.startsWith(`${plain}.b1.`)).toBe(true)
  expect(link).not.toContain(SECRET)
  await expect(
    exporter.shareDialog.getByRole('region', { name: 'Left out of the link' }),
  ).toContainText('baseline prod: spec.config.minio.secretAccessKey')

  const context = await browser.newContext()
  try {
    const other = await context.newPage()
    const foreign: string[] = []
    watchForeignRequests(other, foreign)
    await other.goto(link)
    const offer = other.getByRole('region', { name: 'Baselines in this link' })
    await expect(offer).toContainText('This link carries named baselines: prod.')
    await offer.getByRole('button', { name: 'Add to my baselines' }).click()
    await expect(
      other.getByRole('status').filter({ hasText: 'Added to your baselines: prod.' }),
    ).toContainText('Comparing against prod.')

    const problems = new ProblemsPage(other)
    await expect.poll(() => problems.ruleIds()).toContain('store-change-on-running-instance')
    await problems.expectFinding('The running instance uses RocksMQ')
    const dialogs = new ExportPage(other)
    await dialogs.openBaseline()
    await expect(dialogs.baselineDialog.getByRole('status').first()).toHaveText('Baseline: prod')
    await expect(dialogs.baselineDialog).not.toContainText(SECRET)
    expect(foreign).toEqual([])
  } finally {
    await context.close()
  }
})
