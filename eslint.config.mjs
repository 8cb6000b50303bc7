// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * ESLint over the TypeScript and JavaScript of the site, its tools and tests, with
 * typescript-eslint's type-checked rules. .astro files are not linted here: eslint-plugin-astro is
 * not a dependency; `astro check` type-checks them instead.
 */
export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist.*/**',
      '.astro/**',
      '.tmp/**',
      'node_modules/**',
      'public/**',
      '**/*.astro',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
  },
  {
    rules: {
      // A leading underscore marks a value taken apart on purpose and left unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Node servers and DOM listeners take async callbacks here; each handles its own errors.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false } },
      ],
    },
  },
  {
    // ESLint's TypeScript service cannot read .astro modules (astro check types them), so their imports look untyped.
    files: ['src/components/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Tests read the JSON the site publishes and assert on its shape; typing each parse adds noise, not safety.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Test doubles are async to match the interface they stand in for.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The inline scripts are plain browser JavaScript, hashed into the CSP byte for byte.
    files: ['src/scripts/inline/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.browser } },
  },
);
