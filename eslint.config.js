// Lint is where the layer rules of docs/ARCHITECTURE.md are enforced: each block below names a
// folder and the imports it must not make, with the reason in the message.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureCoreRestriction = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'pg', 'pg-boss'],
      message: 'rules and engine are pure: no I/O, no database, no environment (docs/ARCHITECTURE.md).',
    },
    {
      group: ['**/apps/**'],
      message: 'Pure cores must not depend on applications.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'data/**', 'apps/web/dist/**', 'bench/out/**', 'bin/**', 'test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['packages/rules/src/**/*.ts', 'packages/engine/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCoreRestriction],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Pure cores do not read the environment.' },
      ],
    },
  },
  {
    files: ['packages/contracts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/**', '**/engine/**', 'pg', 'fastify'], message: 'contracts import zod only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/server/**', '**/apps/cli/**'],
              message:
                'The web app talks to the server over HTTP only; share types through packages/contracts.',
            },
            { group: ['**/packages/engine/**'], message: 'The web app does not run the engine.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/server/src/**/*.ts'],
    ignores: ['apps/server/src/config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Only apps/server/src/config reads process.env; take values from Config.',
        },
      ],
    },
  },
  {
    files: ['apps/server/src/modules/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.repository', '**/*.repository.js', '**/db/**'],
              message: 'Routes call services, never repositories or the database.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/server/src/modules/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.service', '**/*.routes', 'fastify'],
              message: 'Repositories hold SQL only; no services or HTTP.',
            },
          ],
        },
      ],
    },
  },
);
