import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

test('the Milvus settings panel adds a setting by name, with the keyboard', async ({
  page,
  editor,
}) => {
  await page.goto('/')
  const section = page.locator('details', {
    has: page.getByRole('heading', { name: 'Milvus settings' }),
  })
  const search = section.getByRole('searchbox', { name: 'Search settings' })
  await search.focus()
  await page.keyboard.type('security authorizationEn')

  const add = section.getByRole('button', { name: 'Add common.security.authorizationEnabled' })
  await expect(add).toBeVisible({ timeout: 30_000 })
  await expect(
    section
      .getByRole('list', { name: 'Add a setting' })
      .getByRole('listitem')
      .filter({ hasText: 'common.security.authorizationEnabled' }),
  ).toContainText('boolean, default false')
  await add.focus()
  await page.keyboard.press('Enter')

  await expect(section.getByRole('status')).toHaveText(
    'Added common.security.authorizationEnabled.',
  )
  await expect(search).toBeFocused()
  await expect(section.getByRole('list', { name: 'Settings in this resource' })).toContainText(
    'common.security.authorizationEnabled',
  )
  await expect
    .poll(() => editor.text())
    .toMatch(/\n {2}config:\n {4}common:\n {6}security:\n {8}authorizationEnabled: false\n?$/)

  const axe = await new AxeBuilder({ page }).include('#ff-settings').analyze()
  expect(axe.violations).toEqual([])
})

test('the panel speaks Korean', async ({ page, header }) => {
  await page.goto('/')
  await header.setLanguage('한국어')
  await expect(page.getByRole('heading', { name: 'Milvus 설정', exact: true })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: '설정 검색' })).toBeVisible()
})
