// @vitest-environment node
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The layer fences in .ci/eslint.config.js, tried on one-line files that are never written: each bad import must be
 * refused where it is written, and the good ones next to it let through, so a fence that stops biting fails here.
 */

let eslint: ESLint;
// The first lint loads the whole config and the TypeScript parser: seconds by design, more on a busy machine, so it
// happens here, under a set-up timeout of its own, not inside the first test's.
beforeAll(async () => {
  eslint = new ESLint({ overrideConfigFile: '.ci/eslint.config.js' });
  await eslint.lintText('export {};\n', { filePath: 'src/lib/new-file.ts' });
}, 60_000);

async function restrictedImports(filePath: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${from}';\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layer fences', () => {
  it.each([
    // features never reach up into app, nor across into another feature (by alias or by a relative path)
    ['src/features/results/new-file.tsx', '@/app/shell'],
    ['src/features/results/new-file.tsx', '@/features/questionnaire/question-screen'],
    ['src/features/results/new-file.tsx', '../questionnaire/question-screen'],
    ['src/features/results/new-file.tsx', '@/features/not-found-page'],
    ['src/features/mentees/deeper/new-file.tsx', '@/features/settings/settings-page'],
    ['src/features/new-screen.tsx', '@/features/home/home-page'],
    // components are below every screen and the store
    ['src/components/new-file.tsx', '@/store/store-context'],
    ['src/components/new-file.tsx', '../store/store-context'],
    ['src/components/new-file.tsx', '@/features/results/results-page'],
    ['src/components/new-file.tsx', '@/app/shell'],
    // lib, packs and store know nothing above them
    ['src/lib/new-file.ts', '@/components/figure'],
    ['src/lib/new-file.ts', '@/packs/use-packs'],
    ['src/lib/new-file.ts', '@/store/app-store'],
    ['src/packs/new-file.ts', '@/store/store-context'],
    ['src/packs/new-file.ts', '@/features/home/home-page'],
    ['src/store/new-file.ts', '@/features/results/results-view'],
    ['src/store/new-file.ts', '@/packs/use-packs'],
    // the domain is pure, whichever way the path is written
    ['src/domain/records/new-file.ts', '@/store/app-store'],
    ['src/domain/records/new-file.ts', '../../store/app-store'],
    ['src/domain/records/new-file.ts', '../../features/results/results-view'],
    ['src/domain/new-file.ts', '../components/figure'],
    ['src/domain/new-file.ts', '@/packs/use-packs'],
    ['src/domain/new-file.ts', 'react'],
    // zod comes through one door, in its mini build
    ['src/domain/records/new-file.ts', 'zod'],
    ['src/features/home/new-file.tsx', 'zod'],
    ['src/components/new-file.tsx', 'zod/mini'],
  ])('should refuse, in %s, an import of %s', async (filePath, from) => {
    expect(await restrictedImports(filePath, from)).not.toEqual([]);
  });

  it.each([
    ['src/features/results/new-file.tsx', '@/features/results/results-view'],
    ['src/features/results/new-file.tsx', './results-view'],
    ['src/features/results/new-file.tsx', '@/components/pack-change'],
    ['src/features/results/new-file.tsx', '@/packs/use-packs'],
    ['src/features/results/new-file.tsx', '@/store/store-context'],
    ['src/components/new-file.tsx', '@/packs/pack-changelogs'],
    ['src/components/new-file.tsx', '@/lib/routes'],
    ['src/lib/new-file.ts', '@/domain/guards'],
    ['src/domain/records/new-file.ts', './schema'],
    ['src/app/new-file.tsx', '@/features/home/home-page'],
    ['src/features/home/new-file.tsx', '@/domain/zod'],
    ['src/domain/zod.ts', 'zod/mini'],
  ])('should let %s import %s', async (filePath, from) => {
    expect(await restrictedImports(filePath, from)).toEqual([]);
  });
});

describe('the loading rule', () => {
  const messages = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
  };

  it.each([
    ['src/features/results/new-file.tsx', "import { Suspense } from 'react';\n"],
    ['src/app/new-file.tsx', "import { lazy, useMemo } from 'react';\n"],
    ['src/packs/new-file.ts', "import { use } from 'react';\n"],
  ])('should refuse, in %s, React’s own way of waiting: %s', async (filePath, code) => {
    expect(await messages(filePath, code)).toEqual([expect.stringContaining('LoadingBoundary')]);
  });

  it.each([
    ['src/features/results/new-file.tsx', "import { useMemo, useState } from 'react';\n"],
    ['src/features/results/new-file.tsx', "import { LoadingBoundary, useLoaded } from '@/lib/loading-boundary';\n"],
    ['src/lib/loading-boundary.tsx', "import { Suspense, use } from 'react';\n"],
    ['src/components/figure.tsx', "import { Suspense } from 'react';\n"],
  ])('should let %s write %s', async (filePath, code) => {
    expect(await messages(filePath, code)).toEqual([]);
  });
});
