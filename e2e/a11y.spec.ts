import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Serious and critical violations, Monaco's own editor excluded for upstream findings only. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const SETTINGS = [
  { lang: 'English', theme: 'light' },
  { lang: 'English', theme: 'dark' },
  { lang: '한국어', theme: 'light' },
  { lang: '한국어', theme: 'dark' },
] as const

for (const { lang, theme } of SETTINGS) {
  test(`no serious or critical axe violation (${lang}, ${theme})`, async ({ page, header }) => {
    await header.open()
    // A document with findings of every severity, so the panel's badges are checked too.
    await header.choosePreset('Docs as published: external Pulsar')
    await header.setTheme(theme)
    await header.setLanguage(lang)
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    expect(await seriousViolations(page)).toEqual([])

    await page
      .getByRole('button', { name: lang === 'English' ? 'Import' : '가져오기', exact: true })
      .click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })
}
