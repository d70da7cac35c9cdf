import type { StartPack } from '@/domain/pack/start-pack';
import type { ScoringPack } from '@/domain/pack/scoring-pack';
import type { Result } from '@/domain/result';
import type { Answer, Answers } from '@/domain/scoring/answer';
import type { SessionInput } from '@/domain/score-session';
import { SESSION_VERSION, SESSION_TYPE } from './constants';
import type { Session, StoredAnswer } from './schema';

export interface NewSession {
  id: string;
  profileId: string;
  /** What a session is made from: the pack's id and version, and the questions each assessment asks. */
  pack: Pick<StartPack, 'meta' | 'assessments'>;
  assessmentId: string;
  targetLevel: string;
  now: Date;
  /**
   * "What changed since?": start from this session's answers, evidence, mentor's ratings and notes, and the basis
   * readiness used, instead of a blank sheet, so a new session differs from it only where someone changes something.
   */
  prefillFrom?: Session;
}

export function createSession({ id, profileId, pack, assessmentId, targetLevel, now, prefillFrom }: NewSession): Session {
  const at = now.toISOString();
  const asked = new Set(pack.assessments.find((assessment) => assessment.id === assessmentId)?.questionIds ?? []);
  const answers: Session['answers'] = {};
  const evidence: Session['evidence'] = {};
  const mentorRatings: Session['mentorRatings'] = {};
  const mentorNotes: Session['mentorNotes'] = {};
  let basis: Session['basis'] = 'self';
  const prefill = prefillFrom && prefillFrom.packId === pack.meta.id ? prefillFrom : undefined;
  if (prefill) {
    // Only answers to questions this assessment asks: the rest would count without being seen.
    for (const [questionId, stored] of Object.entries(prefill.answers)) if (asked.has(questionId)) answers[questionId] = stored;
    Object.assign(evidence, prefill.evidence);
    // The mentor's view carries forward as a starting point too: without it, a session that uses the mentor's
    // ratings would fall back to self-ratings and show a change nobody made.
    Object.assign(mentorRatings, prefill.mentorRatings);
    Object.assign(mentorNotes, prefill.mentorNotes);
    basis = prefill.basis;
  }
  return {
    type: SESSION_TYPE,
    version: SESSION_VERSION,
    id,
    profileId,
    packId: pack.meta.id,
    packVersion: pack.meta.version,
    assessmentId,
    targetLevel,
    basis,
    startedAt: at,
    updatedAt: at,
    completedAt: null,
    step: 0,
    answers,
    evidence,
    mentorRatings,
    mentorNotes,
    revision: 0,
    conflictOf: null,
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

/** A mentor's own rating of one competency (0–4), or none to clear it. */
export function setMentorRating(session: Session, competencyId: string, rating: number | null, now: Date): Session {
  const mentorRatings = { ...session.mentorRatings };
  if (rating === null) delete mentorRatings[competencyId];
  else mentorRatings[competencyId] = rating;
  return { ...session, ...touch(session, now), mentorRatings };
}

export function setMentorNote(session: Session, competencyId: string, text: string, now: Date): Session {
  const mentorNotes = { ...session.mentorNotes };
  if (text.trim()) mentorNotes[competencyId] = text;
  else delete mentorNotes[competencyId];
  return { ...session, ...touch(session, now), mentorNotes };
}

/** Which rating readiness uses: the person's own, the mentor's, or the lower of the two. */
export function setBasis(session: Session, basis: Session['basis'], now: Date): Session {
  return basis === session.basis ? session : { ...session, ...touch(session, now), basis };
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

/** The day a session is dated by: when it was completed, else when it was started. Later edits do not move it. */
export const sessionDate = (session: Session): string => session.completedAt ?? session.startedAt;

/** Newest sitting first; the id breaks ties so the order never depends on how the records were stored. */
export function byDateNewestFirst(a: Session, b: Session): number {
  const at = sessionDate(a);
  const bt = sessionDate(b);
  if (at !== bt) return at < bt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** What a stored session names that its pack no longer has (or the pack itself, when it is not installed). */
export type ScoreProblem =
  | { kind: 'no-pack'; packId: string }
  | { kind: 'no-assessment'; assessmentId: string }
  | { kind: 'no-level'; targetLevel: string };

/**
 * The scoring input for a stored session against its pack, or which part of the session the pack lacks; `answers`,
 * where given, are the session's own in the shape scoring reads.
 */
export function sessionInputOf(pack: ScoringPack | undefined, session: Session, answers?: Answers): Result<SessionInput, ScoreProblem> {
  if (!pack) return { ok: false, error: { kind: 'no-pack', packId: session.packId } };
  const assessment = pack.assessments.find((candidate) => candidate.id === session.assessmentId);
  if (!assessment) return { ok: false, error: { kind: 'no-assessment', assessmentId: session.assessmentId } };
  if (!pack.levels.some((level) => level.id === session.targetLevel)) return { ok: false, error: { kind: 'no-level', targetLevel: session.targetLevel } };
  return {
    ok: true,
    value: {
      pack,
      questionIds: assessment.questionIds,
      answers: answers ?? answersOf(session),
      mentorRatings: session.mentorRatings,
      basis: session.basis,
      targetLevel: session.targetLevel,
    },
  };
}
