import { readFile } from 'node:fs/promises'
import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The Export, Share, Baseline and store-guide dialogs, opened from the header buttons of the same
 * names. Each dialog is a modal named by its title.
 */
export class ExportPage {
  readonly page: Page
  readonly exportDialog: Locator
  readonly shareDialog: Locator
  readonly baselineDialog: Locator
  readonly guideDialog: Locator
  readonly shareLinkBox: Locator
  readonly includeSecrets: Locator
  readonly diagram: Locator
  readonly changeSafety: Locator
  readonly migrationRunbook: Locator

  constructor(page: Page) {
    this.page = page
    this.exportDialog = page.getByRole('dialog', { name: 'Export' })
    this.shareDialog = page.getByRole('dialog', { name: 'Share a link' })
    this.baselineDialog = page.getByRole('dialog', { name: 'Baseline: what is running' })
    this.guideDialog = page.getByRole('dialog', { name: 'Which store should I use?' })
    this.shareLinkBox = this.shareDialog.getByRole('textbox', { name: 'Share link' })
    this.includeSecrets = this.shareDialog.getByRole('checkbox', { name: 'Include secrets' })
    this.diagram = this.exportDialog.getByRole('img', { name: /^Deployment diagram/ })
    this.changeSafety = this.baselineDialog.getByRole('region', { name: 'Change safety' })
    this.migrationRunbook = this.baselineDialog.getByRole('region', { name: 'Migration runbook' })
  }

  private headerButton(name: string): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true })
  }

  async openExport(): Promise<void> {
    await this.headerButton('Export').click()
    await expect(this.exportDialog).toBeVisible()
  }

  async openShare(): Promise<void> {
    await this.headerButton('Share').click()
    await expect(this.shareDialog).toBeVisible()
  }

  async openBaseline(): Promise<void> {
    await this.headerButton('Baseline').click()
    await expect(this.baselineDialog).toBeVisible()
  }

  async openGuide(): Promise<void> {
    await this.headerButton('Store guide').click()
    await expect(this.guideDialog).toBeVisible()
  }

  async chooseTab(name: string): Promise<void> {
    await this.exportDialog.getByRole('tab', { name, exact: true }).click()
  }

  /** Clicks "Download YAML" in the Export dialog and returns the saved file's text. */
  async downloadManifest(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportDialog.getByRole('button', { name: 'Download YAML', exact: true }).click(),
    ])
    const path = await download.path()
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') }
  }

  /** The share link currently shown (waits until it is built). */
  async shareLink(): Promise<string> {
    await expect(this.shareLinkBox).toHaveValue(/#s\d+\./)
    return this.shareLinkBox.inputValue()
  }

  /** The diagram's data: URL (it changes whenever the drawing does). */
  async diagramSource(): Promise<string> {
    await expect(this.diagram).toBeVisible()
    return (await this.diagram.getAttribute('src')) ?? ''
  }

  /** Saves the current config as the named baseline (the name box is prefilled with "prod"). */
  async markBaselineAs(name: string): Promise<void> {
    await this.baselineDialog.getByRole('textbox', { name: 'Baseline name' }).fill(name)
    await this.markBaseline()
  }

  async markBaseline(): Promise<void> {
    await this.baselineDialog
      .getByRole('button', { name: 'Mark the current config as running' })
      .click()
  }

  /** Closes whichever studio dialog is open. */
  async close(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click()
    await expect(this.page.getByRole('dialog')).toHaveCount(0)
  }
}
