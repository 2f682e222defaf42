/** Human-readable lint output: one line per finding, then a summary. */
import type { Lang } from './io'
import type { LintReport } from './lintReport'

export function formatText(report: LintReport, lang: Lang): string {
  const lines: string[] = []
  const counts = { error: 0, warning: 0, info: 0 }
  let suppressed = 0
  for (const file of report.files) {
    if (file.error !== undefined) {
      lines.push(`${file.file}: ${lang === 'ko' ? '읽을 수 없음' : 'cannot read'}: ${file.error}`)
      continue
    }
    for (const doc of file.documents) {
      for (const f of doc.findings) {
        if (f.suppressed) {
          suppressed++
          continue
        }
        counts[f.severity]++
        const where = f.path ? ` ${f.path}` : ''
        lines.push(
          `${file.file}:${f.line}:${f.column}: ${f.severity} ${oneLine(f.message)} [${f.rule}]${where}`,
        )
      }
    }
  }
  const silenced =
    suppressed === 0
      ? ''
      : lang === 'ko'
        ? `, 주석으로 제외 ${suppressed}개`
        : `, ${suppressed} suppressed by comment`
  lines.push(
    lang === 'ko'
      ? `오류 ${counts.error}개, 경고 ${counts.warning}개, 정보 ${counts.info}개${silenced} (파일 ${report.files.length}개)`
      : `${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info${silenced} (${report.files.length} file(s))`,
  )
  return lines.join('\n') + '\n'
}

/** Keeps a message on one terminal line and strips control characters (no escape sequences). */
export function oneLine(s: string): string {
  return [...s].map((c) => ((c.codePointAt(0) ?? 0) < 0x20 || c === '\u007f' ? ' ' : c)).join('')
}
