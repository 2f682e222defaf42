import { describe, expect, it } from 'vitest'
import { escapeMarkdown, fieldHelpMarkdown, type FieldHelpText } from './fieldHelp'

const text = (lang: 'en' | 'ko'): FieldHelpText => ({
  lang,
  describeDefault: (v) => `default ${v}`,
  describeEnum: (v) => `one of ${v}`,
  describeSince: (v) => `since ${v}`,
  describeOperatorSince: (v) => `operator ${v}`,
})

describe('fieldHelpMarkdown', () => {
  it('lists description, default, allowed values and version in the UI language', () => {
    const md = fieldHelpMarkdown(
      'msgStreamType',
      {
        kind: 'string',
        description: { en: 'Which message store.', ko: '어떤 메시지 저장소인지.' },
        default: 'pulsar',
        enum: ['', 'rocksmq', 'kafka'],
        since: { milvus: '2.6' },
      },
      text('ko'),
    )
    expect(md).toContain('**msgStreamType**')
    expect(md).toContain('어떤 메시지 저장소인지\\.')
    expect(md).toContain('default `"pulsar"`')
    expect(md).toContain('one of `""`, `rocksmq`, `kafka`')
    expect(md).toContain('since 2\\.6')
  })

  it('leaves out what the field does not have', () => {
    const md = fieldHelpMarkdown(
      'x',
      { kind: 'object', description: { en: 'Plain.', ko: '.' } },
      text('en'),
    )
    expect(md).not.toContain('default')
    expect(md).not.toContain('one of')
  })
})

describe('escapeMarkdown', () => {
  it('escapes markup characters', () => {
    expect(escapeMarkdown('<b>*x*</b>')).toBe('\\<b\\>\\*x\\*\\</b\\>')
  })
})
