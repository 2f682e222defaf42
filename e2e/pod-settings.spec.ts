import AxeBuilder from '@axe-core/playwright'
import { parse } from 'yaml'
import { expect, test } from './fixtures'

const DOC = `# Search cluster, staging
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: vectors
spec:
  mode: cluster
  components:
    # query nodes run on the GPU pool
    queryNode:
      replicas: 2 # two for HA
`

interface Parsed {
  spec: { components: Record<string, Record<string, unknown>> }
}

// Pod settings for one component, set in the form, land under that component in the YAML the
// user typed, with the user's comments still there.
test('sets tolerations and a node selector for the query nodes and a load balancer for the proxy', async ({
  page,
  header,
  editor,
  form,
}) => {
  await header.open()
  await editor.replaceAll(DOC)

  await form.root.locator('summary', { hasText: /^queryNode$/ }).click()
  const podSettings = form.root.locator('summary', { hasText: 'Scheduling and pod (queryNode)' })
  await podSettings.click()

  // Node selector with the keyboard: key, Tab, value, Enter.
  await form.field('New key for queryNode node selector').fill('pool')
  await page.keyboard.press('Tab')
  await page.keyboard.type('gpu')
  await page.keyboard.press('Enter')
  await expect(form.field('queryNode node selector pool')).toHaveValue('gpu')

  // Two tolerations: the first becomes Equal with a value, the second keeps Exists.
  await form.field('New toleration key for queryNode').fill('dedicated')
  await page.keyboard.press('Enter')
  await form.field('queryNode toleration 1 Operator').selectOption('Equal')
  await form.field('queryNode toleration 1 Value').fill('milvus')
  await form.field('New toleration key for queryNode').fill('nvidia.com/gpu')
  await form.root.getByRole('button', { name: 'Add to queryNode tolerations' }).click()
  await expect(form.field('queryNode toleration 2 Key')).toHaveValue('nvidia.com/gpu')

  await expect.poll(() => editor.text()).toContain('nvidia.com/gpu')
  const text = await editor.text()
  for (const comment of [
    '# Search cluster, staging',
    '# query nodes run on the GPU pool',
    '# two for HA',
  ]) {
    expect(text).toContain(comment)
  }
  const queryNode = (parse(text) as Parsed).spec.components.queryNode
  expect(queryNode).toEqual({
    replicas: 2,
    nodeSelector: { pool: 'gpu' },
    tolerations: [
      { key: 'dedicated', operator: 'Equal', effect: 'NoSchedule', value: 'milvus' },
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
    ],
  })
  // What the editor shows (Monaco renders the lines in view), not only the store's text.
  await expect(editor.region).toContainText('# query nodes run on the GPU pool')
  await expect(editor.region).toContainText('pool: gpu')

  // The open pod settings pass axe too.
  const axe = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze()
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])

  // One click puts the proxy behind an internal AWS NLB.
  await form.root.locator('summary', { hasText: /^proxy$/ }).click()
  await form.root
    .getByRole('button', { name: 'Use AWS NLB, internal load balancer for proxy' })
    .click()
  await expect(form.field('proxy service type')).toHaveValue('LoadBalancer')
  const proxy = (parse(await editor.text()) as Parsed).spec.components.proxy
  expect(proxy).toEqual({
    serviceType: 'LoadBalancer',
    serviceAnnotations: {
      'service.beta.kubernetes.io/aws-load-balancer-type': 'external',
      'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'ip',
      'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal',
    },
  })
  expect(await editor.text()).toContain('# two for HA')
})
