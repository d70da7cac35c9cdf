import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PackChange, PackChangelog } from '@/domain/pack/changelog';
import type { Pack } from '@/domain/pack/schema';
import { migrateSessionToPack } from '@/domain/records/pack-migration';
import type { Session, StoredAnswer } from '@/domain/records/schema';
import { createSession } from '@/domain/records/session';
import type { Answer } from '@/domain/scoring/answer';
import { makeMiniPack } from '../../fixtures/mini-pack';

const BASE = makeMiniPack();
const QUESTION_IDS = BASE.questions.map((question) => question.id);
const COMPETENCY_IDS = BASE.competencies.map((competency) => competency.id);
// Ids an old session may hold that no changelog mentions (a hand-edited pack, a lost changelog entry).
const STRAY_QUESTIONS = ['stray-self-1', 'old-scenario-9'];
const STRAY_COMPETENCIES = ['retired-skill'];

interface Edit {
  renameQuestions: string[];
  removeQuestions: { id: string; replacedBy: string | null }[];
  renameCompetencies: string[];
  removeCompetencies: { id: string; replacedBy: string | null }[];
}

const subset = (ids: readonly string[]) => fc.subarray([...ids]);

/** Any edit of the mini pack: each id renamed, removed (maybe replaced by another), or kept. */
const editArbitrary: fc.Arbitrary<Edit> = fc
  .record({
    questions: fc.array(fc.constantFrom('keep', 'rename', 'remove'), { minLength: QUESTION_IDS.length, maxLength: QUESTION_IDS.length }),
    competencies: fc.array(fc.constantFrom('keep', 'rename', 'remove'), { minLength: COMPETENCY_IDS.length, maxLength: COMPETENCY_IDS.length }),
    questionReplacement: fc.option(fc.constantFrom(...QUESTION_IDS), { nil: null }),
    competencyReplacement: fc.option(fc.constantFrom(...COMPETENCY_IDS), { nil: null }),
  })
  .map(({ questions, competencies, questionReplacement, competencyReplacement }) => {
    const pick = (ids: readonly string[], fates: readonly string[], fate: string) => ids.filter((_, i) => fates[i] === fate);
    const keptQuestions = pick(QUESTION_IDS, questions, 'keep');
    const keptCompetencies = pick(COMPETENCY_IDS, competencies, 'keep');
    return {
      renameQuestions: pick(QUESTION_IDS, questions, 'rename'),
      removeQuestions: pick(QUESTION_IDS, questions, 'remove').map((id) => ({
        id,
        replacedBy: questionReplacement && keptQuestions.includes(questionReplacement) ? questionReplacement : null,
      })),
      renameCompetencies: pick(COMPETENCY_IDS, competencies, 'rename'),
      removeCompetencies: pick(COMPETENCY_IDS, competencies, 'remove').map((id) => ({
        id,
        replacedBy: competencyReplacement && keptCompetencies.includes(competencyReplacement) ? competencyReplacement : null,
      })),
    };
  });

/** The pack after the edit, and the changelog entry that records it. */
function applyEdit(edit: Edit): { pack: Pack; changelog: PackChangelog } {
  const pack = structuredClone(BASE);
  pack.meta.version = '2.0.0';
  const renamedId = (id: string) => `${id}-v2`;
  const goneQuestions = new Set(edit.removeQuestions.map((entry) => entry.id));
  const goneCompetencies = new Set(edit.removeCompetencies.map((entry) => entry.id));
  const mapQuestion = (id: string) => (edit.renameQuestions.includes(id) ? renamedId(id) : id);
  const mapCompetency = (id: string) => (edit.renameCompetencies.includes(id) ? renamedId(id) : id);
  pack.questions = pack.questions
    .filter((question) => !goneQuestions.has(question.id))
    .map((question) => ({ ...question, id: mapQuestion(question.id), competency: mapCompetency(question.competency) }));
  pack.competencies = pack.competencies
    .filter((competency) => !goneCompetencies.has(competency.id))
    .map((competency) => ({ ...competency, id: mapCompetency(competency.id) }));
  for (const assessment of pack.assessments) assessment.questionIds = assessment.questionIds.filter((id) => !goneQuestions.has(id)).map(mapQuestion);
  const reason = 'An edit the property test made.';
  const change: PackChange = {
    version: '2.0.0',
    previous: '1.0.0',
    date: '2026-02-01',
    summary: 'Any edit of the mini pack.',
    added: [],
    renamed: [
      ...edit.renameQuestions.map((id) => ({ kind: 'question' as const, from: id, to: renamedId(id), reason })),
      ...edit.renameCompetencies.map((id) => ({ kind: 'competency' as const, from: id, to: renamedId(id), reason })),
    ],
    removed: [
      ...edit.removeQuestions.map((entry) => ({ kind: 'question' as const, ...entry, reason })),
      ...edit.removeCompetencies.map((entry) => ({ kind: 'competency' as const, ...entry, reason })),
    ],
    retargeted: [],
    changed: [],
  };
  return { pack, changelog: { type: 'rungs/pack-changelog', pack: pack.meta.id, versions: [change] } };
}

const answerArbitrary: fc.Arbitrary<Answer> = fc.oneof(
  fc.integer({ min: 0, max: 4 }).map((value) => ({ kind: 'rating' as const, value })),
  fc.constantFrom('a', 'b', 'c', 'z').map((optionId) => ({ kind: 'choice' as const, optionId })),
  fc.constant({ kind: 'notSure' as const }),
  fc.constant({ kind: 'notApplicable' as const }),
);
const storedArbitrary: fc.Arbitrary<StoredAnswer> = fc.record({ answer: answerArbitrary, at: fc.integer({ min: 0, max: 2_000_000_000_000 }) });
const text = fc.string({ minLength: 1, maxLength: 20 });

const sessionArbitrary: fc.Arbitrary<Session> = fc
  .record({
    answerIds: subset([...QUESTION_IDS, ...STRAY_QUESTIONS]),
    stored: fc.array(storedArbitrary, { minLength: 8, maxLength: 8 }),
    evidence: fc.dictionary(fc.constantFrom(...COMPETENCY_IDS, ...STRAY_COMPETENCIES), text),
    mentorRatings: fc.dictionary(fc.constantFrom(...COMPETENCY_IDS, ...STRAY_COMPETENCIES), fc.integer({ min: 0, max: 4 })),
    mentorNotes: fc.dictionary(fc.constantFrom(...COMPETENCY_IDS, ...STRAY_COMPETENCIES), text),
  })
  .map(({ answerIds, stored, evidence, mentorRatings, mentorNotes }) => ({
    ...createSession({ id: 's1', profileId: 'me', pack: BASE, assessmentId: 'full', targetLevel: 'two', now: new Date('2026-01-10T10:00:00Z') }),
    answers: Object.fromEntries(answerIds.map((id, i) => [id, stored[i]!])),
    evidence,
    mentorRatings,
    mentorNotes,
  }));

describe('migrateSessionToPack (property)', () => {
  it('should keep every answer, note and rating either under the id that stands for it now or stored and listed as retired', () => {
    fc.assert(
      fc.property(editArbitrary, sessionArbitrary, (edit, session) => {
        const { pack, changelog } = applyEdit(edit);
        const { session: migrated, report } = migrateSessionToPack(session, pack, changelog);
        const current = new Set(pack.questions.map((question) => question.id));
        const targetOf = (kind: 'question' | 'competency', id: string) =>
          report.renamed.find((entry) => entry.kind === kind && entry.from === id)?.to ??
          report.merged.find((entry) => kind === 'competency' && entry.from === id)?.into ??
          id;
        const retired = (kind: 'question' | 'competency', id: string, part: string) =>
          report.retired.some((item) => item.kind === kind && item.id === id && (item.parts as string[]).includes(part));

        for (const [id, stored] of Object.entries(session.answers)) {
          if (retired('question', id, 'answer')) {
            // Kept in the record as it was, unless its id is a question still asked (where it would be scored).
            if (!current.has(id)) expect(migrated.answers[id]).toEqual(stored);
            continue;
          }
          const target = targetOf('question', id);
          expect(current.has(target)).toBe(true);
          // Mapped: the answer is there, or one given to the same question later.
          expect(migrated.answers[target]?.at).toBeGreaterThanOrEqual(stored.at);
        }
        for (const [part, before, after] of [
          ['evidence', session.evidence, migrated.evidence],
          ['mentor rating', session.mentorRatings, migrated.mentorRatings],
          ['mentor note', session.mentorNotes, migrated.mentorNotes],
        ] as const) {
          for (const [id, value] of Object.entries(before)) {
            if (retired('competency', id, part)) expect((after as Record<string, unknown>)[id]).toEqual(value);
            else expect((after as Record<string, unknown>)[targetOf('competency', id)]).toEqual(value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
