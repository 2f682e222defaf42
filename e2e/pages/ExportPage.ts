import type { Page } from '@playwright/test'

/** Page object (owned by the helper building this panel). */
export class ExportPage {
  constructor(readonly page: Page) {}
}
