import { expect, test } from './fixtures'

// A cluster resource whose dependencies block is still empty; the user types the store line.
const START = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: typed-in-editor
spec:
  mode: cluster
  dependencies:
`

test('typing msgStreamType: kafka in the editor selects Kafka in the form', async ({
  page,
  editor,
  form,
}) => {
  await page.goto('/')
  await editor.replaceAll(START)
  await editor.moveToEnd()
  await editor.typeYaml('    msgStreamType: kafka')

  await expect(form.storeOption('Kafka')).toBeChecked()
  await expect(form.modeOption('Cluster')).toBeChecked()
  expect(await editor.text()).toBe(`${START}    msgStreamType: kafka`)
})
