import { expect, type Locator, type Page } from '@playwright/test'

interface StudioTestApi {
  findings(): { rule: string; severity: string; path: (string | number)[] }[]
}

/** The "Problems" region: counts, findings grouped by severity, reveal and fix. */
export class ProblemsPage {
  readonly page: Page
  readonly region: Locator
  readonly allClear: Locator
  readonly items: Locator

  constructor(page: Page) {
    this.page = page
    this.region = page.getByRole('region', { name: 'Problems' })
    this.allClear = this.region.getByRole('status').filter({ hasText: 'All clear' })
    this.items = this.region.getByRole('listitem')
  }

  /** The finding whose text contains `text`. */
  finding(text: string | RegExp): Locator {
    return this.items.filter({ hasText: text })
  }

  async expectFinding(text: string | RegExp): Promise<void> {
    await expect(this.finding(text).first()).toBeVisible()
  }

  /** Clicks the finding's message: the form focuses the field and the editor shows the line. */
  async reveal(text: string | RegExp): Promise<void> {
    await this.finding(text).first().getByRole('button').first().click()
  }

  /** Clicks the Fix button (named by the fix's title) of the finding containing `text`. */
  async fix(text: string | RegExp, fixTitle: string | RegExp): Promise<void> {
    await this.finding(text).first().getByRole('button', { name: fixTitle }).click()
  }

  /** Rule ids of the current findings (test API). */
  async ruleIds(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as unknown as { __studio: StudioTestApi }).__studio.findings().map((f) => f.rule),
    )
  }
}
