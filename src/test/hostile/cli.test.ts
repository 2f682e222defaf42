import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../../cli'
import { HOSTILE_BYTES, HOSTILE_TEXTS } from './corpus'
import { pollutionProbe, snapshotPrototypes } from './guards'

// The CLI core must answer every input with an exit code (0, 1 or 2) and a message, never with
// its "unexpected failure" fallback (that would mean something below it threw).

interface Run {
  code: number
  out: string
  err: string
}

async function cli(argv: string[], data: string | Uint8Array): Promise<Run> {
  let out = ''
  let err = ''
  const io: CliIo = {
    readFile: (path) =>
      path === 'in.yaml'
        ? Promise.resolve(data)
        : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
    stdout: (t) => {
      out += t
    },
    stderr: (t) => {
      err += t
    },
  }
  return { code: await runCli(argv, io), out, err }
}

function expectAnswered(run: Run): void {
  expect([0, 1, 2]).toContain(run.code)
  expect(run.err).not.toMatch(/unexpected failure/)
  expect(run.out.length + run.err.length).toBeGreaterThan(0)
}

const COMMANDS: readonly (readonly string[])[] = [
  ['lint', 'in.yaml'],
  ['lint', '--format', 'sarif', 'in.yaml'],
  ['export', '--to', 'effective', 'in.yaml'],
]

const before = snapshotPrototypes()

describe(`CLI on ${HOSTILE_TEXTS.length} hostile texts and ${HOSTILE_BYTES.length} byte inputs`, () => {
  it.each(HOSTILE_TEXTS.map((h) => [h.name, h] as const))(
    'answers %s with an exit code',
    async (_name, input) => {
      const text = input.build()
      for (const argv of COMMANDS) expectAnswered(await cli([...argv], text))
      expect(snapshotPrototypes()).toEqual(before)
      expect(pollutionProbe()).toEqual([undefined, undefined, undefined, undefined])
    },
  )

  it.each(HOSTILE_BYTES.map((h) => [h.name, h] as const))(
    'answers raw bytes: %s',
    async (_name, input) => {
      const bytes = input.build()
      for (const argv of [...COMMANDS, ['share', 'encode', 'in.yaml']])
        expectAnswered(await cli([...argv], bytes))
    },
  )

  it('keeps JSON output parseable for a script-carrying name', async () => {
    const text = HOSTILE_TEXTS.find((h) => h.family === 'script')?.build() ?? ''
    const run = await cli(['lint', '--format', 'json', 'in.yaml'], text)
    expectAnswered(run)
    expect(() => JSON.parse(run.out) as unknown).not.toThrow()
  })
})

describe('CLI property: never crashes on arbitrary bytes (fast-check seed 20261128, 150 runs)', () => {
  it('lint and share encode answer every byte string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        expectAnswered(await cli(['lint', 'in.yaml'], bytes))
        expectAnswered(await cli(['share', 'encode', 'in.yaml'], bytes))
      }),
      { seed: 20261128, numRuns: 150 },
    )
  })

  it('lint answers arbitrary YAML-ish text built from YAML punctuation (seed 7, 200 runs)', async () => {
    const yamlish = fc.string({
      unit: fc.constantFrom(
        ...':-?{}[],&*!|>\'"%@`# \n\tabkv01.<<'.split(''),
        '__proto__',
        '\uD800',
        '\u0000',
      ),
      maxLength: 300,
    })
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        expectAnswered(await cli(['lint', '--format', 'json', 'in.yaml'], text))
        expect(pollutionProbe()).toEqual([undefined, undefined, undefined, undefined])
      }),
      { seed: 7, numRuns: 200 },
    )
  })
})
