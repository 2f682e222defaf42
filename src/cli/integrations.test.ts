/**
 * The ready-made integration files (pre-commit hook, GitHub Actions, GitLab CI) call the CLI with
 * options it accepts, under the name package.json publishes.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseArgs } from './args'
import { parseLintOptions } from './lintCommand'

const read = (path: string): string => readFileSync(resolve(process.cwd(), path), 'utf8')
const pkg = JSON.parse(read('package.json')) as {
  name: string
  bin: Record<string, string>
  files: string[]
}
const VALUED = ['format', 'lang', 'max-warnings', 'rule', 'disable']

/** Every `milvus-studio lint ...` command line in a text, without shell redirections. */
function lintCommands(text: string): string[][] {
  return [...text.matchAll(/milvus-studio (lint[^\n>|]*)/g)].map((m) =>
    (m[1] ?? '').trim().split(/\s+/),
  )
}

function accepts(argv: string[]): boolean {
  const args = parseArgs(argv.slice(1), VALUED)
  const paths = args.positionals.length > 0 ? args.positionals : ['staged.yaml']
  return (
    args.missing.length === 0 &&
    'options' in parseLintOptions(paths, args.options, args.repeated, 'en')
  )
}

describe('integration files', () => {
  it('the pre-commit hooks run the published bin on YAML files', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as {
      id: string
      entry: string
      language: string
      files: string
    }[]
    expect(hooks.map((h) => h.id)).toEqual(['milvus-studio-lint', 'milvus-studio-fix'])
    for (const hook of hooks) {
      const [bin, ...argv] = hook.entry.split(' ')
      expect(Object.keys(pkg.bin)).toContain(bin)
      expect(accepts(argv)).toBe(true)
      expect(new RegExp(hook.files).test('k8s/milvus.yml')).toBe(true)
    }
  })

  it.each(['docs/integrations/github-actions.yml', 'docs/integrations/gitlab-ci.yml'])(
    '%s runs valid lint commands of the published package',
    (path) => {
      const text = read(path)
      expect(() => parse(text) as unknown).not.toThrow()
      const commands = lintCommands(text)
      expect(commands.length).toBeGreaterThan(0)
      expect(commands.every(accepts)).toBe(true)
      expect(text).toContain(`npx --yes ${pkg.name} lint`)
      expect(text).toContain('--format sarif')
    },
  )

  it('the package ships the launcher and the bundle only', () => {
    expect(pkg.files).toEqual([
      'bin/milvus-studio.mjs',
      'bin/milvus-studio.bundle.mjs',
      'README.md',
    ])
  })
})
