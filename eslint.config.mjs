// Lint on top of `tsc --noEmit` (strict): the recommended rules of ESLint and typescript-eslint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'bench/dist/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', performance: 'readonly' } },
    rules: {
      // Destructuring away a field (`{ block: _played, ...rest }`) is how state drops it.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests load modules fresh (jest.isolateModules); .cjs files are CommonJS by definition.
    files: ['test/**/*.ts', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Stripping control characters is what these patterns are for.
    files: ['lambda/src/speech/ssml.ts', 'scripts/coach/normalize.ts'],
    rules: { 'no-control-regex': 'off' },
  },
);
