// typescript-eslint's recommended rules, plus promises that must be awaited or handled, and React's rules of hooks
// in the browser app. Formatting is left alone.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'test/layers/fixture/', 'apps/web/src/api/casus-api.d.ts'] },
  { files: ['**/*.ts', '**/*.tsx', '**/*.mts'], extends: [tseslint.configs.recommended] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A leading underscore marks what is left out on purpose, e.g. `const { d: _secret, ...publicJwk } = jwk`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    extends: [reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs.flat.recommended],
  },
);
