#!/usr/bin/env node
// Runs the bundled CLI (bin/milvus-studio.bundle.mjs, built by scripts/build-cli.mjs and shipped in
// the npm package). In a checkout, where the bundle is missing or older than the sources, it is
// built first with esbuild, so the CLI works right after npm install; an installed package has no
// src/ and never builds.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(root, 'bin', 'milvus-studio.bundle.mjs')

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (
      (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) ||
      entry.name.endsWith('.yaml')
    )
      newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

function isStale() {
  if (!existsSync(bundle)) return true
  const src = join(root, 'src')
  return existsSync(src) && newestSource(src) > statSync(bundle).mtimeMs
}

if (isStale()) {
  const script = join(root, 'scripts', 'build-cli.mjs')
  if (!existsSync(script)) {
    console.error(`milvus-studio: ${bundle} is missing; reinstall the package.`)
    process.exit(2)
  }
  const { buildCli } = await import(pathToFileURL(script).href)
  await buildCli()
}
await import(pathToFileURL(bundle).href)
