import { describe, expect, it } from 'vitest';
import { parsePack } from '@/domain/pack/parse-pack';
import { questionPackOf } from '@/domain/pack/question-pack';
import { scoringPackOf } from '@/domain/pack/scoring-pack';
import { isCheckedPackFile, isQuestionPackIndex, isScoringPackFile } from '@/packs/checked-pack';
import { checkedPackModule, questionIndexModule, questionPartModule, scoringPartModule } from '@/packs/checked-pack-module';
import { PACK_MODULES, QUESTION_INDEX_MODULES, SCORING_PART_MODULES } from '@/packs/pack-files';
import { makeMiniPack } from '../fixtures/mini-pack';
import { runModule } from '../fixtures/run-module';

/** Runs a question index module, each part loaded from the module questionPartModule emits for `pack`. */
function runIndex(code: string, pack = makeMiniPack()): unknown {
  const withParts = code.replace(/import\("part:([^"]+)"\)/g, (_all, assessmentId: string) => {
    const part = runModule(questionPartModule(pack, assessmentId) ?? 'export default undefined');
    return `Promise.resolve({ default: ${JSON.stringify(part)} })`;
  });
  return runModule(withParts);
}
const partUrl = (assessmentId: string) => `part:${assessmentId}`;

describe('checkedPackModule', () => {
  it('should emit a module whose default export is a checked file holding the verdict parsePack gave', () => {
    const verdict = parsePack(makeMiniPack());
    const file = runModule(checkedPackModule(verdict));
    expect(isCheckedPackFile(file) && file.result).toEqual(verdict);
  });

  it('should carry a failing pack’s problems, so the page can list it as broken', () => {
    const file = runModule(checkedPackModule(parsePack({ ...makeMiniPack(), levels: 'seven' })));
    expect(isCheckedPackFile(file) && !file.result.ok && file.result.error).toContainEqual({ path: 'levels', message: expect.stringMatching(/array/) });
  });

  it('should write the data as one JSON.parse string, which a browser parses faster than an object literal', () => {
    expect(checkedPackModule(parsePack(makeMiniPack()))).toMatch(/result: JSON\.parse\("\{\\"ok\\":true/);
  });
});

describe('questionIndexModule', () => {
  it('should emit an index that loads each assessment’s question part, and only that', async () => {
    const pack = makeMiniPack();
    const index = runIndex(questionIndexModule(parsePack(pack), partUrl), pack);
    if (!isQuestionPackIndex(index)) throw new Error('not a question index');
    expect(index.id).toBe('mini');
    expect(Object.keys(index.questions)).toEqual(pack.assessments.map((assessment) => assessment.id));
    const [first] = pack.assessments;
    expect(await index.questions[first!.id]!()).toEqual(questionPackOf(pack, first!.id));
  });

  it('should offer no part of a pack that failed its check', () => {
    const index = runIndex(questionIndexModule(parsePack({ ...makeMiniPack(), levels: 'seven' }), partUrl));
    expect(isQuestionPackIndex(index) && index).toMatchObject({ id: null, questions: {} });
  });
});

describe('questionPartModule', () => {
  it('should have no part for an assessment the pack lacks', () => {
    expect(questionPartModule(makeMiniPack(), 'nowhere')).toBeUndefined();
  });
});

describe('scoringPartModule', () => {
  it('should emit the pack’s scoring part under its id, as one JSON.parse string', () => {
    const code = scoringPartModule(parsePack(makeMiniPack()));
    expect(code).toMatch(/scoring: JSON\.parse\("/);
    const file = runModule(code);
    expect(isScoringPackFile(file) && file).toMatchObject({ id: 'mini', scoring: scoringPackOf(makeMiniPack()) });
  });

  it('should offer no part of a pack that failed its check', () => {
    const file = runModule(scoringPartModule(parsePack({ ...makeMiniPack(), levels: 'seven' })));
    expect(isScoringPackFile(file) && file).toMatchObject({ id: null, scoring: null });
  });
});

describe('isCheckedPackFile and isQuestionPackIndex', () => {
  it('should never take raw JSON for what the build emitted, whatever it holds', () => {
    const lookalikes: unknown[] = [
      JSON.parse(JSON.stringify({ 'rungs/checked-pack': true, result: { ok: true, value: {} }, questions: {}, scoring: {} })),
      makeMiniPack(),
      null,
    ];
    expect(lookalikes.filter((data) => isCheckedPackFile(data) || isQuestionPackIndex(data) || isScoringPackFile(data))).toEqual([]);
  });
});

describe('PACK_MODULES and QUESTION_INDEX_MODULES', () => {
  it('should hand over every pack in assessments/ already checked, and its question parts, in tests and dev as in the build', async () => {
    const files = await Promise.all(Object.values(PACK_MODULES).map((load) => load()));
    const indexes = await Promise.all(Object.values(QUESTION_INDEX_MODULES).map((load) => load()));
    expect(files.length).toBeGreaterThan(0);
    expect(indexes).toHaveLength(files.length);
    for (const [i, file] of files.entries()) {
      if (!isCheckedPackFile(file) || !file.result.ok) throw new Error('a pack in assessments/ did not pass the build’s check');
      const index = indexes[i];
      if (!isQuestionPackIndex(index)) throw new Error('a pack in assessments/ has no question index');
      expect(index.id).toBe(file.result.value.meta.id);
      expect(await index.questions['quick']!()).toEqual(questionPackOf(file.result.value, 'quick'));
    }
  });

  it('should hand over each pack’s scoring part beside it, in tests and dev as in the build', async () => {
    const files = await Promise.all(Object.values(PACK_MODULES).map((load) => load()));
    const parts = await Promise.all(Object.values(SCORING_PART_MODULES).map((load) => load()));
    expect(parts).toHaveLength(files.length);
    for (const [i, file] of files.entries()) {
      if (!isCheckedPackFile(file) || !file.result.ok) throw new Error('a pack in assessments/ did not pass the build’s check');
      expect(isScoringPackFile(parts[i]) && parts[i]).toMatchObject({ id: file.result.value.meta.id, scoring: scoringPackOf(file.result.value) });
    }
  });
});
