import { expect, test } from './fixtures'

test('Korean and dark mode render and are remembered', async ({ page, header, problems }) => {
  await header.open()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')

  await header.setLanguage('한국어')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('button', { name: '가져오기' })).toBeVisible()
  await expect(page.getByRole('button', { name: '실행 취소' })).toBeVisible()
  await expect(page.getByRole('region', { name: '문제' })).toBeVisible()
  await expect(problems.region).toHaveCount(0)

  await header.setTheme('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).not.toBe('rgb(244, 246, 249)')

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  await header.setLanguage('English')
  await expect(header.importButton).toBeVisible()
})

test.describe('following the system', () => {
  test.use({ colorScheme: 'dark', locale: 'ko-KR' })

  test('uses the system theme and browser language until the user picks', async ({
    page,
    header,
  }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await header.setTheme('light')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  })
})
