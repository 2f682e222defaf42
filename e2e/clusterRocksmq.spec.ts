import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

interface StudioFinding {
  rule: string
  path: (string | number)[]
  range?: { start: { line: number } }
}

const studio = (page: Page) => ({
  source: () =>
    page.evaluate(() =>
      (window as unknown as { __studio: { source(): string } }).__studio.source(),
    ),
  findings: () =>
    page.evaluate(() =>
      (window as unknown as { __studio: { findings(): StudioFinding[] } }).__studio.findings(),
    ),
})

const RULE = 'embedded-store-in-cluster'

// Cluster mode with RocksMQ shows an error at the
// store choice and on the YAML line, and the fix clears it.
test('choosing cluster mode with RocksMQ shows an error at the store and its line, and the fix clears it', async ({
  page,
  form,
}) => {
  await page.goto('./')
  await form.chooseStore('RocksMQ')
  await expect(form.storeOption('RocksMQ')).toBeChecked()
  await form.chooseMode('Cluster')
  await expect(form.modeOption('Cluster')).toBeChecked()

  // The store option itself says it does not fit any more.
  await expect(form.storeGroup).toContainText('Does not fit')
  const atStore = form.findingsAt('spec.dependencies.msgStreamType')
  await expect(atStore).toContainText('standalone')

  // The same finding sits on the msgStreamType line of the YAML.
  const source = await studio(page).source()
  const line = source.split('\n').findIndex((l) => /^\s*msgStreamType:\s*rocksmq\b/.test(l)) + 1
  expect(line).toBeGreaterThan(0)
  const finding = (await studio(page).findings()).find((f) => f.rule === RULE)
  expect(finding?.range?.start.line).toBe(line)
  const problems = page.getByRole('region', { name: 'Problems' })
  await expect(problems).toContainText(`${line}`)
  await expect(problems).toContainText('standalone')

  // The fix, applied from the form, switches the store and the error goes away everywhere.
  await form.fixButtonAt('spec.dependencies.msgStreamType').click()
  await expect(atStore).not.toContainText('standalone')
  await expect(form.storeOption('RocksMQ')).not.toBeChecked()
  await expect
    .poll(async () => (await studio(page).findings()).some((f) => f.rule === RULE))
    .toBe(false)
  expect(await studio(page).source()).not.toMatch(/msgStreamType:\s*rocksmq/)
})
