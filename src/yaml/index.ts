// Public API of the YAML layer (owned by the YAML work).
export type { Position, Range, YamlProblem, YamlLimits, ParsedDocument, ParsedStream } from './types'
