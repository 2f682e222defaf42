import { expect, test } from './fixtures'

const CLUSTER_PULSAR = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: diagram-demo
spec:
  mode: cluster
  dependencies:
    msgStreamType: pulsar
`

test('the diagram changes when the message store does', async ({
  page,
  editor,
  form,
  exporter,
}) => {
  await page.goto('/')
  await editor.replaceAll(CLUSTER_PULSAR)

  await exporter.openExport()
  await exporter.chooseTab('Diagram')
  const before = await exporter.diagramSource()
  expect(decodeURIComponent(before)).toMatch(/pulsar/i)
  await exporter.close()

  await form.chooseStore('Kafka')
  await expect(form.storeOption('Kafka')).toBeChecked()

  await exporter.openExport()
  await exporter.chooseTab('Diagram')
  const after = await exporter.diagramSource()
  expect(after).not.toBe(before)
  expect(decodeURIComponent(after)).toMatch(/kafka/i)
})
