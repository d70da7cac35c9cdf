import { describe, expect, it } from 'vitest';
import { parsePack } from '@/domain/pack/parse-pack';
import { checkedPackModule, isCheckedPackFile } from '@/packs/checked-pack';
import { PACK_MODULES } from '@/packs/pack-files';
import { makeMiniPack } from '../fixtures/mini-pack';
import { runModule } from '../fixtures/run-module';

describe('checkedPackModule', () => {
  it('should emit a module whose default export is a checked file holding the verdict parsePack gave', () => {
    const verdict = parsePack(makeMiniPack());
    const file = runModule(checkedPackModule(verdict));
    expect(isCheckedPackFile(file)).toBe(true);
    expect(isCheckedPackFile(file) && file.result).toEqual(verdict);
  });

  it('should carry a failing pack’s problems, so the page can list it as broken', () => {
    const verdict = parsePack({ ...makeMiniPack(), levels: 'seven' });
    const file = runModule(checkedPackModule(verdict));
    expect(isCheckedPackFile(file) && !file.result.ok && file.result.error).toContainEqual({ path: 'levels', message: expect.stringMatching(/array/) });
  });

  it('should write the data as one JSON.parse string, which a browser parses faster than an object literal', () => {
    expect(checkedPackModule(parsePack(makeMiniPack()))).toMatch(/result: JSON\.parse\("\{\\"ok\\":true/);
  });
});

describe('isCheckedPackFile', () => {
  it('should never take raw JSON for a checked file, whatever it holds', () => {
    const lookalike: unknown = JSON.parse(JSON.stringify({ 'rungs/checked-pack': true, result: { ok: true, value: {} } }));
    expect(isCheckedPackFile(lookalike)).toBe(false);
    expect(isCheckedPackFile(makeMiniPack())).toBe(false);
    expect(isCheckedPackFile(null)).toBe(false);
  });
});

describe('PACK_MODULES', () => {
  it('should hand over every pack in assessments/ already checked, in tests and dev as in the build', async () => {
    const files = await Promise.all(Object.values(PACK_MODULES).map((load) => load()));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((file) => isCheckedPackFile(file) && file.result.ok)).toBe(true);
  });
});
