import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { CHECKED_PACK_QUERY, QUESTION_INDEX_QUERY, START_PART_QUERY, checkedPacks } from '../../.ci/checked-packs';
import { parsePack } from '@/domain/pack/parse-pack';
import { questionPackOf } from '@/domain/pack/question-pack';
import { startPartOf } from '@/domain/pack/start-pack';
import { isCheckedPackFile, isQuestionPackIndex, isStartPartFile } from '@/packs/checked-pack';
import { checkedPackModule, questionIndexModule, questionPartModule, scoringPartModule, startPartModule } from '@/packs/checked-pack-module';
import { makeMiniPack } from '../fixtures/mini-pack';
import { runModule } from '../fixtures/run-module';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes a pack file into a fresh assessments/ folder and hands back its path. */
function packFile(data: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'rungs-packs-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assessments'));
  const file = join(dir, 'assessments', 'a.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

type Emitted = { code: string; moduleType: string } | null;

/** The plugin's load hook, as Vite calls it (the app's code imported here, instead of loaded with tsx), in a build or the dev server. */
async function load(id: string, command: 'build' | 'serve' = 'build'): Promise<Emitted> {
  const plugin: Plugin = checkedPacks(async () => ({ parsePack, checkedPackModule, questionIndexModule, questionPartModule, scoringPartModule, startPartModule }));
  (plugin.configResolved as (config: { command: string }) => void)({ command });
  const hook = plugin.load as (this: unknown, id: string) => Promise<Emitted>;
  return hook.call({ error: (message: string) => { throw new Error(message); } }, id);
}

/** The import of each part a question index makes, e.g. "./a.json?checked-pack-part=quick". */
const partImports = (code: string) => [...code.matchAll(/import\("([^"]+)"\)/g)].map((match) => match[1]!);

describe('checkedPacks', () => {
  it('should turn a pack file asked for with its query into parsePack’s verdict, as a JavaScript module', async () => {
    const emitted = await load(`${packFile(makeMiniPack())}?${CHECKED_PACK_QUERY}`);
    expect(emitted?.moduleType).toBe('js');
    const file = runModule(emitted!.code);
    expect(isCheckedPackFile(file) && file.result).toEqual(parsePack(makeMiniPack()));
  });

  it('should emit the problems of a pack that fails, for the page to list it as broken, and no question parts', async () => {
    const file = packFile({ ...makeMiniPack(), levels: 'seven' });
    const verdict = runModule((await load(`${file}?${CHECKED_PACK_QUERY}`))!.code);
    expect(isCheckedPackFile(verdict) && !verdict.result.ok && verdict.result.error.map((problem) => problem.path)).toEqual(['levels']);
    const index = await load(`${file}?${QUESTION_INDEX_QUERY}`);
    expect(partImports(index!.code)).toEqual([]);
    expect(isQuestionPackIndex(runModule(index!.code))).toBe(true);
  });

  it('should emit a pack’s start part, or the problems of a pack that fails, for Home to list', async () => {
    const start = runModule((await load(`${packFile(makeMiniPack())}?${START_PART_QUERY}`))!.code);
    expect(isStartPartFile(start) && start.start).toEqual({ ok: true, value: startPartOf(makeMiniPack()) });
    const broken = runModule((await load(`${packFile({ ...makeMiniPack(), levels: 'seven' })}?${START_PART_QUERY}`))!.code);
    expect(isStartPartFile(broken) && !broken.start.ok && broken.start.error.map((problem) => problem.path)).toEqual(['levels']);
  });

  it('should index each assessment’s question part, each its own module', async () => {
    const file = packFile(makeMiniPack());
    // The dev server adds parameters of its own to the query.
    const index = await load(`${file}?${QUESTION_INDEX_QUERY}&import`);
    const parts = partImports(index!.code);
    expect(parts).toEqual(makeMiniPack().assessments.map((assessment) => `./a.json?checked-pack-part=${assessment.id}`));
    const part = await load(`${file}?${parts[0]!.split('?')[1]!}&import`);
    expect(runModule(part!.code)).toEqual(questionPackOf(makeMiniPack(), makeMiniPack().assessments[0]!.id));
  });

  it('should have the dev server transform the parts, which it would otherwise send as the raw JSON file', async () => {
    const index = await load(`${packFile(makeMiniPack())}?${QUESTION_INDEX_QUERY}&import`, 'serve');
    expect(partImports(index!.code).every((url) => url.endsWith('&import'))).toBe(true);
  });

  it('should leave any other import of a JSON file to Vite', async () => {
    expect(await load(packFile(makeMiniPack()))).toBeNull();
    expect(await load(`${packFile(makeMiniPack())}?raw`)).toBeNull();
  });
});
