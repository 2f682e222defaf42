import { expect, test } from './fixtures'

test('undo and redo walk back and forth across a form edit and an editor edit', async ({
  page,
  header,
  form,
  editor,
}) => {
  await header.open()
  const start = await header.source()
  await expect(header.undoButton).toBeDisabled()

  // A form edit...
  await form.chooseMode('Cluster')
  await expect.poll(() => header.source()).toContain('mode: cluster')
  const afterForm = await header.source()

  // ...then an editor edit at the end of the text.
  await editor.moveToEnd()
  await editor.insertYaml('# typed in the editor\n')
  await expect.poll(() => header.source()).toContain('# typed in the editor')
  const afterEditor = await header.source()

  // The global shortcuts work outside the editor and the form's text fields.
  await page.getByRole('banner').click({ position: { x: 5, y: 5 } })
  await header.undo()
  await expect.poll(() => header.source()).toBe(afterForm)
  await expect(form.modeOption('Cluster')).toBeChecked()
  await header.undo()
  await expect.poll(() => header.source()).toBe(start)
  await expect(form.modeOption('Cluster')).not.toBeChecked()
  await expect(header.undoButton).toBeDisabled()

  await header.redo()
  await expect.poll(() => header.source()).toBe(afterForm)
  await page.keyboard.press('ControlOrMeta+Shift+Z')
  await expect.poll(() => header.source()).toBe(afterEditor)
  await expect(header.redoButton).toBeDisabled()
  await page.keyboard.press('ControlOrMeta+Z')
  await expect.poll(() => header.source()).toBe(afterForm)
})
