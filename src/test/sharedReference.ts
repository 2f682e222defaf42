/**
 * Test-only access to the reference data in ../shared (never copied into the project).
 * When the folder is absent (a user's clone), tests that need it skip with a clear message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const SHARED_DIR = resolve(process.cwd(), '..', 'shared')
export const REFERENCE_DIR = join(SHARED_DIR, 'reference')
export const HAS_SHARED = existsSync(join(REFERENCE_DIR, 'milvus-operator.md'))
export const SKIP_REASON =
  'skipped: ../shared/reference is absent (reference data lives beside the repository, not in it)'

export function readReference(rel: string): string {
  return readFileSync(join(REFERENCE_DIR, rel), 'utf8')
}

/** All operator sample files, as paths relative to reference/operator/samples. */
export function listSamples(): string[] {
  const root = join(REFERENCE_DIR, 'operator', 'samples')
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.yaml')) out.push(relative(root, p))
    }
  }
  if (existsSync(root)) walk(root)
  return out.sort()
}

export function readSample(rel: string): string {
  return readReference(join('operator', 'samples', rel))
}

/** The YAML code blocks of the seed docs page, with the HTML highlighting removed. */
export function seedExamples(): string[] {
  const md = readReference('seed/message_storage_operator.ko.md')
  const blocks = [...md.matchAll(/<code translate="no" class="language-ya?ml">([\s\S]*?)<button/gi)]
  return blocks
    .map((m) => decodeHtml((m[1] ?? '').replace(/<[^>]+>/g, '')))
    .filter((text) => /apiVersion:/.test(text))
}

function decodeHtml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
