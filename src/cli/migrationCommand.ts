/**
 * `export --to migration|upgrade --baseline FILE FILE`: the migration runbook and the upgrade plan
 * the Baseline dialog shows, as the same scripts.
 */
import { deriveDocument } from '../derive'
import { migrationScript, planMigration, planUpgrade, upgradeScript } from '../export'
import type { MilvusResource } from '../model'
import { EXIT, type Lang } from './io'
import type { CommandResult } from './commands'

type Pair = { baseline: MilvusResource; next: MilvusResource } | { failed: CommandResult }

function readPair(baselineText: string, text: string, lang: Lang): Pair {
  const baseline = deriveDocument(baselineText).resource
  const next = deriveDocument(text).resource
  if (baseline && next) return { baseline, next }
  const which = !baseline ? '--baseline' : 'FILE'
  return {
    failed: {
      code: EXIT.findings,
      stdout: '',
      stderr:
        lang === 'ko'
          ? `${which}: 읽을 수 있는 Milvus 리소스가 없습니다.\n`
          : `${which}: no readable Milvus resource.\n`,
    },
  }
}

/** The upgrade plan from the baseline's Milvus version to the new text's, as the studio's script. */
export function runUpgradeExport(baselineText: string, text: string, lang: Lang): CommandResult {
  const pair = readPair(baselineText, text, lang)
  if ('failed' in pair) return pair.failed
  const plan = planUpgrade(pair.baseline, pair.next)
  if (!plan)
    return {
      code: EXIT.ok,
      stdout: '',
      stderr:
        lang === 'ko'
          ? 'Milvus 버전이 같아 업그레이드할 것이 없습니다.\n'
          : 'The Milvus version is the same: nothing to upgrade.\n',
    }
  const refused = plan.refused ?? (plan.store.ok ? undefined : plan.store.note)
  return {
    code: refused ? EXIT.findings : EXIT.ok,
    stdout: upgradeScript(plan, lang),
    stderr: refused ? `${refused[lang]}\n` : '',
  }
}

/** The recommended plan from the baseline text to the new text, as the studio's script. */
export function runMigrationExport(baselineText: string, text: string, lang: Lang): CommandResult {
  const pair = readPair(baselineText, text, lang)
  if ('failed' in pair) return pair.failed
  const { baseline, next } = pair
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
