/**
 * Input as users paste it: elisions written as `...` (a YAML document end), fragments without
 * apiVersion/kind, and Lists from `kubectl get -o yaml`. Pure text and path helpers for deriveDocument.
 */
import type { Placement, SpecPath } from '../model'
import type { Finding, Fix, Patch } from '../rules'
import type { LocatedFinding } from './types'

/** A `...` line followed by indented content: an elision, not the end of the document. */
export interface Elision {
  readonly offset: number
  /** 1-based line of the `...` line. */
  readonly line: number
}

/** Every `...` line that is followed (after blank lines) by an indented, non-comment line. */
export function findElisions(source: string): Elision[] {
  const out: Elision[] = []
  // Most texts hold no `...` at the start of a line: skip splitting them into lines.
  if (!source.startsWith('...') && !source.includes('\n...')) return out
  const lines = source.split('\n')
  let offset = 0
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? ''
    if (/^\.\.\.\s*$/.test(text)) {
      let j = i + 1
      while (j < lines.length && /^\s*$/.test(lines[j] ?? '')) j++
      const next = lines[j] ?? ''
      if (/^\s+[^\s#]/.test(next)) out.push({ offset, line: i + 1 })
    }
    offset += text.length + 1
  }
  return out
}

/** The text with each elision's `...` turned into a comment of the same length (offsets kept). */
export function joinElisions(source: string, elisions: readonly Elision[]): string {
  let out = source
  for (const e of elisions) out = `${out.slice(0, e.offset)}#..${out.slice(e.offset + 3)}`
  return out
}

function startsWith(path: SpecPath, prefix: SpecPath): boolean {
  return prefix.every((seg, i) => path[i] === seg)
}

/**
 * Maps a finding from the coordinates the rules saw (`inner`, e.g. the wrapped resource) to the
 * document's (`outer`): strip `strip`, then prepend `prefix`. Undefined when the finding lies
 * outside the part that was written. A fix survives only when every patch maps.
 */
export function reframeFinding(f: Finding, strip: SpecPath, prefix: SpecPath): Finding | undefined {
  if (!startsWith(f.path, strip)) return undefined
  const map = (p: SpecPath): SpecPath => [...prefix, ...p.slice(strip.length)]
  const patches = f.fix?.patches ?? []
  const fixOk =
    f.fix !== undefined &&
    patches.every((p) => startsWith(p.path, strip) && p.path.length > strip.length)
  const fix: Fix | undefined =
    fixOk && f.fix
      ? { title: f.fix.title, patches: patches.map((p): Patch => ({ ...p, path: map(p.path) })) }
      : undefined
  const { fix: _dropped, ...rest } = f
  return { ...rest, path: map(f.path), ...(fix ? { fix } : {}) }
}

/** The resource a fragment stands for: the fragment set at its placement in an empty Milvus. */
export function wrapValue(value: Record<string, unknown>, at: SpecPath): Record<string, unknown> {
  const base: Record<string, unknown> = { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus' }
  if (at.length === 0) return { ...base, ...value }
  let inner: unknown = value
  for (let i = at.length - 1; i >= 0; i--) inner = { [String(at[i])]: inner }
  return { ...base, metadata: {}, ...(inner as Record<string, unknown>) }
}

const SOURCE =
  'milvus-config-studio: how pasted input is read (YAML 1.2 document markers; Kubernetes List)'

function pathText(at: SpecPath): string {
  return at.length === 0 ? 'the resource' : at.join('.')
}

/** The info that says where a fragment was placed (and what else it would fit). */
export function fragmentFinding(placement: Placement): LocatedFinding {
  const others = placement.alternatives.slice(0, 4).map(pathText)
  const more = placement.alternatives.length > 4 ? ', …' : ''
  const also =
    others.length > 0
      ? ` Its keys also fit ${others.join(', ')}${more}; the most specific was used.`
      : ''
  const alsoKo =
    others.length > 0
      ? ` 키가 ${others.join(', ')}${more}에도 맞아 가장 구체적인 위치를 썼습니다.`
      : ''
  const where = pathText(placement.at)
  return {
    rule: 'input-fragment',
    severity: 'info',
    path: [],
    message: {
      en: `Linted as a fragment of ${where}: there is no apiVersion/kind, so checks that need the whole resource are skipped.${also} Wrap it into a full resource before applying it.`,
      ko: `${where}의 일부로 검사했습니다. apiVersion/kind가 없어 리소스 전체가 필요한 검사는 건너뜁니다.${alsoKo} 적용하기 전에 전체 리소스로 감싸세요.`,
    },
    explanation: {
      en: 'A snippet from a docs page, an issue or a chat is usually part of a Milvus resource. The studio places it where its keys belong and runs every check that can judge a part; kubectl cannot apply it as it is, because a manifest needs apiVersion, kind and metadata.name.',
      ko: '문서, 이슈, 채팅에서 가져온 조각은 대개 Milvus 리소스의 일부입니다. 스튜디오는 키가 맞는 위치에 두고 일부만으로 판단할 수 있는 검사를 모두 실행합니다. 매니페스트에는 apiVersion, kind, metadata.name이 필요하므로 kubectl은 이대로 적용할 수 없습니다.',
    },
    source: SOURCE,
  }
}

/** The finding for a `...` line that ends the document in the middle of its content. */
export function elisionFinding(e: Elision, source: string): LocatedFinding {
  const start = { line: e.line, col: 1, offset: e.offset }
  const end = { line: e.line, col: 4, offset: Math.min(e.offset + 3, source.length) }
  return {
    rule: 'input-elision',
    severity: 'warning',
    path: [],
    message: {
      en: `Line ${e.line}: "..." on its own line ends the YAML document, so kubectl reads what follows as another document without apiVersion/kind and fails; delete the line or write the elided part out (the studio lints both sides as one).`,
      ko: `${e.line}행: 한 줄에 단독으로 쓴 "..."는 YAML 문서의 끝이므로 kubectl은 그 뒤를 apiVersion/kind가 없는 다른 문서로 읽고 실패합니다. 그 줄을 지우거나 생략한 부분을 채우세요(스튜디오는 양쪽을 하나로 검사합니다).`,
    },
    explanation: {
      en: 'In YAML, a line with only "..." marks the end of a document. Snippets often use it for "more settings here", but then the indented lines after it are read as a new document. The studio reads the two parts as one so the checks still see everything.',
      ko: 'YAML에서 "..."만 있는 줄은 문서의 끝을 뜻합니다. 예제는 흔히 "설정 생략"의 뜻으로 쓰지만, 그러면 그 뒤의 들여쓴 줄은 새 문서로 읽힙니다. 스튜디오는 검사가 모두를 보도록 두 부분을 하나로 읽습니다.',
    },
    source: SOURCE,
    range: { start, end },
  }
}
