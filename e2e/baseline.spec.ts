import { expect, test } from './fixtures'

// A standalone Milvus 2.5 on RocksMQ: the "running" config.
const RUNNING = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: baseline-demo
spec:
  mode: standalone
  components:
    image: milvusdb/milvus:v2.5.4
  dependencies:
    msgStreamType: rocksmq
`

test('marking a baseline and switching its store shows the blocking finding and the runbook', async ({
  page,
  editor,
  form,
  exporter,
}) => {
  await page.goto('/')
  await editor.replaceAll(RUNNING)

  await exporter.openBaseline()
  await exporter.markBaseline()
  await expect(exporter.changeSafety).toBeVisible()
  await expect(exporter.migrationRunbook).toHaveCount(0)
  await exporter.close()

  await form.chooseStore('NATS')
  await expect(form.storeOption('NATS')).toBeChecked()

  await exporter.openBaseline()
  await expect(exporter.changeSafety.getByRole('listitem').first()).toBeVisible()
  await expect(exporter.changeSafety).toContainText(/RocksMQ|rocksmq/)
  await expect(exporter.migrationRunbook).toBeVisible()
  await expect
    .poll(() => exporter.migrationRunbook.getByRole('listitem').count())
    .toBeGreaterThanOrEqual(5)
  await expect(exporter.migrationRunbook).toContainText(/flush/i)
})

test('an upgrade that skips 2.5.16 is a problem on the image line, fixed by the required step', async ({
  page,
  editor,
  exporter,
  problems,
}) => {
  await page.goto('/')
  await editor.replaceAll(RUNNING)
  await exporter.openBaseline()
  await exporter.markBaseline()
  await exporter.close()

  await editor.replaceAll(RUNNING.replace('v2.5.4', 'v2.6.11'))
  const skip = 'skips the required 2.5.16'
  await problems.expectFinding(skip)
  expect(await problems.ruleIds()).toContain('upgrade-skips-required-version')
  await problems.fix(skip, 'Upgrade to 2.5.16 first')
  await expect(problems.finding(skip)).toHaveCount(0)
  expect(await editor.text()).toContain('image: milvusdb/milvus:v2.5.16')
})
