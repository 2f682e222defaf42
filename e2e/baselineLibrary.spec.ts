import { expect, test } from './fixtures'

const milvus = (image: string, store: string, mode = 'standalone') => `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: lib-demo
  namespace: vec
spec:
  mode: ${mode}
  components:
    image: milvusdb/milvus:${image}
  dependencies:
    msgStreamType: ${store}
`

test('a named baseline and its findings survive a reload', async ({
  page,
  editor,
  form,
  exporter,
}) => {
  await page.goto('/')
  await editor.replaceAll(milvus('v2.5.4', 'rocksmq'))
  await exporter.openBaseline()
  await exporter.markBaselineAs('prod')
  await expect(exporter.baselineDialog.getByRole('status').first()).toHaveText('Baseline: prod')
  await exporter.close()
  await form.chooseStore('NATS')
  await exporter.openBaseline()
  const before = await exporter.changeSafety.getByRole('listitem').allTextContents()
  expect(before.length).toBeGreaterThan(0)
  await exporter.close()

  await page.waitForTimeout(800) // the autosave writes 400 ms after the last change
  await page.reload()
  await exporter.openBaseline()
  await expect(exporter.baselineDialog.getByRole('status').first()).toHaveText('Baseline: prod')
  await expect(
    exporter.baselineDialog.getByRole('region', { name: 'Saved baselines' }),
  ).toContainText('prod')
  await expect(exporter.changeSafety.getByRole('listitem')).toHaveText(before)
  await expect(exporter.migrationRunbook).toContainText('Move from RocksMQ to NATS in place')
})

test('two named baselines compared side by side, with the migration and the upgrade plan between them', async ({
  page,
  editor,
  exporter,
}) => {
  await page.goto('/')
  await editor.replaceAll(milvus('v2.5.4', 'rocksmq'))
  await exporter.openBaseline()
  await exporter.markBaselineAs('staging')
  await exporter.close()
  await editor.replaceAll(milvus('v2.6.11', 'woodpecker'))
  await exporter.openBaseline()
  await exporter.markBaselineAs('next')
  const dialog = exporter.baselineDialog
  await dialog.getByRole('combobox', { name: 'Left' }).selectOption('staging')
  await dialog.getByRole('combobox', { name: 'Right' }).selectOption('next')
  await expect(
    dialog.getByRole('status').filter({ hasText: 'Moving from staging to next' }),
  ).toBeVisible()
  await expect(exporter.migrationRunbook).toContainText(
    'Back up and restore into a new standalone instance',
  )
  await expect(exporter.migrationRunbook).toContainText(
    'milvus-backup restore -n lib-demo-migration --restore_index',
  )
  const upgrade = dialog.getByRole('region', { name: 'Upgrade plan' })
  await expect(upgrade).toContainText('v2.5.4 → v2.5.16 → v2.6.11')
  await expect(upgrade.getByRole('alert').first()).toContainText('skips the required v2.5.16')
  await expect(dialog.locator('.baseline-diff .monaco-diff-editor')).toBeVisible({
    timeout: 20_000,
  })
})

test.describe('migration plans open from a baseline', () => {
  for (const [name, from, to, expected] of [
    [
      'WAL switch',
      milvus('v2.6.11', 'kafka', 'cluster'),
      milvus('v2.6.11', 'woodpecker', 'cluster'),
      'Switch the WAL from kafka to woodpecker',
    ],
    ['refusal', milvus('v2.6.11', 'rocksmq'), milvus('v2.6.11', 'natsmq'), 'has no NATS'],
  ] as const) {
    test(name, async ({ page, editor, exporter }) => {
      await page.goto('/')
      await editor.replaceAll(from)
      await exporter.openBaseline()
      await exporter.markBaselineAs('prod')
      await exporter.close()
      await editor.replaceAll(to)
      await exporter.openBaseline()
      await expect(exporter.migrationRunbook).toContainText(expected)
    })
  }
})
