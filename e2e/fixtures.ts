import { test as base, expect, type Page } from '@playwright/test'
import { HeaderPage } from './pages/HeaderPage'
import { FormPage } from './pages/FormPage'
import { EditorPage } from './pages/EditorPage'
import { ProblemsPage } from './pages/ProblemsPage'
import { ExportPage } from './pages/ExportPage'

/** One page object per panel, built once per test (tldraw e2e fixtures style). */
export interface StudioFixtures {
  header: HeaderPage
  form: FormPage
  editor: EditorPage
  problems: ProblemsPage
  exporter: ExportPage
  /** Requests that left the page's own origin during the test (must stay empty). */
  foreignRequests: string[]
}

function isForeign(url: string, origin: string): boolean {
  return !(
    url.startsWith(origin) ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url.startsWith('about:')
  )
}

export function watchForeignRequests(page: Page, into: string[]): void {
  const origin = new URL(`http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`).origin
  page.on('request', (req) => {
    if (isForeign(req.url(), origin)) into.push(req.url())
  })
}

export const test = base.extend<StudioFixtures>({
  foreignRequests: [
    async ({ page }, use) => {
      const urls: string[] = []
      watchForeignRequests(page, urls)
      await use(urls)
      expect(urls, 'no request may leave the page origin').toEqual([])
    },
    { auto: true },
  ],
  header: async ({ page }, use) => use(new HeaderPage(page)),
  form: async ({ page }, use) => use(new FormPage(page)),
  editor: async ({ page }, use) => use(new EditorPage(page)),
  problems: async ({ page }, use) => use(new ProblemsPage(page)),
  exporter: async ({ page }, use) => use(new ExportPage(page)),
})

export { expect }
