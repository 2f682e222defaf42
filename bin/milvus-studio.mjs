#!/usr/bin/env node
// Runs the bundled CLI. When the bundle is missing, or older than the sources in a checkout,
// it is built first with esbuild (scripts/build-cli.mjs), so the CLI works right after npm install.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(root, 'dist-cli', 'milvus-studio.mjs')

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if ((entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) || entry.name.endsWith('.yaml')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

function isStale() {
  if (!existsSync(bundle)) return true
  const src = join(root, 'src')
  return existsSync(src) && newestSource(src) > statSync(bundle).mtimeMs
}

if (isStale()) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href)
  await buildCli()
}
await import(pathToFileURL(bundle).href)
