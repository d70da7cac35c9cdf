// Lives in .ci/ to keep the project's top level to the agreed entries; `npm run lint` passes it with --config.
import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Text is text: nothing from a pack, a file or storage is ever rendered as HTML or run as a URL.
      'react/no-danger': 'error',
      'react/jsx-no-script-url': 'error',
      'react/jsx-key': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no UI, store, storage or browser. It must run the same in a test, a worker or a bench.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain must not depend on React.' },
            { group: ['zustand', 'zustand/*', 'recharts', 'wouter', 'wouter/*', 'idb-keyval', 'react-hook-form'], message: 'src/domain must not depend on UI or storage libraries.' },
            { group: ['@/store/*', '@/features/*', '@/components/*', '@/app/*'], message: 'src/domain must not import from the app layers.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location'].map((name) => ({
          name,
          message: 'src/domain is pure: pass what it needs as arguments.',
        })),
      ],
      'no-restricted-syntax': ['error', { selector: "MetaProperty[property.name='env']", message: 'import.meta.env is a Vite API: keep it out of src/domain.' }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '.ci/**/*.{ts,js,mjs}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['.ci/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
