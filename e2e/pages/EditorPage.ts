import { expect, type Locator, type Page } from '@playwright/test'

interface StudioTestApi {
  source(): string
}

/**
 * The "Manifest YAML" region. Monaco is driven with the keyboard (`.fill()` does not work on it);
 * the plain textarea is the fallback while Monaco loads and the "Plain text editor" mode.
 */
export class EditorPage {
  readonly page: Page
  readonly region: Locator
  /** Monaco's input (its accessible name comes from the editor's ariaLabel option). */
  readonly code: Locator
  readonly plain: Locator
  readonly plainToggle: Locator

  constructor(page: Page) {
    this.page = page
    this.region = page.getByRole('region', { name: 'Manifest YAML' })
    this.code = this.region.getByRole('textbox', { name: 'Manifest YAML code editor' })
    this.plain = this.region.getByRole('textbox', { name: 'Manifest YAML (plain text)' })
    this.plainToggle = this.region.getByRole('checkbox', { name: 'Plain text editor' })
  }

  /** Waits until Monaco has replaced the plain fallback, then focuses it. */
  async focus(): Promise<void> {
    await expect(this.code).toBeAttached()
    await this.code.focus()
  }

  /** Types like a user at the caret (Monaco's auto-indent and suggestions apply). */
  async typeYaml(text: string): Promise<void> {
    await this.focus()
    await this.page.keyboard.type(text)
  }

  /** Inserts text at the caret as one paste-like edit (no auto-indent). */
  async insertYaml(text: string): Promise<void> {
    await this.focus()
    await this.page.keyboard.insertText(text)
  }

  /** Replaces the whole document: select all, then insert. */
  async replaceAll(text: string): Promise<void> {
    await this.focus()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.insertText(text)
    await expect.poll(() => this.text()).toBe(text)
  }

  /** Puts the caret at the very end of the document. */
  async moveToEnd(): Promise<void> {
    await this.focus()
    await this.page.keyboard.press('ControlOrMeta+End')
  }

  /** Deletes `count` characters before the caret. */
  async backspace(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Backspace')
  }

  /** The store's text (what the editor shows), read through the test API. */
  async text(): Promise<string> {
    return this.page.evaluate(() =>
      (window as unknown as { __studio: StudioTestApi }).__studio.source(),
    )
  }
}
