import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../derive'
import { PRESETS } from './index'

const summary = (id: string) => {
  const preset = PRESETS.find((p) => p.id === id)
  if (!preset) throw new Error(id)
  const derived = deriveDocument(preset.yaml)
  return { derived, list: derived.findings.map((f) => `${f.severity} ${f.rule} ${f.message.en}`) }
}

describe('presets through deriveDocument', () => {
  const clean = PRESETS.filter((p) => p.group !== 'docs-original').map((p) => p.id)
  it.each(clean)('%s has no error findings', (id) => {
    const { derived, list } = summary(id)
    expect(derived.ok).toBe(true)
    expect(derived.resource).toBeDefined()
    expect(list.filter((f) => f.startsWith('error'))).toEqual([])
  })

  const originals = PRESETS.filter((p) => p.group === 'docs-original').map((p) => p.id)
  it.each(originals)('%s teaches at least one error or warning', (id) => {
    const { list } = summary(id)
    expect(list.filter((f) => /^(error|warning)/.test(f)).length).toBeGreaterThan(0)
  })
})
