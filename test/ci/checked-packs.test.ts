import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { CHECKED_PACK_QUERY, checkedPacks } from '../../.ci/checked-packs';
import { parsePack } from '@/domain/pack/parse-pack';
import { isCheckedPackFile } from '@/packs/checked-pack';
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

/** The plugin's load hook, as Vite calls it (the test's parsePack instead of one loaded with tsx). */
async function load(id: string): Promise<unknown> {
  const plugin: Plugin = checkedPacks(async () => parsePack);
  const hook = plugin.load as (id: string) => Promise<{ code: string; moduleType: string } | null>;
  return hook.call({}, id);
}

describe('checkedPacks', () => {
  it('should turn a pack file asked for with its query into parsePack’s verdict, as a JavaScript module', async () => {
    const emitted = (await load(`${packFile(makeMiniPack())}?${CHECKED_PACK_QUERY}`)) as { code: string; moduleType: string };
    expect(emitted.moduleType).toBe('js');
    const file = runModule(emitted.code);
    expect(isCheckedPackFile(file) && file.result).toEqual(parsePack(makeMiniPack()));
  });

  it('should emit the problems of a pack that fails, for the page to list it as broken', async () => {
    const emitted = (await load(`${packFile({ ...makeMiniPack(), levels: 'seven' })}?${CHECKED_PACK_QUERY}`)) as { code: string };
    const file = runModule(emitted.code);
    expect(isCheckedPackFile(file) && !file.result.ok && file.result.error.map((problem) => problem.path)).toEqual(['levels']);
  });

  it('should leave any other import of a JSON file to Vite', async () => {
    expect(await load(packFile(makeMiniPack()))).toBeNull();
    expect(await load(`${packFile(makeMiniPack())}?raw`)).toBeNull();
  });
});
