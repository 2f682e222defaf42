import { HAS_SHARED, SKIP_REASON, seedExamples } from '../src/test/sharedReference'
import { expect, test } from './fixtures'

/**
 * Each YAML example of the docs page, pasted as published, must show the problems its mistakes
 * deserve: the Pulsar `endpoints` list, misspelt chart values, NATS settings in the
 * wrong place, SASL keys with PLAINTEXT, and v1alpha1 (always standalone).
 */
interface Expectation {
  name: string
  /** Picks the example out of the page by its content. */
  matches: (text: string) => boolean
  rules: string[]
  /** Text that must appear in the Problems panel. */
  visible: RegExp
}

const EXPECTATIONS: Expectation[] = [
  {
    name: 'RocksMQ with persistence',
    matches: (t) => /msgStreamType:\s*rocksmq/.test(t),
    rules: ['message-log-pvc-deletion'],
    visible: /pvcDeletion/,
  },
  {
    name: 'NATS',
    matches: (t) => /natsmq/.test(t),
    rules: ['natsmq-removed-in-milvus-2-6', 'schema-unknown-key'],
    visible: /natsmq\.server/,
  },
  {
    name: 'external Pulsar',
    matches: (t) => /endpoints:/.test(t) && /pulsar:/.test(t),
    rules: ['schema-unknown-key', 'v1alpha1-is-standalone'],
    visible: /did you mean endpoint/,
  },
  {
    name: 'in-cluster Pulsar',
    matches: (t) => /resoureces/.test(t),
    rules: ['chart-values-unknown-key', 'v1alpha1-is-standalone'],
    visible: /resoureces/,
  },
  {
    name: 'external Kafka',
    matches: (t) => /saslUsername/.test(t) && /PLAINTEXT/.test(t),
    rules: ['kafka-sasl-settings-ignored', 'v1alpha1-is-standalone'],
    visible: /ignored with PLAINTEXT/,
  },
  {
    name: 'in-cluster Kafka',
    matches: (t) => /msgStreamType:\s*"?kafka"?/.test(t) && /inCluster:/.test(t),
    rules: ['v1alpha1-is-standalone'],
    visible: /always runs in standalone mode/,
  },
]

test.describe('importing the docs page examples', () => {
  test.skip(!HAS_SHARED, SKIP_REASON)
  const examples = HAS_SHARED ? seedExamples() : []

  for (const expectation of EXPECTATIONS) {
    test(`the ${expectation.name} example shows the problems its mistakes deserve`, async ({
      header,
      problems,
    }) => {
      const example = examples.find(expectation.matches)
      expect(example, `the docs page has a ${expectation.name} example`).toBeDefined()
      await header.open()
      await header.importYaml(example ?? '')
      await expect.poll(() => header.source()).toBe(example)
      await problems.expectFinding(expectation.visible)
      const rules = await problems.ruleIds()
      for (const rule of expectation.rules) expect(rules).toContain(rule)
      if (/milvus\.io\/v1alpha1/.test(example ?? '')) {
        await expect(header.notice(/is written as milvus\.io\/v1alpha1/)).toBeVisible()
      }
    })
  }
})
