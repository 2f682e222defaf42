// Bundles the CLI (src/cli/main.ts and the engine it imports) into one ESM file for fast start-up.
// Usage: node scripts/build-cli.mjs   (bin/milvus-studio.mjs calls buildCli() when the bundle is missing or stale;
// `npm pack` runs it as `prepack`, so the published package carries the bundle and never needs esbuild)
import { renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_BUNDLE = join(root, 'bin', 'milvus-studio.bundle.mjs')

/** `import text from './file.yaml?raw'` as Vite reads it: the file's text as the default export. */
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }))
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => {
      const { readFile } = await import('node:fs/promises')
      return { contents: await readFile(args.path, 'utf8'), loader: 'text' }
    })
  },
}

/** Builds bin/milvus-studio.bundle.mjs with esbuild (a devDependency). */
export async function buildCli() {
  const { build } = await import('esbuild')
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile: CLI_BUNDLE,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [rawText],
    // A CommonJS dependency may call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  })
  // Write then rename, so a CLI starting at the same moment never imports a half-written file.
  const tmp = `${CLI_BUNDLE}.${process.pid}.tmp`
  writeFileSync(tmp, result.outputFiles[0].contents)
  renameSync(tmp, CLI_BUNDLE)
  return CLI_BUNDLE
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli()
  // stderr, so `npm pack --json` (which runs this as prepack) keeps a clean stdout
  console.error(`built ${CLI_BUNDLE}`)
}
