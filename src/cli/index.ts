// Public API of the CLI core. main.ts is the Node entry.
export { runCli, CLI_VERSION } from './runCli'
export type { CliIo, Lang } from './io'
export { EXIT } from './io'
export { lintText } from './lintReport'
export type { LintReport, LintFile, LintDocument, LintFinding } from './lintReport'
