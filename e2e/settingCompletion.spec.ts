import { expect, test } from './fixtures'

const START = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: completes-settings
spec:
  mode: cluster
  config:
    common:
      security:
`

test('typing part of a Milvus setting under spec.config offers it, and Enter accepts it', async ({
  page,
  editor,
}) => {
  await page.goto('/')
  // Monaco is a large lazy chunk; on a loaded machine it may take a while to replace the fallback.
  await expect(editor.code).toBeAttached({ timeout: 60_000 })
  await editor.replaceAll(START)
  await editor.moveToEnd()
  await editor.typeYaml('        authorizationEn')
  await page.keyboard.press('Control+Space')
  const suggestion = page
    .locator('.suggest-widget')
    .getByRole('listitem', { name: /authorizationEnabled/ })
  await expect(suggestion).toBeVisible()
  await page.keyboard.press('Enter')
  await editor.typeYaml('true')
  await expect.poll(() => editor.text()).toBe(`${START}        authorizationEnabled: true`)
})

test('chart keys under inCluster.values come from the chart chartVersion selects', async ({
  page,
  editor,
}) => {
  const start = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: completes-chart-keys
spec:
  mode: cluster
  dependencies:
    etcd:
      inCluster:
        values:
`
  await page.goto('/')
  // Monaco is a large lazy chunk; on a loaded machine it may take a while to replace the fallback.
  await expect(editor.code).toBeAttached({ timeout: 60_000 })
  await editor.replaceAll(start)
  await editor.moveToEnd()
  await editor.typeYaml('          replicaCo')
  await page.keyboard.press('Control+Space')
  await expect(
    page.locator('.suggest-widget').getByRole('listitem', { name: /replicaCount/ }),
  ).toBeVisible()
  await page.keyboard.press('Enter')
  await expect.poll(() => editor.text()).toBe(`${start}          replicaCount: `)
})
