import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const ENGINE_MESSAGE = 'The engine must not depend on React, the store, the DOM or Node.'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-cli/**',
      'dist-e2e/**',
      '.scratch/**',
      'docs/**',
      'node_modules/**',
      'bench/**',
      'test-results/**',
      'playwright-report/**',
      'bin/**',
      'scripts/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['warn', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Dependency direction: components reach the engine through app/state (its actions,
    // selectors, app/state/engine.ts and app/state/exports.ts); type imports of src/ stay allowed.
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/state/**', 'app/**/*.test.{ts,tsx}', 'app/test/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src', '**/src/**'],
              message:
                'Components reach the engine through app/state (actions, selectors, engine.ts, exports.ts).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Dependency direction: the engine imports no React, store, DOM or Node built-ins.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'zustand*',
                '@monaco-editor/*',
                'monaco-*',
                'node:*',
                'fs',
                'path',
                'os',
                'child_process',
                '**/app/**',
              ],
              message: ENGINE_MESSAGE,
              allowTypeImports: true,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'location',
        'localStorage',
        'sessionStorage',
        'navigator',
      ],
    },
  },
  {
    // Rules read the model only, never YAML text.
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'zustand*',
                '@monaco-editor/*',
                'monaco-*',
                'node:*',
                '**/app/**',
                'yaml',
                '../yaml',
                '../yaml/*',
              ],
              message: 'Rules read the model, not YAML, and nothing from the app or Node.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.ts', 'src/test/**/*.ts', 'e2e/**/*.ts', 'vite.config.ts'],
    rules: { 'no-restricted-globals': 'off', '@typescript-eslint/no-restricted-imports': 'off' },
  },
)
