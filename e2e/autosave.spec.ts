import { expect, test } from './fixtures'

const MINE = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: kept-across-reloads # my own comment
spec:
  mode: standalone
`

test('reload restores the work, and "Forget saved work" clears it', async ({ page, header }) => {
  await header.open()
  await header.importYaml(MINE)
  await expect(page.getByRole('banner')).toContainText('kept-across-reloads')
  // Autosave is debounced: wait until the copy is in storage before reloading.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('milvus-studio:autosave:v1') ?? ''))
    .toContain('kept-across-reloads')

  await page.reload()
  await expect(page.getByRole('banner')).toContainText('kept-across-reloads')
  expect(await header.source()).toBe(MINE)

  await header.forgetButton.click()
  await expect(header.autosaveOffNote).toBeVisible()
  await page.reload()
  await expect(header.importButton).toBeEnabled()
  expect(await header.source()).not.toContain('kept-across-reloads')
})
