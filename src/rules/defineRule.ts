/** Rule definition and the runner. Pure: a rule gets a context and reports; nothing else. */
import type { Finding, Rule, RuleContext, Severity } from './types'

/** Identity helper that gives a rule literal its type (and a place for future checks). */
export function defineRule(rule: Rule): Rule {
  return rule
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

function pathKey(path: readonly (string | number)[]): string {
  return path.map(String).join('\u0000')
}

/** Runs each rule, isolating failures (a throwing rule becomes an internal-error finding). */
export function runRules(ctx: RuleContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    if (ctx.fragmentAt && rule.needsWholeResource === true) continue
    try {
      rule.check(ctx, (path, message, options) => {
        findings.push({
          rule: rule.id,
          severity: options?.severity ?? rule.severity,
          path: [...path],
          message,
          explanation: options?.explanation ?? rule.explanation,
          source: rule.source,
          ...(options?.fix ? { fix: options.fix } : {}),
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
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (pathKey(a.path) < pathKey(b.path) ? -1 : pathKey(a.path) > pathKey(b.path) ? 1 : 0) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  )
}
