import type { Page } from '@playwright/test'

/** Page object (owned by the helper building this panel). */
export class ProblemsPage {
  constructor(readonly page: Page) {}
}
