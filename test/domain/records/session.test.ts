import { describe, expect, it } from 'vitest';
import { answerQuestion, completeSession, createSession, setBasis, setMentorNote, setMentorRating } from '@/domain/records/session';
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
