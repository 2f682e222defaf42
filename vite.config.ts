/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

/**
 * Content-Security-Policy for the production build: scripts, workers and connections only from the
 * page's own origin, no `unsafe-eval`. Styles allow inline because Monaco injects <style> elements.
 * Build-only: the dev server's React refresh preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'milvus-studio-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta}`)
    },
  }
}

// One config for the app build and the Vitest `test` block.
// Engine tests run in `node`; app tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    // monaco-yaml's worker (via monaco-worker-manager) imports monaco-editor/esm/vs/..., which
    // monaco-editor's `exports` map now serves as monaco-editor/... .
    // Its page side (monaco-worker-manager) still calls Monaco's removed createWebWorker API.
    alias: [
      { find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: 'monaco-editor/$1' },
      {
        find: /^monaco-worker-manager$/,
        replacement: fileURLToPath(new URL('./app/editor/monacoWorkerManager.ts', import.meta.url)),
      },
    ],
  },
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.ts', 'app/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['src/test/setupFastCheck.ts', 'app/state/mainThreadDeriver.setup.ts'],
    testTimeout: 20000,
  },
})
