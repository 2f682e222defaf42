// Field readers that follow the Milvus operator v1.3.8 exactly (not what a person would mean).
export {
  splitHostPort,
  atoiInt32,
  getHostPortWithDefault,
  getHostPort,
  getStorageHostPort,
} from './hostPort'
export type { HostPort, SplitResult } from './hostPort'
export {
  operatorBool,
  operatorString,
  operatorMinioSecure,
  operatorMinioUseIam,
} from './configValues'
export {
  parseSemver,
  parseTolerant,
  readOperatorVersion,
  readResourceVersion,
  isImageVersionGreaterThan2_6,
  milvusVersionByImage,
} from './version'
export type { SemVer, OperatorVersionReading } from './version'
export { derivedNames, inClusterCharts, isNameInvalid, maxNameLength } from './names'
export type { DerivedName, NameCheck } from './names'
export {
  secretUses,
  storageCheckReadsSecret,
  readStreamObject,
  missingTypeKeys,
  SECRET_TYPE_KEYS,
} from './secrets'
export type { SecretUse, StreamObject } from './secrets'
export { SERVER_FIELDS, serverFieldsOf, isOperatorWritten } from './readBack'
