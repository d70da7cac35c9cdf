import { bench, describe } from 'vitest';
import { restoreSession } from '@/domain/records/restore';
import type { Session } from '@/domain/records/schema';
import { answersOf, createSession } from '@/domain/records/session';
import type { Answer } from '@/domain/scoring/answer';
import { scoreSession, type SessionInput } from '@/domain/score-session';
import { summarizeSession } from '@/domain/scoring/summary';
import { loadRealPacks } from '../fixtures/real-packs';
import { seededRandom } from '../fixtures/seeded-random';

// `npm run bench:domain`: speed of the engine on the real pack. Measured, never asserted in a test.
const [, pack] = loadRealPacks()[0]!;
const quick = pack.assessments.find((assessment) => assessment.id === 'quick')!;
const full = pack.assessments.find((assessment) => assessment.id === 'full')!;
const questions = new Map(pack.questions.map((question) => [question.id, question]));
const levels = pack.levels.map((level) => level.id);

const PROFILES = 200;
const SESSIONS = 12;
const START = Date.UTC(2024, 0, 8, 9, 0, 0);

/**
 * The mentor dashboard's load, shaped like the app's: each mentee has a skill that grows session by session; two
 * sessions in three are the full assessment and one the quick check-in; about 5 % of questions are skipped and 7 %
 * "Not sure"; half the mentees have a newest session still in progress (answered part-way); a mentor has rated
 * some competencies for one mentee in four, who reads on the mentor's or the lower rating.
 * The records then travel as the app's do: a structured clone (what IndexedDB hands back), restoreSession, and
 * answersOf, which is what the dashboard passes the engine. That matters: answers built key by key from scratch,
 * as this bench once did, end up in V8's dictionary mode, while the ones the app reads have fast properties, and
 * the engine's speed differs by about 2× between the two.
 */
function dashboardInputs(): SessionInput[] {
  const next = seededRandom(20_240_601);
  const inputs: SessionInput[] = [];
  for (let p = 0; p < PROFILES; p += 1) {
    const current = Math.floor(next() * (levels.length - 1));
    const skill = 0.5 + next() * 2.5;
    const mentored = p % 4 === 0;
    for (let s = 0; s < SESSIONS; s += 1) {
      const assessment = s % 3 === 2 ? quick : full;
      const newest = s === SESSIONS - 1;
      const answeredUpTo = newest && p % 2 === 0 ? Math.floor(next() * assessment.questionIds.length) : assessment.questionIds.length;
      const stored: Session['answers'] = {};
      assessment.questionIds.slice(0, answeredUpTo).forEach((questionId, i) => {
        const question = questions.get(questionId)!;
        const roll = next();
        if (roll < 0.05) return;
        let answer: Answer;
        if (roll < 0.12) answer = { kind: 'notSure' };
        else if (question.kind === 'selfRating') {
          answer = { kind: 'rating', value: Math.max(0, Math.min(4, Math.round(skill + s * 0.08 + (next() - 0.5) * 2))) };
        } else {
          const best = question.options.find((option) => option.best)!;
          const pick = next() < skill / 4 ? best : question.options[Math.floor(next() * question.options.length)]!;
          answer = { kind: 'choice', optionId: pick.id };
        }
        stored[questionId] = { answer, at: START + i * 7_000 };
      });
      const mentorRatings: Record<string, number> = {};
      if (mentored && !newest) {
        for (const competency of pack.competencies) {
          if (next() < 0.4) mentorRatings[competency.id] = Math.max(0, Math.min(4, Math.round(skill + (next() - 0.5) * 2)));
        }
      }
      const record: Session = {
        ...createSession({
          id: `mentee-${p}-s${s}`,
          profileId: `mentee-${p}`,
          pack,
          assessmentId: assessment.id,
          targetLevel: levels[current + 1]!,
          now: new Date(START + s * 30 * 86_400_000),
        }),
        answers: stored,
        mentorRatings,
        basis: mentored ? (s % 2 === 0 ? 'lower' : 'mentor') : 'self',
      };
      const restored = restoreSession(structuredClone(record));
      if (!restored.ok) throw new Error(`a bench session does not restore: ${restored.error.message}`);
      const session = restored.value;
      inputs.push({
        pack,
        questionIds: assessment.questionIds,
        answers: answersOf(session),
        mentorRatings: session.mentorRatings,
        basis: session.basis,
        targetLevel: session.targetLevel,
      });
    }
  }
  return inputs;
}

const sessions = dashboardInputs();
const oneFull = sessions.find((session) => session.questionIds === full.questionIds)!;

describe('scoring', () => {
  bench('one full session: scores, ladder, certifications and plan', () => {
    scoreSession(oneFull);
  });

  bench(`${PROFILES} profiles × ${SESSIONS} sessions: ladder and target readiness (dashboard)`, () => {
    for (const session of sessions) summarizeSession(session);
  }, { iterations: 20 });

  bench(`${PROFILES} profiles × ${SESSIONS} sessions: full results`, () => {
    for (const session of sessions) scoreSession(session);
  }, { iterations: 10 });
});
