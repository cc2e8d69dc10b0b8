// ESLint flat config. Formatting is Prettier's job (`npm run lint` runs both); this file only
// holds rules about meaning, so eslint-config-prettier comes last to switch off style rules.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import prettier from 'eslint-config-prettier';
import {configs as lit} from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import {configs as wc} from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserCode = [
  'src/**/*.ts',
  'test/**/*.ts',
  'test/**/pages/**/*.js',
  'stories/**/*.ts',
  'demo/**/*.{js,ts}',
  'bench/**/*.js',
];
const nodeCode = [
  '*.{js,mjs,cjs}',
  'bin/**/*.js',
  'scripts/**/*.{js,mjs}',
  'test/**/*.mjs',
  '.storybook/**/*.{js,mjs,ts}',
];

export default defineConfig([
  // types/ is generated from the manifest (`npm run analyze`).
  globalIgnores(['dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'custom-elements.json', 'types/']),

  js.configs.recommended,
  // Not type-aware: the syntactic rules catch most of what matters here, run in about a second,
  // and `npm run typecheck` already runs the compiler over the same files.
  tseslint.configs.recommended,

  {
    files: browserCode,
    extends: [lit['flat/recommended'], wc['flat/best-practice'], litA11y.configs.recommended],
    languageOptions: {globals: globals.browser},
    settings: {wc: {elementBaseClasses: ['LitElement']}},
    rules: {
      // LitElement implements every lifecycle callback, so an unguarded `super.connectedCallback()`
      // is always safe.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: nodeCode,
    languageOptions: {globals: globals.node},
  },

  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'separate-type-imports'}],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      // A focused test left in silently skips the rest of the suite (the `no-only-tests` rule).
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'suite', 'test', 'context'].map((object) => ({
          object,
          property: 'only',
          message: 'Remove .only before committing: it skips every other test.',
        })),
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    // The URL pattern names control characters on purpose: it refuses them (`java\tscript:`).
    files: ['src/feed/patterns.ts'],
    rules: {'no-control-regex': 'off'},
  },

  prettier,
]);
