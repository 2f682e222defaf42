import { expect, test } from './fixtures'

const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: kafka-login
stringData:
  username: someone
`
const MILVUS = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: from-a-file
spec:
  mode: cluster
  dependencies:
    msgStreamType: kafka
`
const MULTI = `${SECRET}---\n${MILVUS}`
const DROPPED = MILVUS.replace('from-a-file', 'dropped-in')

test('a multi-document file is imported by picker and by drag-and-drop', async ({
  page,
  header,
  form,
}) => {
  await header.open()

  await header.importButton.click()
  await header.importDialog.getByLabel('Or choose a file').setInputFiles({
    name: 'cluster.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(MULTI),
  })
  await expect(header.importDialog).toBeHidden()
  await expect.poll(() => header.source()).toBe(MULTI)
  await expect(header.notice(/2 documents.*"from-a-file".*other 1/)).toBeVisible()
  await expect(form.modeOption('Cluster')).toBeChecked()

  // A form edit touches the Milvus document only; the Secret stays byte for byte.
  await form.chooseMode('Standalone')
  await expect.poll(() => header.source()).toContain('mode: standalone')
  expect((await header.source()).startsWith(SECRET)).toBe(true)

  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer()
    dt.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }))
    return dt
  }, DROPPED)
  await page.dispatchEvent('main', 'dragenter', { dataTransfer })
  await page.dispatchEvent('main', 'drop', { dataTransfer })
  await expect.poll(() => header.source()).toBe(DROPPED)
  await expect(page.getByRole('banner')).toContainText('dropped-in')
  await header.undo()
  await expect.poll(() => header.source()).toContain('kafka-login')
})
