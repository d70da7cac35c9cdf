import type { Pack } from '@/domain/pack/schema';
import type { Answer, Answers } from '@/domain/scoring/answer';
import { RECORD_VERSION, SESSION_TYPE } from './constants';
import type { Session, StoredAnswer } from './schema';

export interface NewSession {
  id: string;
  profileId: string;
  pack: Pack;
  assessmentId: string;
  targetLevel: string;
  now: Date;
}

export function createSession({ id, profileId, pack, assessmentId, targetLevel, now }: NewSession): Session {
  const at = now.toISOString();
  return {
    type: SESSION_TYPE,
    version: RECORD_VERSION,
    id,
    profileId,
    packId: pack.meta.id,
    packVersion: pack.meta.version,
    assessmentId,
    targetLevel,
    basis: 'self',
    startedAt: at,
    updatedAt: at,
    completedAt: null,
    step: 0,
    answers: {},
    evidence: {},
    mentorRatings: {},
    mentorNotes: {},
    revision: 0,
  };
}

const touch = (session: Session, now: Date): Pick<Session, 'updatedAt' | 'revision'> => ({
  updatedAt: now.toISOString(),
  revision: session.revision + 1,
});

/** Records one answer; a new answer replaces the old one for that question. */
export function answerQuestion(session: Session, questionId: string, answer: Answer, now: Date): Session {
  return {
    ...session,
    ...touch(session, now),
    answers: { ...session.answers, [questionId]: { answer, at: now.getTime() } },
  };
}

export function moveToStep(session: Session, step: number, now: Date): Session {
  return step === session.step ? session : { ...session, ...touch(session, now), step };
}

export function setEvidence(session: Session, competencyId: string, text: string, now: Date): Session {
  const evidence = { ...session.evidence };
  if (text.trim()) evidence[competencyId] = text;
  else delete evidence[competencyId];
  return { ...session, ...touch(session, now), evidence };
}

export function completeSession(session: Session, now: Date): Session {
  return { ...session, ...touch(session, now), completedAt: session.completedAt ?? now.toISOString() };
}

/** The stored answer to one question, if any: own keys only, so an id never reads the prototype. */
export function storedAnswerOf(answers: Session['answers'], questionId: string): StoredAnswer | undefined {
  return Object.prototype.hasOwnProperty.call(answers, questionId) ? answers[questionId] : undefined;
}

/** The answers in the shape the scoring engine reads. */
export function answersOf(session: Session): Answers {
  const answers: Record<string, Answer> = {};
  for (const [questionId, stored] of Object.entries(session.answers)) answers[questionId] = stored.answer;
  return answers;
}
