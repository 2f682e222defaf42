import { expect, test } from './fixtures'

// Three components read one `resources` block through an anchor, as large resources do.
const SHARED = [
  'apiVersion: milvus.io/v1beta1',
  'kind: Milvus',
  'metadata:',
  '  name: shared-resources',
  'spec:',
  '  mode: cluster',
  '  components:',
  '    queryNode:',
  '      resources: &node-resources # one size for every worker',
  '        requests:',
  '          memory: 4Gi',
  '    dataNode:',
  '      resources: *node-resources',
  '    indexNode:',
  '      resources: *node-resources',
  '',
].join('\n')

const ONLY_HERE = SHARED.replace(
  '    dataNode:\n      resources: *node-resources\n',
  '    dataNode:\n      resources:\n        requests:\n          memory: 8Gi\n',
)
const ALL = SHARED.replace('memory: 4Gi', 'memory: 8Gi')

test('changing a memory request shared through an anchor asks "all or only here", and undo restores the text', async ({
  page,
  header,
  form,
}) => {
  await header.open()
  await header.importYaml(SHARED)
  await expect.poll(() => header.source()).toBe(SHARED)
  await form.root.locator('summary', { hasText: /^dataNode$/ }).click()
  const memory = form.field('dataNode Memory request')
  await expect(memory).toHaveValue('4Gi')
  const note = form.root.locator(
    '[id="ff-spec.components.dataNode.resources.requests.memory-note"]',
  )
  await expect(note).toHaveText(
    'Shared: this value comes from &node-resources (line 9), also used in 2 other place(s).',
  )

  const dialog = page.getByRole('dialog', { name: 'Change a shared value?' })
  await memory.fill('8Gi')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('shared with 2 other place(s) (&node-resources, line 9)')
  await dialog.getByRole('button', { name: 'Only here' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => header.source()).toBe(ONLY_HERE)
  await expect(form.field('queryNode Memory request')).toHaveValue('4Gi')
  await header.undo()
  await expect.poll(() => header.source()).toBe(SHARED)

  await memory.fill('8Gi')
  await dialog.getByRole('button', { name: 'Change all' }).click()
  await expect.poll(() => header.source()).toBe(ALL)
  await header.undo()
  await expect.poll(() => header.source()).toBe(SHARED)

  // Cancel leaves the text as it was.
  await memory.fill('16Gi')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect.poll(() => header.source()).toBe(SHARED)
  await expect(memory).toHaveValue('4Gi')
})
