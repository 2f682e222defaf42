/**
 * Engine benchmark (Node): derive from scratch, one form-style edit plus updated findings, and the
 * same text through the two approaches peers use (`yaml` parseDocument + toString; js-yaml load + dump).
 * Prints one JSON object on stdout (`npm run bench` reads it), and on stderr the ten rules whose
 * `check` costs most on the 500- and 5,000-line documents (median ms per call, same context as derive).
 */
import * as jsyaml from 'js-yaml'
import { parseDocument } from 'yaml'
import { deriveDocument } from '../src/derive'
import { ALL_RULES, ruleContext, type Rule } from '../src/rules'
import { parseYaml, setAtPath } from '../src/yaml'
import { makeDocument, SIZES } from './generate'
import { time, type Stat } from './stats'

interface SizeResult {
  lines: number
  derive: Stat
  edit: Stat
  yamlRoundTrip: Stat
  jsYamlRoundTrip: Stat
}

const results: Record<string, SizeResult> = {}
for (const size of SIZES) {
  const text = makeDocument(size)
  const runs = size >= 5000 ? 30 : 100
  // Every run sees a text it has never seen, so no cache can answer for it.
  let n = 0
  results[String(size)] = {
    lines: text.split('\n').length - 1,
    derive: time(() => deriveDocument(`${text}# run ${++n}\n`), runs),
    edit: time(() => {
      // A form edit: set one path, then the findings the UI shows for the new text.
      const next = setAtPath(text, ['spec', 'components', 'proxy', 'replicas'], 3 + ++n)
      return deriveDocument(next).findings.length
    }, runs),
    yamlRoundTrip: time(() => parseDocument(text).toString(), runs),
    jsYamlRoundTrip: time(() => jsyaml.dump(jsyaml.load(text)), runs),
  }
}
process.stdout.write(JSON.stringify(results))

interface RuleCost {
  rule: string
  median: number
}

/** Each rule's `check` alone on one context (the resource and raw value derive gives the rules). */
function ruleCosts(text: string, rules: readonly Rule[], runs: number): RuleCost[] {
  const ctx = ruleContext(parseYaml(text).documents[0]?.value)
  const report = (): void => undefined
  return rules.map((rule) => ({
    rule: rule.id,
    median: time(() => rule.check(ctx, report), runs).median,
  }))
}

const COST_SIZES = [500, 5000] as const
const costs = COST_SIZES.map((size) =>
  ruleCosts(makeDocument(size), ALL_RULES, size >= 5000 ? 20 : 50),
)
const top = costs[costs.length - 1]!.map((c, i) => ({ ...c, small: costs[0]![i]!.median }))
  .sort((a, b) => b.median - a.median)
  .slice(0, 10)
const total = (cs: readonly RuleCost[]): string => cs.reduce((s, c) => s + c.median, 0).toFixed(2)
process.stderr.write(
  [
    `Rule check cost, median ms per call (${ALL_RULES.length} rules), top 10 on 5,000 lines:`,
    ...top.map(
      (c) =>
        `  ${c.rule.padEnd(40)} ${c.small.toFixed(3).padStart(8)} (500)  ${c.median.toFixed(3).padStart(8)} (5000)`,
    ),
    `  ${'all rules'.padEnd(40)} ${total(costs[0]!).padStart(8)} (500)  ${total(top.length ? costs[1]! : []).padStart(8)} (5000)`,
    '',
  ].join('\n'),
)
