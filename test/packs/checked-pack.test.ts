import { describe, expect, it } from 'vitest';
import { parsePack } from '@/domain/pack/parse-pack';
import { questionPackOf } from '@/domain/pack/question-pack';
import { isCheckedPackFile } from '@/packs/checked-pack';
import { checkedPackModule, checkedPackPart, WHOLE_PACK } from '@/packs/checked-pack-module';
import { PACK_MODULES } from '@/packs/pack-files';
import { makeMiniPack } from '../fixtures/mini-pack';
import { runModule } from '../fixtures/run-module';

/** Runs an index module, its parts loaded from the modules checkedPackPart emits for `pack`. */
function runIndex(code: string, pack = makeMiniPack()): unknown {
  const parts = new Map<string, unknown>();
  const withParts = code.replace(/import\("part:([^"]+)"\)/g, (_all, part: string) => {
    parts.set(part, runModule(checkedPackPart(pack, part) ?? 'export default undefined'));
    return `Promise.resolve({ default: parts.get(${JSON.stringify(part)}) })`;
  });
  return new Function('parts', withParts.replace('export default', 'return'))(parts);
}
const partUrl = (part: string) => `part:${part}`;

describe('checkedPackModule', () => {
  it('should emit an index that loads the whole pack parsePack passed, and each assessment’s question part', async () => {
    const pack = makeMiniPack();
    const file = runIndex(checkedPackModule(parsePack(pack), partUrl), pack);
    if (!isCheckedPackFile(file) || !file.ok) throw new Error('not a checked, valid pack');
    expect(file.id).toBe('mini');
    expect(await file.pack()).toEqual(pack);
    expect(Object.keys(file.questions)).toEqual(pack.assessments.map((assessment) => assessment.id));
    const [first] = pack.assessments;
    expect(await file.questions[first!.id]!()).toEqual(questionPackOf(pack, first!.id));
  });

  it('should carry a failing pack’s problems, so the page can list it as broken', () => {
    const file = runIndex(checkedPackModule(parsePack({ ...makeMiniPack(), levels: 'seven' }), partUrl));
    expect(isCheckedPackFile(file) && !file.ok && file.problems).toContainEqual({ path: 'levels', message: expect.stringMatching(/array/) });
  });
});

describe('checkedPackPart', () => {
  it('should write a part as one JSON.parse string, which a browser parses faster than an object literal', () => {
    expect(checkedPackPart(makeMiniPack(), WHOLE_PACK)).toMatch(/^export default JSON\.parse\("\{/);
  });

  it('should have no part for an assessment the pack lacks', () => {
    expect(checkedPackPart(makeMiniPack(), 'questions-nowhere')).toBeUndefined();
    expect(checkedPackPart(makeMiniPack(), 'nowhere')).toBeUndefined();
  });
});

describe('isCheckedPackFile', () => {
  it('should never take raw JSON for a checked file, whatever it holds', () => {
    const lookalike: unknown = JSON.parse(JSON.stringify({ 'rungs/checked-pack': true, ok: false, problems: [] }));
    expect(isCheckedPackFile(lookalike)).toBe(false);
    expect(isCheckedPackFile(makeMiniPack())).toBe(false);
    expect(isCheckedPackFile(null)).toBe(false);
  });
});

describe('PACK_MODULES', () => {
  it('should hand over every pack in assessments/ already checked, in tests and dev as in the build', async () => {
    const files = await Promise.all(Object.values(PACK_MODULES).map((load) => load()));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      if (!isCheckedPackFile(file) || !file.ok) throw new Error('a pack in assessments/ did not pass the build’s check');
      const pack = await file.pack();
      const quick = await file.questions['quick']!();
      expect(quick).toEqual(questionPackOf(pack, 'quick'));
    }
  });
});
