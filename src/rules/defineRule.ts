/** Rule definition and the runner. Pure: a rule gets a context and reports; nothing else. */
import { liftToV1beta1, normalize, isRecord, type MilvusResource } from '../model'
import { originalPathFixer } from './lib/originalPaths'
import type { Finding, Fix, ReportOptions, Rule, RuleContext, Severity } from './types'

/** Identity helper that gives a rule literal its type (and a place for future checks). */
export function defineRule(rule: Rule): Rule {
  return rule
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

function pathKey(path: readonly (string | number)[]): string {
  return path.map(String).join('\u0000')
}

/**
 * What the rules see for one parsed document: the v1alpha1 lift, then normalize (as the derive
 * step does), the apiVersion/kind as written and the document as parsed.
 */
export function ruleContext(raw: unknown, baseline?: MilvusResource): RuleContext {
  const resource = normalize(liftToV1beta1(raw).value).resource
  const text = (key: string): string =>
    isRecord(raw) && typeof raw[key] === 'string' ? raw[key] : ''
  return {
    resource,
    raw,
    original: { apiVersion: text('apiVersion'), kind: text('kind') },
    shared: new Map(),
    ...(baseline ? { baseline } : {}),
  }
}

/** A fix that rewrites apiVersion converts the document: its patches are already in the written paths. */
function convertsDocument(fix: Fix): boolean {
  return fix.patches.some(
    (p) => p.op === 'set' && p.path.length === 1 && p.path[0] === 'apiVersion',
  )
}

/**
 * Runs each rule, isolating failures (a throwing rule becomes an internal-error finding). Rules
 * reason in v1beta1 paths; on a v1alpha1 document every fix is rewritten here, once for all rules,
 * into the paths of the text as written (a fix that v1alpha1 cannot hold is dropped).
 */
export function runRules(ctx: RuleContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = []
  const toOriginal = originalPathFixer(ctx.raw)
  const fixOf = (options: ReportOptions | undefined) => {
    if (!options?.fix) return undefined
    return toOriginal && !convertsDocument(options.fix) ? toOriginal(options.fix) : options.fix
  }
  for (const rule of rules) {
    if (ctx.fragmentAt && rule.needsWholeResource === true) continue
    try {
      rule.check(ctx, (path, message, options) => {
        const fix = fixOf(options)
        findings.push({
          rule: rule.id,
          severity: options?.severity ?? rule.severity,
          path: [...path],
          message,
          explanation: options?.explanation ?? rule.explanation,
          source: rule.source,
          ...(fix ? { fix } : {}),
        })
      })
    } catch (err) {
      findings.push({
        rule: 'internal-error',
        severity: 'warning',
        path: [],
        message: {
          en: `Rule ${rule.id} failed on this document: ${String(err)}`,
          ko: `규칙 ${rule.id}이(가) 이 문서에서 실패했습니다: ${String(err)}`,
        },
        explanation: { en: 'This is a bug in the studio.', ko: '스튜디오의 버그입니다.' },
        source: 'milvus-config-studio',
      })
    }
  }
  // Each path's key is built once, not once per comparison.
  const keyed = findings.map((f) => ({ f, key: pathKey(f.path) }))
  keyed.sort(
    (a, b) =>
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0),
  )
  return keyed.map((k) => k.f)
}
