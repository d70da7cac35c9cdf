import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoringPackOf } from '@/domain/pack/scoring-pack';
import type { Answer } from '@/domain/scoring/answer';
import { buildFirstScreenView, scoreSessionRecord, type FirstScreenView, type Person } from '@/features/results/results-view';
import { buildResultsView } from '@/features/results/whole-view';
import { loadRealPack, makeSession, rateAll } from './results-fixtures';

const pack = loadRealPack();
const part = scoringPackOf(pack);

/** What the first screenful draws from a view: the header's fields and the headline, read as the screen reads them. */
const firstScreenOf = (view: FirstScreenView, keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, view[key as keyof FirstScreenView]]));

/** The first screenful from the scoring part and from the whole pack, for the same session and person. */
function bothWays(options: { assessmentId: string; targetLevel: string; answers: Record<string, Answer>; mentorRatings?: Record<string, number> }, person: Person) {
  const session = { ...makeSession(pack, options), basis: 'lower' as const };
  const onPart = scoreSessionRecord(part, session);
  const onWhole = scoreSessionRecord(pack, session);
  if (!onPart.ok || !onWhole.ok) throw new Error('expected the session to score on both');
  const fromPart = buildFirstScreenView(part, session, onPart.value, person);
  const keys = Object.keys(fromPart);
  // Only the first screenful: nothing of the report below it (each of those parts reads the whole pack).
  expect(keys).toContain('headline');
  expect(keys).not.toContain('gaps');
  return { fromPart: firstScreenOf(fromPart, keys), fromWhole: firstScreenOf(buildResultsView(pack, session, onWhole.value, person), keys) };
}

const answerArbitrary = (questionId: string): fc.Arbitrary<Answer | undefined> => {
  const question = pack.questions.find((candidate) => candidate.id === questionId)!;
  const given: fc.Arbitrary<Answer> =
    question.kind === 'selfRating'
      ? fc.integer({ min: 0, max: 4 }).map((value) => ({ kind: 'rating', value }))
      : fc.constantFrom(...question.options.map((option) => option.id)).map((optionId) => ({ kind: 'choice', optionId }));
  return fc.oneof({ arbitrary: given, weight: 8 }, fc.constant({ kind: 'notSure' } as const), fc.constant(undefined));
};

describe('buildFirstScreenView', () => {
  it('should draw the same first screenful from the scoring part as buildResultsView does from the whole pack, on the worked example', () => {
    const answers = { ...rateAll(pack, 'quick', 2) };
    const { fromPart, fromWhole } = bothWays({ assessmentId: 'quick', targetLevel: 'production-manager', answers }, { name: 'Me', currentLevel: null, isSelf: true });
    expect(fromPart.headline).toMatchObject({ kind: 'scored' });
    expect(fromPart).toEqual(fromWhole);
  });

  it('should say "not enough answers" from the part exactly as from the whole pack', () => {
    const { fromPart, fromWhole } = bothWays({ assessmentId: 'quick', targetLevel: 'plant-manager', answers: {} }, { name: 'Dana', currentLevel: null, isSelf: false });
    expect(fromPart.headline).toMatchObject({ kind: 'insufficient' });
    expect(fromPart).toEqual(fromWhole);
  });

  it('should draw the same first screenful for any answers, mentor ratings, role and target', () => {
    const levels = pack.levels.map((level) => level.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...pack.assessments).chain((assessment) =>
          fc.record({
            assessmentId: fc.constant(assessment.id),
            answers: fc.tuple(...assessment.questionIds.map(answerArbitrary)).map((given) =>
              Object.fromEntries(assessment.questionIds.flatMap((id, i) => (given[i] ? [[id, given[i]] as const] : []))),
            ),
            targetLevel: fc.constantFrom(...levels),
            mentorRatings: fc.dictionary(fc.constantFrom(...pack.competencies.map((competency) => competency.id)), fc.integer({ min: 0, max: 4 }), { maxKeys: 6 }),
          }),
        ),
        fc.record({ name: fc.constantFrom('Me', 'Dana'), currentLevel: fc.constantFrom(null, ...levels, 'a-level-no-longer-there'), isSelf: fc.boolean() }),
        (options, person) => {
          const { fromPart, fromWhole } = bothWays(options, person);
          expect(fromPart).toEqual(fromWhole);
        },
      ),
      { numRuns: 40 },
    );
  });
});
