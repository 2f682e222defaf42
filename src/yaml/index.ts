// Public API of the YAML layer.
export type {
  Position,
  Range,
  YamlProblem,
  YamlLimits,
  ParsedDocument,
  ParsedStream,
} from './types'
export { parseYaml, DEFAULT_LIMITS } from './parseYaml'
export {
  setAtPath,
  deleteAtPath,
  applyPatches,
  describePath,
  mayDescribe,
  EditRefusal,
  isEditRefusal,
  EDIT_CONSTRUCTS,
} from './edit'
export type { EditOptions, SharedChoice, SharedData, EditConstruct, PathEditInfo } from './edit'
export { serializeYaml } from './serializeYaml'
export { getInValue, setInValue, deleteInValue } from './valuePath'
