/** `export --to migration --baseline FILE FILE`: the migration runbook the Baseline dialog shows. */
import { deriveDocument } from '../derive'
import { migrationScript, planMigration } from '../export'
import { EXIT, type Lang } from './io'
import type { CommandResult } from './commands'

/** The recommended plan from the baseline text to the new text, as the studio's script. */
export function runMigrationExport(baselineText: string, text: string, lang: Lang): CommandResult {
  const baseline = deriveDocument(baselineText).resource
  const next = deriveDocument(text).resource
  if (!baseline || !next) {
    const which = !baseline ? '--baseline' : 'FILE'
    return {
      code: EXIT.findings,
      stdout: '',
      stderr:
        lang === 'ko'
          ? `${which}: 읽을 수 있는 Milvus 리소스가 없습니다.\n`
          : `${which}: no readable Milvus resource.\n`,
    }
  }
  const plan = planMigration(baseline, next)
  if (!plan) {
    return {
      code: EXIT.ok,
      stdout: '',
      stderr:
        lang === 'ko'
          ? '메시지 저장소와 모드가 같아 이전할 것이 없습니다.\n'
          : 'Store and mode are the same: nothing to migrate.\n',
    }
  }
  return {
    code: plan.refused ? EXIT.findings : EXIT.ok,
    stdout: migrationScript(plan, lang),
    stderr: plan.refused ? `${plan.refused[lang]}\n` : '',
  }
}
