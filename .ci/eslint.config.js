// Lives in .ci/ to keep the project's top level to the agreed entries; `npm run lint` passes it with --config.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers, lowest first: domain and lib (pure), packs and store, components, features (one folder per screen family),
// app. Each layer imports only from below it, and a feature only from its own folder; code shared by two features
// moves down to components/ or lib/. ESLint's `no-restricted-imports` takes the last options set for a file, so each
// file falls in exactly one fence below, and every fence also refuses `../` (an import that climbs out of its folder
// goes through the `@/` alias, so no relative path walks around a fence). `**/x/**` patterns catch the alias and any
// relative path that names the folder. test/ci/lint-zones.test.ts proves each fence refuses what it should.
const layer = (name) => ({
  group: [`@/${name}`, `@/${name}/**`, `**/${name}/**`],
  message: `src/${name} is a layer above this one: import downwards only (see README, Project layout).`,
});
const CLIMB = { group: ['../*', '../**'], message: 'Import from another folder through the @/ alias, so the layer fences can see it.' };
// Schemas are built from zod's mini build, through src/domain/zod.ts, which also gives its problems English words.
const ZOD = { regex: '^zod(/.*)?$', message: 'Build schemas with @/domain/zod (zod mini, English messages): classic zod ships three times the code.' };
const fence = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns: [CLIMB, ZOD, ...patterns] }] } });
/** Every screen family, and any screen alone at the top of features/: a new one gets its fence without an edit here. */
const FEATURE_ENTRIES = readdirSync(new URL('../src/features', import.meta.url), { withFileTypes: true });
const FEATURES = FEATURE_ENTRIES.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const FEATURE_MODULES = FEATURE_ENTRIES.map((entry) => entry.name.replace(/\.tsx?$/, ''));
// Named one by one rather than "all but mine": a gitignore-style negation cannot re-include a file under an excluded folder.
const otherFeatures = (own) => ({
  group: FEATURE_MODULES.filter((name) => name !== own).flatMap((name) => [`@/features/${name}`, `@/features/${name}/**`, `**/features/${name}`, `**/features/${name}/**`]),
  message: `src/features/${own} may import only its own folder among features: move what two features share down to src/components or src/lib.`,
});

const DOMAIN_FENCE = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain must not depend on React.' },
  { group: ['zustand', 'zustand/*', 'recharts', 'wouter', 'wouter/*', 'idb-keyval', 'react-hook-form'], message: 'src/domain must not depend on UI or storage libraries.' },
  CLIMB,
  ...['lib', 'packs', 'store', 'components', 'features', 'app'].map(layer),
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', '**/node_modules/**', 'test-results/**', 'playwright-report/**', '.test-output/**'] },
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
      'no-restricted-imports': ['error', { patterns: [...DOMAIN_FENCE, ZOD] }],
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
  // lib sits beside domain at the bottom (plain helpers: formatting, paths); it may use domain's guards, nothing above.
  fence(['src/lib/**/*.{ts,tsx}'], ['packs', 'store', 'components', 'features', 'app'].map(layer)),
  // Pack loading and the store sit on domain and lib, side by side: neither knows the other, nor any screen.
  fence(['src/packs/**/*.{ts,tsx}'], ['store', 'components', 'features', 'app'].map(layer)),
  fence(['src/store/**/*.{ts,tsx}'], ['packs', 'components', 'features', 'app'].map(layer)),
  // Shared UI takes what it changes as props, so it works under any screen: no store, no screen, no app.
  fence(['src/components/**/*.{ts,tsx}'], ['store', 'features', 'app'].map(layer)),
  ...FEATURES.map((name) => fence([`src/features/${name}/**/*.{ts,tsx}`], [layer('app'), otherFeatures(name)])),
  // A screen on its own at the top of features/ (not found) is a family of one.
  fence(['src/features/*.{ts,tsx}'], [layer('app'), layer('features')]),
  fence(['src/app/**/*.{ts,tsx}', 'src/main.tsx'], []),
  // The one door to zod.
  { files: ['src/domain/zod.ts'], rules: { 'no-restricted-imports': ['error', { patterns: DOMAIN_FENCE }] } },
  {
    // React reveals what Suspense hid through a retry, held back until 300 ms after the fallback showed. Screens wait
    // through src/lib/loading-boundary.tsx (LoadingBoundary, useLoaded) and lazyPart instead, which show it at once.
    // The charts' lazy library keeps React's own (a chart a moment later is no loss).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/lib/loading-boundary.tsx', 'src/components/figure.tsx', 'src/features/mentees/progress.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='react'] > ImportSpecifier[imported.name=/^(Suspense|use|lazy)$/]",
          message: 'Wait through LoadingBoundary and useLoaded, or lazyPart (src/lib): React holds Suspense content back up to 300 ms.',
        },
      ],
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
