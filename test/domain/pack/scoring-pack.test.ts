import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoringPackOf } from '@/domain/pack/scoring-pack';
import type { Pack } from '@/domain/pack/schema';
import { scoreSession, type SessionInput } from '@/domain/score-session';
import type { Answer } from '@/domain/scoring/answer';
import { loadRealPacks } from '../../fixtures/real-packs';
import { makeMiniPack } from '../../fixtures/mini-pack';

const packs = [...loadRealPacks(), ['mini', makeMiniPack()] as const];

/** Any answer a question can hold, or none. */
function answerArbitrary(pack: Pack, questionId: string): fc.Arbitrary<Answer | undefined> {
  const question = pack.questions.find((candidate) => candidate.id === questionId)!;
  const given: fc.Arbitrary<Answer> =
    question.kind === 'selfRating'
      ? fc.integer({ min: 0, max: 4 }).map((value) => ({ kind: 'rating', value }))
      : fc.constantFrom(...question.options.map((option) => option.id)).map((optionId) => ({ kind: 'choice', optionId }));
  return fc.oneof({ arbitrary: given, weight: 6 }, fc.constant({ kind: 'notSure' } as const), fc.constant({ kind: 'notApplicable' } as const), fc.constant(undefined));
}

/** A session's scoring input on the whole pack: any assessment, target, answers, mentor ratings and basis. */
function inputArbitrary(pack: Pack): fc.Arbitrary<SessionInput> {
  return fc.constantFrom(...pack.assessments).chain((assessment) =>
    fc.record({
      targetLevel: fc.constantFrom(...pack.levels.map((level) => level.id)),
      answers: fc.tuple(...assessment.questionIds.map((id) => answerArbitrary(pack, id))),
      mentorRatings: fc.dictionary(fc.constantFrom(...pack.competencies.map((competency) => competency.id)), fc.integer({ min: 0, max: 4 }), { maxKeys: 8 }),
      basis: fc.constantFrom('self', 'mentor', 'lower' as const),
    }).map(({ targetLevel, answers, mentorRatings, basis }) => ({
      pack,
      questionIds: assessment.questionIds,
      answers: Object.fromEntries(assessment.questionIds.flatMap((id, i) => (answers[i] ? [[id, answers[i]] as const] : []))),
      mentorRatings,
      basis,
      targetLevel,
    })),
  );
}

/**
 * Results as numbers and ids: on the whole pack a gap carries its whole focus area and a plan item its whole actions,
 * on the part only what the part has; everything else must be the same.
 */
const comparable = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (key, item: unknown) =>
      key === 'focusArea' ? (item as { id: string }).id : key === 'actions' ? (item as { id: string; text: string }[]).map(({ id, text }) => [id, text]) : item,
    ),
  );

describe.each(packs)('scoringPackOf, on pack %s', (_name, pack) => {
  it('should keep the structure, numbers and titles, and none of the prose only the rest of the report shows', () => {
    const part = scoringPackOf(pack);
    expect(Object.keys(part).sort()).toEqual(['assessments', 'certifications', 'competencies', 'groups', 'levels', 'meta', 'questions', 'targets']);
    const text = JSON.stringify(part);
    for (const question of pack.questions) expect(text).not.toContain(JSON.stringify(question.prompt));
    expect(text).not.toMatch(/"(provenance|quote|rationale|anchors|explanation|description|summary|salary|eligibility|note|reason|dropReason|sources|role)"/);
    expect(part.meta).toEqual({ id: pack.meta.id, title: pack.meta.title, version: pack.meta.version });
    expect(part.levels.map((level) => level.title)).toEqual(pack.levels.map((level) => level.title));
    expect(part.certifications.map((certification) => certification.name)).toEqual(pack.certifications.map((certification) => certification.name));
  });

  it('should read back the same from its JSON, the form the build ships it in', () => {
    const part = scoringPackOf(pack);
    expect(JSON.parse(JSON.stringify(part))).toEqual(part);
  });

  it('should score any session exactly as the whole pack does: scores, ladder, certifications and plan', () => {
    const part = scoringPackOf(pack);
    fc.assert(
      fc.property(inputArbitrary(pack), (input) => {
        expect(comparable(scoreSession({ ...input, pack: part }))).toEqual(comparable(scoreSession(input)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('scoringPackOf, on the real pack', () => {
  it('should be much smaller than the whole pack: the first screenful waits for it alone', async () => {
    const { gzipSync } = await import('node:zlib');
    for (const [name, pack] of loadRealPacks()) {
      const whole = gzipSync(JSON.stringify(pack)).length;
      const part = gzipSync(JSON.stringify(scoringPackOf(pack))).length;
      expect(part, name).toBeLessThan(whole / 3);
    }
  });
});
