import tseslint from 'typescript-eslint';
import { featureBoundaries } from './scripts/eslint/feature-boundaries.js';

/** Imports that would tie pure logic to one runtime. */
const nodeModules = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='openExternal'][arguments.0.type!='Identifier']", message: 'Pass URLs to shell.openExternal only after isSafeExternalUrl.' },
      ],
    },
  },
  {
    // The feature is the unit: one feature uses another only through its public module.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { otasuke: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'otasuke/feature-boundaries': 'error' },
  },
  {
    // shared/ is pure: no Electron, no Node, no DOM, so it runs and is tested anywhere.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ must not import electron.' }],
          patterns: [
            { group: nodeModules, message: 'shared/ must not import Node modules.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not depend on a host.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // The renderer talks to the back end only through the API client; it never touches Node or Electron.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the back end only through api/client.' }],
          patterns: [
            { group: nodeModules, message: 'The renderer has no Node.' },
            { group: ['**/electron/**'], message: 'The renderer must not import back-end code.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // Services run in plain Node under both hosts; Electron-only code lives in electron/main.
    files: ['electron/services/**/*.ts', 'electron/browser-host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Services must run without Electron; use the Platform interface.' }] }],
    },
  },
);
