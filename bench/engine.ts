/**
 * Engine benchmark (Node): derive from scratch, one form-style edit plus updated findings, and the
 * same text through the two approaches peers use (`yaml` parseDocument + toString; js-yaml load + dump).
 * Prints one JSON object on stdout (`npm run bench` reads it), and on stderr the ten rules whose
 * `check` costs most on the 500- and 5,000-line documents (median ms per call, same context as derive).
 */
import * as jsyaml from 'js-yaml'
import { parseDocument } from 'yaml'
import { createDocumentCache, deriveDocument } from '../src/derive'
import { ALL_RULES, ruleContext, runRules, type Rule, type RuleContext } from '../src/rules'
import { chartValuesKeys } from '../src/rules/lib/chartValues'
import { configKeys } from '../src/rules/lib/configKeys'
import { liftedRaw, schemaVisits } from '../src/rules/lib/schemaWalk'
import { parseYaml, setAtPath } from '../src/yaml'
import { forgetParses } from '../src/yaml/fastStream'
import { makeDocument, SIZES } from './generate'
import { time as timeRuns, type Stat } from './stats'

interface SizeResult {
  lines: number
  derive: Stat
  edit: Stat
  editMoving: Stat
  yamlRoundTrip: Stat
  jsYamlRoundTrip: Stat
}

const results: Record<string, SizeResult> = {}
for (const size of SIZES) {
  const text = makeDocument(size)
  const runs = size >= 5000 ? 30 : 100
  // Each row runs as many times untimed as timed first: the rows are what an edit costs once the
  // engine is compiled and warm (the studio's derive worker lives as long as the page), not how
  // fast V8 tiers up 88 rules in the first hundred runs.
  const time = (fn: () => unknown, n: number): Stat => timeRuns(fn, n, n)
  let n = 0
  results[String(size)] = {
    lines: text.split('\n').length - 1,
    // From scratch: a text never seen, no parse to take over from, no memo of earlier documents.
    derive: time(() => {
      forgetParses()
      return deriveDocument(`${text}# run ${++n}\n`, { cache: createDocumentCache() })
    }, runs),
    // A form edit: set one path, then the findings the UI shows for the new text. The parser
    // takes over what the edit left alone from the text read before, as in the studio.
    edit: time(() => {
      const next = setAtPath(text, ['spec', 'components', 'proxy', 'replicas'], 3 + ++n)
      return deriveDocument(next).findings.length
    }, runs),
    // The same with a value whose length changes every time, which moves everything after it.
    editMoving: time(() => {
      const value = ++n % 2 ? 10_000 + n : 1_000_000 + n
      const next = setAtPath(text, ['spec', 'components', 'proxy', 'replicas'], value)
      return deriveDocument(next).findings.length
    }, runs),
    yamlRoundTrip: time(() => parseDocument(text).toString(), runs),
    jsYamlRoundTrip: time(() => jsyaml.dump(jsyaml.load(text)), runs),
  }
}
process.stdout.write(JSON.stringify(results))

interface RuleCost {
  rule: string
  /** Median and p95 ms of one `check` call, by document size. */
  bySize: Record<string, Stat>
}

/** The walks rules share on a context (lib/shared.ts): each measured on its own, from scratch. */
const SHARED_WORK: readonly (readonly [string, (ctx: RuleContext) => unknown])[] = [
  ['(shared) schema walk', (ctx) => schemaVisits(ctx)],
  ['(shared) chart values keys', (ctx) => chartValuesKeys(ctx)],
  ['(shared) spec.config keys', (ctx) => configKeys(ctx)],
  ['(shared) lifted document', (ctx) => liftedRaw(ctx)],
]

/**
 * Each rule's `check` alone, on the context derive gives the rules for each size's document, with
 * the shared walks already done (they are measured as rows of their own, on a fresh context each
 * time). The p95 shows what garbage collection of the allocations adds; the median is the work.
 */
function ruleCosts(sizes: readonly number[], rules: readonly Rule[]): RuleCost[] {
  const contexts = sizes.map((size) => {
    const ctx = ruleContext(parseYaml(makeDocument(size)).documents[0]?.value)
    runRules(ctx, rules)
    return { size, ctx, runs: size >= 5000 ? 20 : 50 }
  })
  const report = (): void => undefined
  const row = (rule: string, run: (ctx: RuleContext) => unknown): RuleCost => ({
    rule,
    bySize: Object.fromEntries(
      contexts.map(({ size, ctx, runs }) => [size, timeRuns(() => run(ctx), runs)]),
    ),
  })
  return [
    ...SHARED_WORK.map(([name, read]) => row(name, (ctx) => read({ ...ctx, shared: new Map() }))),
    ...rules.map((rule) => row(rule.id, (ctx) => rule.check(ctx, report))),
  ]
}

const COST_SIZES = [500, 5000] as const
const costs = ruleCosts(COST_SIZES, ALL_RULES)
const cost = (c: RuleCost, size: number): Stat => c.bySize[size] ?? { median: 0, p95: 0, runs: 0 }
const cell = (s: Stat): string => `${s.median.toFixed(3)} / ${s.p95.toFixed(3)}`.padStart(17)
const sum = (size: number): Stat => ({
  median: costs.reduce((t, c) => t + cost(c, size).median, 0),
  p95: costs.reduce((t, c) => t + cost(c, size).p95, 0),
  runs: 0,
})
const top = [...costs].sort((a, b) => cost(b, 5000).median - cost(a, 5000).median).slice(0, 10)
process.stderr.write(
  [
    `Rule check cost, ms per call, median / p95 (${ALL_RULES.length} rules and the walks they share; top 10 on 5,000 lines):`,
    `  ${'rule'.padEnd(40)} ${'500 lines'.padStart(17)} ${'5,000 lines'.padStart(17)}`,
    ...[
      ...top,
      { rule: 'all rules and shared walks (sum)', bySize: { 500: sum(500), 5000: sum(5000) } },
    ].map((c) => `  ${c.rule.padEnd(40)} ${cell(cost(c, 500))} ${cell(cost(c, 5000))}`),
    '',
  ].join('\n'),
)
