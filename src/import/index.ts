// Public API of the import step: other formats in, a Milvus resource out.
export { importHelmValues } from './helmImport'
export { chartProfile, parseChartVersion } from './helmProfile'
export { HELM_CHART_VERSION, HELM_APP_VERSION } from './generated/helmChart'
export type {
  HelmImportOptions,
  HelmImportResult,
  ImportNote,
  ImportNoteKind,
  ImportedSecret,
} from './types'
