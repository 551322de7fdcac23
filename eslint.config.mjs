// ESLint (flat config): the JavaScript and TypeScript rules, Lit's template rules and the
// custom-element rules. Formatting is Prettier's job (`npm run format`), so no style rules here.
//
// TypeScript: typescript-eslint needs the TypeScript 5 compiler API, which `typescript@7` (the
// native port) no longer exposes. The repository therefore pins `typescript@5.9` for both the
// type check (`tsc`) and this linter: one compiler, and type-aware rules that actually run.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '.tmp/',
      'src/generated/',
      'custom-elements.json',
      'bench/results*.json',
      'wordpress/net-treatment-widgets/assets/',
      'wordpress/net-treatment-widgets/build/',
    ],
  },
  js.configs.recommended,
  {
    // `_name` marks a parameter a signature needs but the body does not; `{ drop, ...rest }` omits a key.
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }] },
  },
  // Node: build scripts, tools, the benchmark, end-to-end and package tests, configs.
  {
    files: ['**/*.mjs', '**/*.cjs', '*.js'],
    languageOptions: { globals: globals.node },
  },
  // Node scripts that also hand functions to the browser (`page.evaluate(() => document…)`).
  {
    files: [
      'test/e2e/**/*.mjs',
      'test/package/**/*.mjs',
      'test/fixtures/**/*.mjs',
      'bench/**/*.mjs',
      'scripts/lib/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Browser: the demo, the examples and the hostile host pages' own scripts.
  {
    files: ['demo/**/*.js', 'examples/**/*.{js,jsx}', 'test/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  // The WordPress plugin: its block editor script (JSX; @wordpress/* imports become the `wp` global
  // at build time) and its real-WordPress test, which hands functions to the browser.
  {
    files: ['wordpress/**/*.js'],
    languageOptions: {
      globals: { ...globals.browser, wp: 'readonly' },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  {
    files: ['test/wordpress/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // The TypeScript example imports the published package, which only the package test installs
  // (and type-checks with tsc there): lint it without type information.
  {
    files: ['examples/**/*.ts'],
    extends: [...tseslint.configs.recommended],
    languageOptions: { globals: globals.browser },
  },
  // TypeScript (the widgets, their component tests, the tools' TypeScript), with type information.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: globals.browser,
      parserOptions: {
        // The content check's msg() stand-in is outside tsconfig.json on purpose: lit-localize
        // extracts messages from every file tsconfig includes, and must not see that one.
        projectService: { allowDefaultProject: ['scripts/content-check/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Off in tests only: @open-wc/semantic-dom-diff types chai's `equal` as async (for
      // `.dom.equal`), so every `expect(x).to.equal(y)` reads as a floating promise. The async
      // calls a test can really forget to await are caught by the rule below instead.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ExpressionStatement > CallExpression[callee.property.name=/^(accessible|isAccessible)$/], ExpressionStatement > CallExpression[callee.name=/^(fixture|oneEvent|aTimeout|nextFrame|waitUntil|sendKeys|emulateMedia|setViewport)$/]',
          message: 'Await this call: it returns a promise, and a test that does not wait for it proves nothing.',
        },
      ],
      // chai's `expect(x).to.be.true` style is an expression statement by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], wc.configs['flat/best-practice']],
  },
  // Every render is synchronous (NetElement's render rules): msg() reads the widget's locale from
  // withLocale() around render, so a directive that renders later would speak the page's locale.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit/async-directive.js', 'lit/directives/until.js', 'lit/directives/async-*.js'],
              message: 'Renders after render() returns, outside the widget’s locale (src/base/net-element.ts).',
            },
          ],
        },
      ],
    },
  },
);
