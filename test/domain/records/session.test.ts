import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  answersOf,
  byDateNewestFirst,
  completeSession,
  createSession,
  moveToStep,
  sessionDate,
  sessionInputOf,
  setBasis,
  setEvidence,
  setMentorNote,
  setMentorRating,
  storedAnswerOf,
} from '@/domain/records/session';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack();
const at = (day: string) => new Date(`${day}T10:00:00.000Z`);

/** A completed quick session with answers, an example, the mentor's ratings and notes, on the mentor's basis. */
function previousSession() {
  let session = createSession({ id: 's1', profileId: 'ana', pack, assessmentId: 'quick', targetLevel: 'two', now: at('2026-01-01') });
  session = answerQuestion(session, 'lean-self-1', { kind: 'rating', value: 2 }, at('2026-01-01'));
  session = answerQuestion(session, 'safety-self-1', { kind: 'notSure' }, at('2026-01-01'));
  session = answerQuestion(session, 'lean-scenario-1', { kind: 'choice', optionId: 'b' }, at('2026-01-01'));
  session = setMentorRating(session, 'lean', 3, at('2026-01-02'));
  session = setMentorNote(session, 'lean', 'Ran a good 5S week', at('2026-01-02'));
  session = setBasis(session, 'mentor', at('2026-01-02'));
  return completeSession(session, at('2026-01-02'));
}

describe('createSession', () => {
  it('should start blank, on self-ratings, without a source', () => {
    const session = createSession({ id: 's2', profileId: 'ana', pack, assessmentId: 'quick', targetLevel: 'two', now: at('2026-02-01') });
    expect(session).toMatchObject({ answers: {}, evidence: {}, mentorRatings: {}, mentorNotes: {}, basis: 'self', completedAt: null, step: 0, revision: 0 });
  });

  it('should carry the answers asked, the mentor’s ratings and notes and the basis forward from the last session', () => {
    const previous = previousSession();
    const session = createSession({ id: 's2', profileId: 'ana', pack, assessmentId: 'quick', targetLevel: 'two', now: at('2026-02-01'), prefillFrom: previous });
    // The scenario is not asked by the quick assessment: it would count without being seen.
    expect(Object.keys(session.answers).sort()).toEqual(['lean-self-1', 'safety-self-1']);
    expect(session.answers['lean-self-1']).toEqual(previous.answers['lean-self-1']);
    expect(session.mentorRatings).toEqual({ lean: 3 });
    expect(session.mentorNotes).toEqual({ lean: 'Ran a good 5S week' });
    expect(session.basis).toBe('mentor');
    expect(session).toMatchObject({ id: 's2', completedAt: null, startedAt: '2026-02-01T10:00:00.000Z', revision: 0, conflictOf: null });
  });

  it('should not share objects with the source, so editing one never edits the other', () => {
    const previous = previousSession();
    const session = createSession({ id: 's2', profileId: 'ana', pack, assessmentId: 'quick', targetLevel: 'two', now: at('2026-02-01'), prefillFrom: previous });
    const changed = setMentorRating(session, 'lean', 4, at('2026-02-02'));
    expect(previous.mentorRatings).toEqual({ lean: 3 });
    expect(changed.mentorRatings).toEqual({ lean: 4 });
    expect(session.mentorRatings).not.toBe(previous.mentorRatings);
  });

  it('should carry nothing over from a session of another pack', () => {
    const other = { ...previousSession(), packId: 'other-pack' };
    const session = createSession({ id: 's2', profileId: 'ana', pack, assessmentId: 'quick', targetLevel: 'two', now: at('2026-02-01'), prefillFrom: other });
    expect(session).toMatchObject({ answers: {}, mentorRatings: {}, mentorNotes: {}, basis: 'self' });
  });
});

const blank = (id = 's9', day = '2026-03-01') => createSession({ id, profileId: 'ana', pack, assessmentId: 'quick', targetLevel: 'two', now: at(day) });

describe('answerQuestion', () => {
  it('should replace an earlier answer to the same question, stamp when, and count a revision', () => {
    const first = answerQuestion(blank(), 'lean-self-1', { kind: 'rating', value: 1 }, at('2026-03-02'));
    const second = answerQuestion(first, 'lean-self-1', { kind: 'rating', value: 3 }, at('2026-03-03'));
    expect(second.answers).toEqual({ 'lean-self-1': { answer: { kind: 'rating', value: 3 }, at: at('2026-03-03').getTime() } });
    expect(second.revision).toBe(first.revision + 1);
    expect(second.updatedAt).toBe(at('2026-03-03').toISOString());
  });
});

describe('moveToStep and setBasis', () => {
  it('should return the same session when nothing changes, so nothing is written', () => {
    const session = blank();
    expect(moveToStep(session, 0, at('2026-03-02'))).toBe(session);
    expect(setBasis(session, 'self', at('2026-03-02'))).toBe(session);
  });

  it('should record a new step as a change', () => {
    const moved = moveToStep(blank(), 2, at('2026-03-02'));
    expect(moved).toMatchObject({ step: 2, revision: 1, updatedAt: at('2026-03-02').toISOString() });
  });
});

describe('setEvidence', () => {
  it('should keep an example as typed and remove it when only blanks are left', () => {
    const given = setEvidence(blank(), 'lean', '  Ran 5S weekly  ', at('2026-03-02'));
    expect(given.evidence).toEqual({ lean: '  Ran 5S weekly  ' });
    expect(setEvidence(given, 'lean', '   ', at('2026-03-03')).evidence).toEqual({});
  });
});

describe('completeSession', () => {
  it('should keep the first completion time when completed again', () => {
    const once = completeSession(blank(), at('2026-03-02'));
    const twice = completeSession(once, at('2026-03-05'));
    expect(twice.completedAt).toBe(at('2026-03-02').toISOString());
  });
});

describe('setMentorRating and setMentorNote', () => {
  it('should clear a rating given null and a note given only blanks', () => {
    const rated = setMentorNote(setMentorRating(blank(), 'lean', 3, at('2026-03-02')), 'lean', 'Good', at('2026-03-02'));
    expect(rated).toMatchObject({ mentorRatings: { lean: 3 }, mentorNotes: { lean: 'Good' } });
    const cleared = setMentorNote(setMentorRating(rated, 'lean', null, at('2026-03-03')), 'lean', '  ', at('2026-03-03'));
    expect(cleared).toMatchObject({ mentorRatings: {}, mentorNotes: {} });
  });
});

describe('storedAnswerOf', () => {
  it('should read own answers only, never a name on the prototype', () => {
    const session = answerQuestion(blank(), 'lean-self-1', { kind: 'notSure' }, at('2026-03-02'));
    expect(storedAnswerOf(session.answers, 'lean-self-1')?.answer).toEqual({ kind: 'notSure' });
    expect(storedAnswerOf(session.answers, 'constructor')).toBeUndefined();
    expect(storedAnswerOf(session.answers, 'toString')).toBeUndefined();
  });
});

describe('answersOf', () => {
  it('should hand the scoring engine each answer without when it was given', () => {
    let session = answerQuestion(blank(), 'lean-self-1', { kind: 'rating', value: 2 }, at('2026-03-02'));
    session = answerQuestion(session, 'lean-scenario-1', { kind: 'choice', optionId: 'b' }, at('2026-03-02'));
    expect(answersOf(session)).toEqual({ 'lean-self-1': { kind: 'rating', value: 2 }, 'lean-scenario-1': { kind: 'choice', optionId: 'b' } });
  });
});

describe('sessionDate and byDateNewestFirst', () => {
  it('should date a session by its completion, else its start, never by a later edit', () => {
    const started = blank('s1', '2026-03-01');
    const edited = answerQuestion(started, 'lean-self-1', { kind: 'rating', value: 2 }, at('2026-03-09'));
    expect(sessionDate(edited)).toBe(at('2026-03-01').toISOString());
    expect(sessionDate(completeSession(edited, at('2026-03-10')))).toBe(at('2026-03-10').toISOString());
  });

  it('should sort newest first, and by id when two share a date, whatever order they came in', () => {
    const older = blank('b', '2026-03-01');
    const newer = blank('a', '2026-03-05');
    const twin = blank('c', '2026-03-05');
    const order = (sessions: typeof older[]) => [...sessions].sort(byDateNewestFirst).map((session) => session.id);
    expect(order([older, newer, twin])).toEqual(['c', 'a', 'b']);
    expect(order([twin, older, newer])).toEqual(['c', 'a', 'b']);
  });
});

describe('sessionInputOf', () => {
  it('should give the scoring input for a session its pack can score', () => {
    const session = setBasis(answerQuestion(blank(), 'lean-self-1', { kind: 'rating', value: 2 }, at('2026-03-02')), 'lower', at('2026-03-02'));
    const input = sessionInputOf(pack, session);
    if (!input.ok) throw new Error(input.error.kind);
    expect(input.value).toMatchObject({
      questionIds: pack.assessments.find((assessment) => assessment.id === 'quick')!.questionIds,
      answers: { 'lean-self-1': { kind: 'rating', value: 2 } },
      basis: 'lower',
      targetLevel: 'two',
    });
  });

  it.each([
    ['no pack', undefined, {}, { kind: 'no-pack', packId: pack.meta.id }],
    ['an assessment the pack lacks', pack, { assessmentId: 'gone' }, { kind: 'no-assessment', assessmentId: 'gone' }],
    ['a level the pack lacks', pack, { targetLevel: 'gone' }, { kind: 'no-level', targetLevel: 'gone' }],
  ] as const)('should name what is missing when there is %s', (_case, withPack, edit, problem) => {
    expect(sessionInputOf(withPack, { ...blank(), ...edit })).toEqual({ ok: false, error: problem });
  });
});
