import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { CHECKED_PACK_QUERY, checkedPacks } from '../../.ci/checked-packs';
import { parsePack } from '@/domain/pack/parse-pack';
import { questionPackOf } from '@/domain/pack/question-pack';
import { isCheckedPackFile } from '@/packs/checked-pack';
import { checkedPackModule, checkedPackPart } from '@/packs/checked-pack-module';
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

/** The plugin's load hook, as Vite calls it (the app's code imported here, instead of loaded with tsx). */
async function load(id: string): Promise<Emitted> {
  const plugin: Plugin = checkedPacks(async () => ({ parsePack, checkedPackModule, checkedPackPart }));
  const hook = plugin.load as (this: unknown, id: string) => Promise<Emitted>;
  return hook.call({ error: (message: string) => { throw new Error(message); } }, id);
}

/** The import of each part an index module makes, e.g. "./a.json?checked-pack-part=whole". */
const partImports = (code: string) => [...code.matchAll(/import\("([^"]+)"\)/g)].map((match) => match[1]!);

describe('checkedPacks', () => {
  it('should turn a pack file asked for with its query into an index whose parts are the whole pack and each assessment’s questions', async () => {
    const file = packFile(makeMiniPack());
    const index = await load(`${file}?${CHECKED_PACK_QUERY}`);
    expect(index?.moduleType).toBe('js');
    const parts = partImports(index!.code);
    expect(parts).toEqual(['./a.json?checked-pack-part=whole', ...makeMiniPack().assessments.map((assessment) => `./a.json?checked-pack-part=questions-${assessment.id}`)]);
    const whole = await load(`${file}?${parts[0]!.split('?')[1]!}`);
    expect(runModule(whole!.code)).toEqual(makeMiniPack());
    const questions = await load(`${file}?${parts[1]!.split('?')[1]!}`);
    expect(runModule(questions!.code)).toEqual(questionPackOf(makeMiniPack(), makeMiniPack().assessments[0]!.id));
  });

  it('should emit the problems of a pack that fails, for the page to list it as broken, and no parts', async () => {
    const index = await load(`${packFile({ ...makeMiniPack(), levels: 'seven' })}?${CHECKED_PACK_QUERY}`);
    const file = runModule(index!.code);
    expect(isCheckedPackFile(file) && !file.ok && file.problems.map((problem) => problem.path)).toEqual(['levels']);
    expect(partImports(index!.code)).toEqual([]);
  });

  it('should leave any other import of a JSON file to Vite', async () => {
    expect(await load(packFile(makeMiniPack()))).toBeNull();
    expect(await load(`${packFile(makeMiniPack())}?raw`)).toBeNull();
  });
});
