// Rules that read fields exactly as the operator v1.3.8 does (see src/model/operator).
export { endpointOperatorSplit } from './endpointOperatorSplit'
export { storageTlsPort } from './storageTlsPort'
export { versionUnreadable } from './versionUnreadable'
export { secretKeysMissing } from './secretKeysMissing'
export { secretNamespace } from './secretNamespace'
export { secretWrongType } from './secretWrongType'
export { nameTooLong } from './nameTooLong'
