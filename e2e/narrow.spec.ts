import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 390, height: 844 } })
test.describe.configure({ timeout: 180_000 })

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ])
  expect(scroll).toBeLessThanOrEqual(client)
}

async function expectInViewport(
  page: Page,
  box: { y: number; height: number } | null,
): Promise<void> {
  const height = page.viewportSize()?.height ?? 0
  expect(box).not.toBeNull()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height).toBeLessThanOrEqual(height + 1)
}

const LANGS = [
  {
    lang: 'English',
    locale: 'en-US',
    bar: 'Problem summary',
    go: 'Go to problems',
    back: 'Back to where I was',
    problems: 'Problems',
    more: 'More',
    exportName: 'Export',
    diagram: 'Diagram',
    zoomIn: 'Zoom in',
    fit: 'Fit',
    level: /^Zoom \d+%$/,
  },
  {
    lang: '한국어',
    locale: 'ko-KR',
    bar: '문제 요약',
    go: '문제로 이동',
    back: '보던 곳으로 돌아가기',
    problems: '문제',
    more: '더 보기',
    exportName: '내보내기',
    diagram: '구성도',
    zoomIn: '확대',
    fit: '화면에 맞춤',
    level: /^배율 \d+%$/,
  },
] as const

for (const l of LANGS) {
  test.describe(`390×844 in ${l.lang}`, () => {
    test.use({ locale: l.locale })

    test('the problem bar stays in view, jumps to the panel and back; the page never scrolls sideways', async ({
      page,
      header,
    }) => {
      await header.open()
      await header.setLanguage('English')
      await header.choosePreset('Docs as published: external Pulsar')
      await header.setLanguage(l.lang)
      const bar = page.getByRole('region', { name: l.bar })
      for (const y of [0, 1200, 3000, 100_000]) {
        await page.evaluate((top) => window.scrollTo({ top }), y)
        await expectInViewport(page, await bar.boundingBox())
      }
      await expectNoSidewaysScroll(page)
      expect(await seriousViolations(page)).toEqual([])

      await page.evaluate(() => window.scrollTo({ top: 0 }))
      await bar.getByRole('button', { name: l.go }).click()
      const panel = page.getByRole('region', { name: l.problems, exact: true })
      await expect(panel).toBeFocused()
      await expect(panel).toBeInViewport()
      await bar.getByRole('button', { name: l.back }).click()
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50)
      await expectNoSidewaysScroll(page)
    })

    test('toolbar overflow sits in "More", and the diagram zooms and fits', async ({
      page,
      header,
    }) => {
      await header.open()
      await header.setLanguage(l.lang)
      const more = page.getByRole('banner').getByRole('button', { name: l.more })
      await more.click()
      await expect(page.getByRole('menu')).toBeVisible()
      await expectNoSidewaysScroll(page)
      expect(await seriousViolations(page)).toEqual([])
      await page.keyboard.press('Escape')
      await expect(more).toBeFocused()

      await page
        .getByRole('banner')
        .getByRole('button', { name: l.exportName, exact: true })
        .click()
      const dialog = page.getByRole('dialog', { name: l.exportName })
      const tablist = dialog.getByRole('tablist')
      const before = await tablist.boundingBox()
      await dialog.getByRole('tab', { name: l.diagram }).click()
      expect(await tablist.boundingBox()).toEqual(before)
      const level = dialog
        .getByRole('status')
        .or(dialog.locator('output'))
        .filter({ hasText: l.level })
      await expect(level).toBeVisible()
      const fitted = await level.textContent()
      await dialog.getByRole('button', { name: l.zoomIn }).click()
      await expect(level).not.toHaveText(fitted ?? '')
      const image = dialog.getByRole('img')
      const zoomed = await image.boundingBox()
      await dialog.getByRole('button', { name: l.fit }).click()
      await expect(level).toHaveText(fitted ?? '')
      const fit = await image.boundingBox()
      expect(fit!.width).toBeLessThan(zoomed!.width)
      // Fitted, the whole diagram is inside the viewer.
      const viewer = await dialog
        .getByRole('group', { name: /Diagram viewer|다이어그램 보기/ })
        .boundingBox()
      expect(fit!.x).toBeGreaterThanOrEqual(viewer!.x - 1)
      expect(fit!.x + fit!.width).toBeLessThanOrEqual(viewer!.x + viewer!.width + 1)
      // The keyboard zooms too.
      await dialog.getByRole('group', { name: /Diagram viewer|다이어그램 보기/ }).focus()
      await page.keyboard.press('+')
      await expect(level).not.toHaveText(fitted ?? '')
      await page.keyboard.press('0')
      await expect(level).toHaveText(fitted ?? '')
      await expectNoSidewaysScroll(page)
      expect(await seriousViolations(page)).toEqual([])
      await page.keyboard.press('Escape')
      await expect(
        page.getByRole('banner').getByRole('button', { name: l.exportName, exact: true }),
      ).toBeFocused()
    })
  })
}
