// Message-storage, webhook, schema and Kafka/persistence rules (issue: the engine).
import type { Rule } from './types'

export const MESSAGE_STORAGE_RULES: readonly Rule[] = []
