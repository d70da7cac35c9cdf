import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPack } from '@/domain/pack/count-pack';
import { suggestTargetLevel } from '@/domain/pack/levels';
import { startPartOf } from '@/domain/pack/start-pack';
import { createSession } from '@/domain/records/session';
import { loadRealPacks } from '../../fixtures/real-packs';
import { makeMiniPack } from '../../fixtures/mini-pack';

const packs = [...loadRealPacks(), ['mini', makeMiniPack()] as const];

describe('startPartOf', () => {
  it.each(packs)('should keep only what Home shows and starts from, in the pack’s order (%s)', (_, pack) => {
    const { pack: start, counts } = startPartOf(pack);
    expect(start.meta).toEqual({ id: pack.meta.id, title: pack.meta.title, summary: pack.meta.summary, version: pack.meta.version });
    expect(start.levels).toEqual(pack.levels.map(({ id, title, years }) => ({ id, title, years })));
    expect(start.assessments).toEqual(pack.assessments.map(({ id, title, description, minutes, questionIds }) => ({ id, title, description, minutes, questionIds })));
    expect(counts).toEqual(countPack(pack));
  });

  it('should be a small fraction of the pack it is cut from', () => {
    for (const [, pack] of loadRealPacks()) expect(JSON.stringify(startPartOf(pack)).length).toBeLessThan(JSON.stringify(pack).length / 20);
  });

  it.each(packs)('should suggest the same target level as the whole pack for any role and experience (%s)', (_, pack) => {
    const start = startPartOf(pack).pack;
    const role = fc.option(fc.constantFrom(...pack.levels.map((level) => level.id), 'not-a-level'));
    const years = fc.option(fc.oneof(fc.integer({ min: 0, max: 45 }), fc.double({ noNaN: false })));
    fc.assert(
      fc.property(role, years, (currentLevel, worked) => {
        expect(suggestTargetLevel(start, currentLevel, worked)?.id).toBe(suggestTargetLevel(pack, currentLevel, worked)?.id);
      }),
    );
  });

  it.each(packs)('should start the same session as the whole pack (%s)', (_, pack) => {
    const start = startPartOf(pack).pack;
    for (const assessment of pack.assessments) {
      const input = { id: 's1', profileId: 'me', assessmentId: assessment.id, targetLevel: pack.levels.at(-1)!.id, now: new Date(0) };
      expect(createSession({ ...input, pack: start })).toEqual(createSession({ ...input, pack }));
    }
  });
});
