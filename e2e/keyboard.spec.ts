import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The machine running e2e is shared; keyboard walks take many round trips.
test.describe.configure({ timeout: 240_000 })

/** Serious and critical axe violations (Monaco's own editor excluded, as in a11y.spec.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Presses `key` until `target` has focus (keyboard only), failing after `max` presses. */
async function pressUntilFocused(
  page: Page,
  key: string,
  target: Locator,
  max = 120,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

/** Presses `key` until `target` is checked. */
async function pressUntilChecked(page: Page, key: string, target: Locator, max = 8): Promise<void> {
  for (let i = 0; i < max && !(await target.isChecked()); i++) await page.keyboard.press(key)
  await expect(target).toBeChecked()
}

test('keyboard only: mode and store, F8 to the problem, fix lands on the field, Export returns focus', async ({
  page,
  header,
  form,
  problems,
}) => {
  await header.open()
  // The first Tab reaches the skip link.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to problems' })).toBeFocused()

  // Store: RocksMQ; then mode: Cluster (RocksMQ does not run in cluster mode).
  const rocks = form.storeOption('RocksMQ')
  await pressUntilFocused(page, 'Tab', form.storeGroup.getByRole('radio', { checked: true }))
  await pressUntilChecked(page, 'ArrowDown', rocks)
  await pressUntilFocused(page, 'Shift+Tab', form.modeGroup.getByRole('radio', { checked: true }))
  await pressUntilChecked(page, 'ArrowDown', form.modeOption('Cluster'))
  const finding = problems.finding(/standalone/).first()
  await expect(finding).toBeVisible()

  // F8 from the form goes to the first problem (errors come first); Tab reaches its fix.
  await page.keyboard.press('F8')
  await expect(finding.getByRole('button').first()).toBeFocused()
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Tab')
  const fix = finding.getByRole('button', { name: /^Switch to|^Use/ })
  await expect(fix).toBeFocused()
  await page.keyboard.press('Enter')

  // Focus lands on the store the fix chose, and RocksMQ is no longer chosen.
  await expect(rocks).not.toBeChecked()
  const chosen = form.storeGroup.getByRole('radio', { checked: true })
  await expect(chosen).toBeFocused()

  // To the Export button and in; the tab bar stays in place on every tab.
  const exportButton = page.getByRole('banner').getByRole('button', { name: 'Export', exact: true })
  await pressUntilFocused(page, 'Shift+Tab', exportButton)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  const tablist = dialog.getByRole('tablist')
  const boxes: string[] = []
  for (let i = 0; i < 5; i++) {
    if (i > 0) {
      await tablist.getByRole('tab', { selected: true }).focus()
      await page.keyboard.press('ArrowRight')
    }
    await expect(dialog.getByRole('tabpanel')).toBeVisible()
    boxes.push(JSON.stringify(await tablist.boundingBox()))
    boxes.push(`dialog ${JSON.stringify(await dialog.boundingBox())}`)
  }
  expect(new Set(boxes.filter((b) => !b.startsWith('dialog'))).size).toBe(1)
  expect(new Set(boxes.filter((b) => b.startsWith('dialog'))).size).toBe(1)
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(exportButton).toBeFocused()
})

test('every dialog gives focus back to the control that opened it', async ({ page, header }) => {
  await header.open()
  const banner = page.getByRole('banner')
  for (const [button, title] of [
    ['Export', 'Export'],
    ['Share', 'Share a link'],
    ['Baseline', 'Baseline: what is running'],
    ['Store guide', 'Which store should I use?'],
    ['Presets', 'Start from a preset'],
    ['Import', 'Import YAML'],
    ['Keyboard shortcuts', 'Keyboard shortcuts'],
  ] as const) {
    const opener = banner.getByRole('button', { name: button, exact: true })
    await opener.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: title })
    await expect(dialog).toBeVisible()
    // Half of them close with Escape, half with the Close button.
    if (button.length % 2 === 0) await page.keyboard.press('Escape')
    else await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()
  }
})

test('? lists a key for every header action, and the keys work', async ({ page, header }) => {
  await header.open()
  await page.keyboard.press('Shift+Slash')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  for (const action of [
    'Presets',
    'Import',
    'Undo',
    'Redo',
    'Download YAML',
    'Export',
    'Share',
    'Baseline',
    'Store guide',
    'Reset',
  ]) {
    await expect(
      dialog.getByRole('term').filter({ hasText: new RegExp(`^${action}$`) }),
    ).toHaveCount(1)
  }
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  // Nothing had focus when ? was pressed: focus goes to the button of the dialog's action.
  const shortcutsButton = page
    .getByRole('banner')
    .getByRole('button', { name: 'Keyboard shortcuts', exact: true })
  await expect(shortcutsButton).toBeFocused()
  await page.keyboard.press('e')
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible()
  await page.keyboard.press('Escape')
  // Back where the key was pressed.
  await expect(shortcutsButton).toBeFocused()
})

test('the editor says how to leave it, and Escape then Tab leaves it', async ({
  page,
  header,
  editor,
}) => {
  await header.open()
  await expect(page.getByText('To leave the editor: Escape then Tab')).toBeVisible()
  const input = page.locator('.monaco-editor textarea')
  await pressUntilFocused(page, 'Tab', input)
  const before = await page.evaluate(() =>
    (window as unknown as { __studio: { source(): string } }).__studio.source(),
  )
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  await expect(input).not.toBeFocused()
  const focusedInEditor = await page.evaluate(
    () => !!document.activeElement?.closest('.monaco-editor'),
  )
  expect(focusedInEditor).toBe(false)
  expect(
    await page.evaluate(() =>
      (window as unknown as { __studio: { source(): string } }).__studio.source(),
    ),
  ).toBe(before)
  void editor
})
