/** SARIF 2.1.0 output, for code-scanning tools. */
import { ALL_RULES, type Severity } from '../rules'
import type { Lang } from './io'
import type { LintReport } from './lintReport'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

export function formatSarif(report: LintReport, lang: Lang, version: string): string {
  const ruleIds: string[] = []
  const results = report.files.flatMap((file) =>
    file.documents.flatMap((doc) =>
      doc.findings.map((f) => {
        if (!ruleIds.includes(f.rule)) ruleIds.push(f.rule)
        return {
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: LEVEL[f.severity],
          message: { text: f.message },
          ...(f.suppressed
            ? {
                suppressions: [
                  {
                    kind: 'inSource',
                    status: 'accepted',
                    justification: f.suppressed.justification,
                  },
                ],
              }
            : {}),
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(file.file) },
                region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
              },
              ...(f.path
                ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] }
                : {}),
            },
          ],
        }
      }),
    ),
  )
  const rules = ruleIds.map((id) => {
    const rule = ALL_RULES.find((r) => r.id === id)
    return {
      id,
      shortDescription: { text: rule ? rule.title[lang] : id },
      ...(rule ? { fullDescription: { text: rule.explanation[lang] } } : {}),
      ...(rule ? { defaultConfiguration: { level: LEVEL[rule.severity] } } : {}),
    }
  })
  const notifications = report.files
    .filter((f) => f.error !== undefined)
    .map((f) => ({
      level: 'error',
      message: { text: `${f.file}: ${f.error ?? ''}` },
    }))
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'milvus-studio', version, rules } },
        results,
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications,
          },
        ],
      },
    ],
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}

function toUri(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/')
}
