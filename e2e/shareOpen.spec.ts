import { encodeShareLink } from '../src/share'
import { expect, test } from './fixtures'

const MINE = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-precious-work
spec:
  mode: standalone
`

test('a broken share link shows a clear message and keeps the work', async ({ page, header }) => {
  await header.open()
  await header.importYaml(MINE)
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('milvus-studio:autosave:v1') ?? ''))
    .toContain('my-precious-work')

  // A link cut short in a chat message, one that is not ours at all (both pasted into this tab),
  // and a corrupted one opened in a fresh page load.
  const links = [
    { hash: '#s1.H4sIAAAAAAAA', fresh: false },
    { hash: '#<script>alert(1)</script>', fresh: false },
    { hash: '#s1.@@not-base64@@', fresh: true },
  ]
  for (const { hash, fresh } of links) {
    if (fresh) await page.goto('about:blank')
    await page.goto(`/${hash}`)
    const message = page.getByRole('alert').filter({ hasText: 'Your own work was not changed' })
    await expect(message).toBeVisible()
    expect(await header.source()).toBe(MINE)
    await message.getByRole('button', { name: 'Dismiss' }).click()
    await expect(message).toBeHidden()
  }
  await expect(page).not.toHaveURL(/#/)
})

test('a good share link opens as a new state and the saved work is one click away', async ({
  page,
  header,
}) => {
  const SHARED = MINE.replace('my-precious-work', 'sent-by-a-colleague')
  const { fragment } = await encodeShareLink(SHARED, { includeSecrets: false })
  await header.open()
  await header.importYaml(MINE)
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('milvus-studio:autosave:v1') ?? ''))
    .toContain('my-precious-work')

  await page.goto('about:blank')
  await page.goto(`/#${fragment.replace(/^#/, '')}`)
  await expect(page.getByRole('banner')).toContainText('sent-by-a-colleague')
  expect(await header.source()).toBe(SHARED)
  // The saved work is still on this device, untouched.
  expect(
    await page.evaluate(() => localStorage.getItem('milvus-studio:autosave:v1') ?? ''),
  ).toContain('my-precious-work')
  await header.backToSavedButton.click()
  await expect(page.getByRole('banner')).toContainText('my-precious-work')
  expect(await header.source()).toBe(MINE)
  await expect(page).not.toHaveURL(/#/)
})
