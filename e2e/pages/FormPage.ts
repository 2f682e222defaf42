import type { Locator, Page } from '@playwright/test'

export type ModeName = 'Standalone' | 'Cluster'
export type StoreName = 'RocksMQ' | 'NATS' | 'Pulsar' | 'Kafka' | 'Woodpecker' | 'Custom'

/**
 * The form column (English UI). Locators by role and label; findings next to a field by the
 * test id `findings:<dotted path>` that the form puts around each field's inline findings.
 */
export class FormPage {
  readonly root: Locator
  readonly modeGroup: Locator
  readonly storeGroup: Locator
  readonly page: Page

  constructor(page: Page) {
    this.page = page
    this.root = page.getByRole('region', { name: 'Form' })
    this.modeGroup = this.root.getByRole('radiogroup', { name: 'Mode' })
    this.storeGroup = this.root.getByRole('radiogroup', { name: 'Message storage' })
  }

  /** The control labelled exactly `label`. */
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true })
  }

  modeOption(mode: ModeName): Locator {
    return this.modeGroup.getByRole('radio', { name: mode, exact: true })
  }

  storeOption(store: StoreName): Locator {
    return this.storeGroup.getByRole('radio', { name: store, exact: true })
  }

  /** The inline findings shown for a dotted path, e.g. `spec.dependencies.msgStreamType`. */
  findingsAt(path: string): Locator {
    return this.root.getByTestId(`findings:${path}`)
  }

  /** The Fix button of the first finding shown at `path`. */
  fixButtonAt(path: string): Locator {
    return this.findingsAt(path).getByRole('button').first()
  }

  async chooseMode(mode: ModeName): Promise<void> {
    await this.modeOption(mode).check()
  }

  async chooseStore(store: StoreName): Promise<void> {
    await this.storeOption(store).check()
  }

  async setField(label: string, value: string): Promise<void> {
    await this.field(label).fill(value)
  }

  async setChecked(label: string, checked: boolean): Promise<void> {
    await this.field(label).setChecked(checked)
  }

  async selectOption(label: string, value: string): Promise<void> {
    await this.field(label).selectOption(value)
  }

  /** Adds one entry to a list editor (broker list, endpoints, seeds, access modes). */
  async addListItem(label: string, value: string): Promise<void> {
    await this.root.getByLabel(`New entry for ${label}`, { exact: true }).fill(value)
    await this.root.getByRole('button', { name: `Add to ${label}`, exact: true }).click()
  }
}
