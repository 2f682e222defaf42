import { expect, test } from './fixtures'

// Comments, a second document, non-ASCII text and a missing final newline must all survive.
const TEXT = `# The studio must hand this back byte for byte.
apiVersion: v1
kind: Secret
metadata:
  name: kafka-sasl
stringData:
  username: svc
---
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: download-demo # 이름은 그대로
spec:
  mode: standalone
  dependencies:
    msgStreamType: woodpecker`

test('the downloaded manifest equals the editor text', async ({ page, editor, exporter }) => {
  await page.goto('/')
  await editor.replaceAll(TEXT)

  await exporter.openExport()
  const file = await exporter.downloadManifest()

  expect(file.name).toBe('download-demo.yaml')
  expect(file.text).toBe(await editor.text())
  expect(file.text).toBe(TEXT)
})
