import { expect, test } from './fixtures'

// Issue 6: autosave survives a full or blocked local storage with a notice, the work stays
// editable, and a corrupted autosave is set aside under another key (never overwritten).

const AUTOSAVE_KEY = 'milvus-studio:autosave:v1'
const MINE = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: cannot-be-saved
spec:
  mode: standalone
`

test('a full storage gives a notice, the work stays editable, and closing the tab asks first', async ({
  page,
  header,
  form,
}) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      // Small probes still fit; the saved document does not (as when the quota is nearly used up).
      if (value.length > 16)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      original.call(this, key, value)
    }
  })
  await header.open()
  await header.importYaml(MINE)
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible()

  // Still editable: the form changes the text.
  await form.modeGroup.getByRole('radio', { name: 'Cluster' }).check()
  await expect.poll(() => header.source()).toContain('mode: cluster')
  expect(await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY)).toBeNull()

  // Autosave could not keep the changes, so leaving asks first.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type())
      void d.accept()
    }),
  )
  await page.close({ runBeforeUnload: true })
  expect(await asked).toBe('beforeunload')
})

test('blocked storage (private mode) gives a notice and the work stays editable', async ({
  page,
  header,
  form,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  await header.open()
  await expect(
    page.getByRole('alert').filter({ hasText: 'does not let the studio keep your work' }),
  ).toBeVisible()
  await header.importYaml(MINE)
  await form.modeGroup.getByRole('radio', { name: 'Cluster' }).check()
  await expect.poll(() => header.source()).toContain('mode: cluster')
})

test('a corrupted autosave is set aside under another key and the user is told', async ({
  page,
  header,
}) => {
  const CORRUPT = '{"v":1,"source":"apiVersion: milvus.io/v1beta1\\nkind: Mil'
  await header.open()
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [AUTOSAVE_KEY, CORRUPT] as const)
  await page.reload()

  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' })
  await expect(notice).toBeVisible()
  const aside = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('milvus-studio:autosave:corrupt:')),
  )
  expect(aside).toHaveLength(1)
  await expect(notice).toContainText(aside[0] ?? 'missing')
  expect(await page.evaluate((k) => localStorage.getItem(k), aside[0] ?? '')).toBe(CORRUPT)

  // New work is saved again, and the set-aside copy is left alone.
  await header.importYaml(MINE)
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', AUTOSAVE_KEY))
    .toContain('cannot-be-saved')
  expect(await page.evaluate((k) => localStorage.getItem(k), aside[0] ?? '')).toBe(CORRUPT)
})
