import { expect, test } from './fixtures'

const MINE = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: cannot-be-kept
spec:
  mode: standalone
`

test('full, blocked or corrupted storage is explained and never costs the work', async ({
  page,
  header,
}) => {
  // 1. Storage full: every autosave write fails with a quota error.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('scenario') !== 'full') return
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('milvus-studio:autosave'))
        throw new DOMException('full', 'QuotaExceededError')
      setItem.call(this, key, value)
    }
  })
  await header.open()
  await page.evaluate(() => sessionStorage.setItem('scenario', 'full'))
  await page.reload()
  await header.importYaml(MINE)
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible()
  expect(await header.source()).toBe(MINE)

  // 2. A corrupted autosave from an earlier visit is set aside, not overwritten.
  await page.evaluate(() => sessionStorage.setItem('scenario', 'corrupt'))
  await page.reload()
  await page.evaluate(() => localStorage.setItem('milvus-studio:autosave:v1', '{"v":1,"source":'))
  await page.reload()
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' })
  await expect(notice).toBeVisible()
  const keptAside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('milvus-studio:autosave:corrupt:'))
      .map((k) => localStorage.getItem(k)),
  )
  expect(keptAside).toEqual(['{"v":1,"source":'])
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toBeHidden()
})

test.describe('blocked storage', () => {
  test('the studio works without storage and says so', async ({ page, header, problems }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError')
        },
      })
    })
    await header.open()
    await expect(
      page.getByRole('alert').filter({ hasText: 'does not let the studio keep your work' }),
    ).toBeVisible()
    await header.importYaml(MINE)
    await expect(page.getByRole('banner')).toContainText('cannot-be-kept')
    await expect(problems.region).toBeVisible()
  })
})

test.describe('closing the tab', () => {
  test('asks first when autosave could not keep the changes', async ({ page, header }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('milvus-studio:autosave'))
          throw new DOMException('full', 'QuotaExceededError')
        setItem.call(this, key, value)
      }
    })
    await header.open()
    await header.importYaml(MINE)
    await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible()
    const prompt = page.waitForEvent('dialog')
    await page.close({ runBeforeUnload: true })
    const dialog = await prompt
    expect(dialog.type()).toBe('beforeunload')
    await dialog.accept()
  })
})
