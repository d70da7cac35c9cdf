import { describe, expect, it } from 'vitest';
import { isCurrentOn, questionPackOf } from '@/domain/pack/question-pack';
import { buildQuestionnaire, progressOf } from '@/domain/questionnaire/questionnaire';
import type { Session } from '@/domain/records/schema';
import { createSession } from '@/domain/records/session';
import { loadRealPacks } from '../../fixtures/real-packs';
import { makeMiniPack } from '../../fixtures/mini-pack';

const packs = [...loadRealPacks(), ['mini', makeMiniPack()] as const];

/** A session with every other question of its assessment rated 2, the rest unanswered. */
function halfAnswered(session: Session, questionIds: readonly string[]): Session {
  const answers = Object.fromEntries(questionIds.filter((_id, i) => i % 2 === 0).map((id) => [id, { answer: { kind: 'rating' as const, value: 2 }, at: 0 }]));
  return { ...session, answers };
}

describe.each(packs)('questionPackOf, on pack %s', (_name, pack) => {
  it.each(pack.assessments.map((assessment) => [assessment.id, assessment]))(
    'should hold all the question screens of the %s assessment need: the same questionnaire and progress as the whole pack',
    (assessmentId, assessment) => {
      const part = questionPackOf(pack, assessmentId)!;
      expect(buildQuestionnaire(part, assessmentId)).toEqual(buildQuestionnaire(pack, assessmentId));
      const session = halfAnswered(
        createSession({ id: 's-1', profileId: 'me', pack, assessmentId, targetLevel: pack.levels[0]!.id, now: new Date(0) }),
        assessment.questionIds,
      );
      expect(progressOf(part, session)).toEqual(progressOf(pack, session));
    },
  );

  it('should leave out other assessments’ questions and everything the results alone show', () => {
    const [first] = pack.assessments;
    const part = questionPackOf(pack, first!.id)!;
    expect(part.questions.map((question) => question.id).sort()).toEqual([...first!.questionIds].sort());
    expect(Object.keys(part).sort()).toEqual(['assessments', 'competencies', 'groups', 'levels', 'meta', 'questions', 'scale']);
    expect(part.competencies.every((competency) => Object.keys(competency).length === 4)).toBe(true);
    expect(part.levels.every((level) => Object.keys(level).length === 2)).toBe(true);
  });

  it('should have no part for an assessment the pack lacks', () => {
    expect(questionPackOf(pack, 'no-such-assessment')).toBeUndefined();
  });
});

describe('isCurrentOn', () => {
  const pack = makeMiniPack();
  const part = questionPackOf(pack, pack.assessments[0]!.id)!;
  const base = createSession({ id: 's-1', profileId: 'me', pack, assessmentId: pack.assessments[0]!.id, targetLevel: pack.levels[1]!.id, now: new Date(0) });

  it.each([
    ['answered on this version', {}, true],
    ['answered on another version', { packVersion: '0.9.0' }, false],
    ['whose assessment is gone', { assessmentId: 'retired' }, false],
    ['whose target level is gone', { targetLevel: 'retired-level' }, false],
  ])('should say whether a session %s reads as it stands, on the part and on the whole pack alike', (_what, change: Partial<Session>, current) => {
    const session = { ...base, ...change };
    expect(isCurrentOn(session, part)).toBe(current);
    expect(isCurrentOn(session, pack)).toBe(current);
  });
});
