import { test, expect } from './fixtures'

const COMMENT = '# sized for the staging cluster'

// A form edit keeps a comment typed in the editor.
test('a form edit keeps a comment typed in the editor', async ({ page, form, editor }) => {
  await page.goto('./')
  await editor.moveToEnd()
  await page.keyboard.press('Enter')
  await editor.insertYaml(COMMENT)
  await expect.poll(() => editor.text()).toContain(COMMENT)

  await form.setField('Namespace', 'milvus-staging')
  await expect.poll(() => editor.text()).toContain('namespace: milvus-staging')
  expect(await editor.text()).toContain(COMMENT)
  // What the editor shows, not only the store's text.
  await expect(editor.region).toContainText(COMMENT)
  await expect(editor.region).toContainText('milvus-staging')

  // A second kind of form edit (the store radio group) keeps it too.
  await form.chooseStore('Kafka')
  await expect.poll(() => editor.text()).toMatch(/msgStreamType:\s*kafka/)
  expect(await editor.text()).toContain(COMMENT)
})
