import { expect, test } from './fixtures'

const VALID = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: frozen-demo
spec:
  mode: cluster
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList:
        - kafka-0.kafka:9092
`

// "a: b: c" is a nested mapping in a compact mapping: a syntax error, with no brackets to auto-close.
const BROKEN_LINE = 'oops: a: b'

test('broken YAML freezes the form with a banner and keeps its values; fixing it brings the form back', async ({
  page,
  editor,
  form,
  header,
}) => {
  await page.goto('/')
  await editor.replaceAll(VALID)
  await expect(form.storeOption('Kafka')).toBeChecked()
  await expect(form.storeOption('Kafka')).toBeEnabled()

  await editor.moveToEnd()
  await editor.insertYaml(BROKEN_LINE)

  await expect(header.readOnlyBanner).toBeVisible()
  await expect(form.storeOption('Kafka')).toBeChecked()
  await expect(form.storeOption('Kafka')).toBeDisabled()
  await expect(form.modeOption('Cluster')).toBeChecked()
  await expect(form.modeOption('Cluster')).toBeDisabled()

  await editor.backspace(BROKEN_LINE.length)

  await expect(header.readOnlyBanner).toHaveCount(0)
  await expect(form.storeOption('Kafka')).toBeEnabled()
  await expect(form.storeOption('Kafka')).toBeChecked()
  expect(await editor.text()).toBe(VALID)
})
