/**
 * Every message in the app (catalogues, components) and the engine (rule, exporter and catalogue
 * text) uses the glossary's form of each term. Messages are read as the string literals of the
 * source files: a literal with Hangul is Korean, one with a space and no Hangul is English prose.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GLOSSARY } from './glossary'

const ROOT = join(__dirname, '..', '..')
const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g
const HANGUL = /[\uac00-\ud7a3]/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory())
      return name === 'generated' || name === 'test' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.endsWith('glossary.ts')
      ? [path]
      : []
  })
}

/** String literals outside comments, each with its language. */
interface Message {
  readonly lang: 'en' | 'ko'
  readonly text: string
}

function messagesOf(text: string): Message[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  return (code.match(LITERAL) ?? []).flatMap((literal): Message[] => {
    const body = literal.slice(1, -1)
    if (HANGUL.test(body)) return [{ lang: 'ko', text: body }]
    return / \w/.test(body) ? [{ lang: 'en', text: body }] : []
  })
}

function offences(lang: 'en' | 'ko', text: string): string[] {
  return Object.entries(GLOSSARY).flatMap(([term, entry]) =>
    entry.avoid[lang]
      .filter((re) => re.test(text))
      .map((re) => `${term}: ${re} (use "${entry[lang]}")`),
  )
}

describe('glossary', () => {
  it('does not forbid its own forms', () => {
    for (const entry of Object.values(GLOSSARY)) {
      expect(entry.avoid.en.filter((re) => re.test(entry.en))).toEqual([])
      expect(entry.avoid.ko.filter((re) => re.test(entry.ko))).toEqual([])
    }
  })

  it('finds wrong forms in a message', () => {
    expect(offences('ko', '단일 노드로 실행합니다')).toHaveLength(1)
    expect(offences('ko', 'standalone 모드에서만')).toHaveLength(1)
    expect(offences('ko', 'spec.components.standalone 값')).toEqual([])
    expect(offences('en', 'Choose the message queue')).toHaveLength(1)
    expect(
      messagesOf("// 'message queue'\nconst a = { en: 'a message stream', ko: '메시지 큐' }"),
    ).toEqual([
      { lang: 'en', text: 'a message stream' },
      { lang: 'ko', text: '메시지 큐' },
    ])
  })

  it.each(['en', 'ko'] as const)('is followed by every %s message in app/ and src/', (lang) => {
    const found: string[] = []
    for (const file of [...sourceFiles(join(ROOT, 'app')), ...sourceFiles(join(ROOT, 'src'))]) {
      for (const message of messagesOf(readFileSync(file, 'utf8')).filter((m) => m.lang === lang)) {
        for (const offence of offences(lang, message.text))
          found.push(`${relative(ROOT, file)}: ${offence}: ${message.text.slice(0, 90)}`)
      }
    }
    expect(found).toEqual([])
  })
})
