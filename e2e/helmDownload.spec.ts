import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'

const KAFKA = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: helm-demo
spec:
  mode: cluster
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList: [kafka-0.example:9092]
      secretRef: kafka-sasl
`

test('the downloaded values.yaml is byte for byte the text the Helm tab shows, with what was not carried over', async ({
  page,
  editor,
  exporter,
}) => {
  await page.goto('/')
  await editor.replaceAll(KAFKA)
  await exporter.openExport()
  await exporter.chooseTab('Helm values')
  // The code block itself (the tab panel around it carries the same name).
  const shown = await exporter.exportDialog
    .getByLabel('Helm values', { exact: true })
    .and(page.locator('pre'))
    .textContent()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exporter.exportDialog.getByRole('button', { name: 'Download values.yaml' }).click(),
  ])
  const saved = await readFile(await download.path(), 'utf8')
  expect(saved).toBe(shown)
  expect(saved).toContain('# Not carried over to the chart')
  expect(saved).toContain(
    "--set-file externalKafka.sasl.password=<(kubectl get secret kafka-sasl -n default -o jsonpath='{.data.password}' | base64 -d)",
  )
})
