// Lint rules, including the layer rule: imports point down (electron/renderer -> shared), never across.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Node built-ins by exact name (paths) and by the node: prefix (pattern).
const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'url', 'stream', 'util', 'http', 'https', 'net', 'worker_threads', 'zlib', 'buffer', 'events'];
const noNodePaths = nodeBuiltins.map((name) => ({ name, message: 'Node modules are not allowed in this layer.' }));
const noNode = [{ group: ['node:*'], message: 'Node modules are not allowed in this layer.' }];
const noElectron = [{ group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' }];
const noRenderer = [{ group: ['**/renderer/**', '../renderer/*'], message: 'Only the renderer may import renderer code.' }];
const noElectronCode = [{ group: ['**/electron/**'], message: 'Only electron/ may import electron/ code.' }];
const noDom = [{ group: ['dexie', 'dexie-*', 'react', 'react-*', 'react/*', 'zustand', 'i18next', '@tanstack/*'], message: 'shared/ is pure: no DOM, storage or UI libraries.' }];
const noUiOrStorage = [{ group: ['dexie', 'dexie-*', 'react', 'react-*', 'react/*', 'zustand', '@tanstack/*'], message: 'cli/ is a Node program: no UI or browser storage libraries.' }];
const noTeamFolder = [{ group: ['**/../shared/design/**', '**/../shared/hooks/**'], message: 'The team folder is never imported.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', { paths: noNodePaths, patterns: [...noNode, ...noElectron, ...noRenderer, ...noElectronCode, ...noDom, ...noTeamFolder] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: noNodePaths, patterns: [...noNode, ...noElectron, ...noElectronCode, ...noTeamFolder] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noRenderer, ...noTeamFolder] }],
      'no-restricted-globals': ['error', 'window', 'document'],
    },
  },
  {
    // The headless coordinator (pco): Node, shared/ code, never the renderer, Electron or UI libraries.
    files: ['cli/**/*.ts'],
    ignores: ['cli/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noRenderer, ...noElectron, ...noElectronCode, ...noUiOrStorage, ...noTeamFolder] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts', 'build/**/*.{ts,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
