import { expect, type Locator, type Page } from '@playwright/test'

interface StudioTestApi {
  source(): string
}

/**
 * The header and the page-level notes (English UI unless a verb switches language). Theme and
 * language selects are found in either language so a spec can switch back.
 */
export class HeaderPage {
  readonly page: Page
  readonly presetsButton: Locator
  readonly importButton: Locator
  readonly undoButton: Locator
  readonly redoButton: Locator
  readonly downloadButton: Locator
  readonly resetButton: Locator
  readonly themeSelect: Locator
  readonly languageSelect: Locator
  readonly importDialog: Locator
  readonly importText: Locator
  readonly importLoad: Locator
  readonly presetsDialog: Locator
  readonly resetDialog: Locator
  readonly forgetButton: Locator
  readonly autosaveOffNote: Locator
  readonly readOnlyBanner: Locator
  readonly showErrorButton: Locator
  readonly backToSavedButton: Locator

  constructor(page: Page) {
    this.page = page
    this.presetsButton = page.getByRole('button', { name: 'Presets', exact: true })
    this.importButton = page.getByRole('button', { name: 'Import', exact: true })
    this.undoButton = page.getByRole('button', { name: 'Undo', exact: true })
    this.redoButton = page.getByRole('button', { name: 'Redo', exact: true })
    this.downloadButton = page
      .getByRole('banner')
      .getByRole('button', { name: 'Download YAML', exact: true })
    this.resetButton = page.getByRole('button', { name: 'Reset', exact: true })
    this.themeSelect = page.getByRole('combobox', { name: /^(Theme|테마)$/ })
    this.languageSelect = page.getByRole('combobox', { name: /^(Language|언어)$/ })
    this.importDialog = page.getByRole('dialog', { name: 'Import YAML' })
    this.importText = this.importDialog.getByRole('textbox', { name: 'YAML to import' })
    this.importLoad = this.importDialog.getByRole('button', { name: 'Load into the studio' })
    this.presetsDialog = page.getByRole('dialog', { name: 'Start from a preset' })
    this.resetDialog = page.getByRole('dialog', { name: 'Start over?' })
    this.forgetButton = page.getByRole('button', { name: 'Forget saved work' })
    this.autosaveOffNote = page.getByText('Autosave is off')
    this.readOnlyBanner = page.getByRole('alert').filter({ hasText: 'The YAML does not parse' })
    this.showErrorButton = this.readOnlyBanner.getByRole('button', { name: 'Show error' })
    this.backToSavedButton = page.getByRole('button', { name: 'Back to my saved work' })
  }

  /** Opens the studio and waits until the first screen is usable. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path)
    // Presets stays in the toolbar at every width (the rest folds into "More" on narrow screens).
    await expect(
      this.page.getByRole('banner').getByRole('button', { name: /^(Presets|프리셋)$/ }),
    ).toBeEnabled()
  }

  /** The whole YAML text, read through the test API. */
  async source(): Promise<string> {
    return this.page.evaluate(() =>
      (window as unknown as { __studio: StudioTestApi }).__studio.source(),
    )
  }

  /** Pastes `text` into the Import dialog and loads it. */
  async importYaml(text: string): Promise<void> {
    await this.importButton.click()
    await expect(this.importDialog).toBeVisible()
    await this.importText.fill(text)
    await this.importLoad.click()
    await expect(this.importDialog).toBeHidden()
  }

  async choosePreset(title: string): Promise<void> {
    await this.presetsButton.click()
    await this.presetsDialog.getByRole('button', { name: title }).click()
    await expect(this.presetsDialog).toBeHidden()
  }

  async undo(): Promise<void> {
    await this.undoButton.click()
  }

  async redo(): Promise<void> {
    await this.redoButton.click()
  }

  async reset(): Promise<void> {
    await this.resetButton.click()
    await this.resetDialog.getByRole('button', { name: 'Reset to blank' }).click()
  }

  async setLanguage(label: 'English' | '한국어'): Promise<void> {
    await this.languageSelect.selectOption({ label })
  }

  async setTheme(value: 'system' | 'light' | 'dark'): Promise<void> {
    await this.themeSelect.selectOption(value)
  }

  /** A notice (import result, lifted document) containing `text`. */
  notice(text: string | RegExp): Locator {
    return this.page.locator('.app__notices').getByText(text)
  }
}
