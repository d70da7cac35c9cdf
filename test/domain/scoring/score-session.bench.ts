import { bench, describe } from 'vitest';
import type { Answers } from '@/domain/scoring/answer';
import { scoreSession } from '@/domain/scoring/score-session';
import { summarizeSession } from '@/domain/scoring/summary';
import { loadRealPacks } from '../../fixtures/real-packs';

// `npm run bench:domain`: speed of the engine on the real pack. Measured, never asserted in a test.
const [, pack] = loadRealPacks()[0]!;
const full = pack.assessments.find((assessment) => assessment.id === 'full')!.questionIds;
const levels = pack.levels.map((level) => level.id);

// A deterministic spread of answers: every kind, including "Not sure" and unanswered.
function answersFor(seed: number): Answers {
  const answers: Record<string, Answers[string]> = {};
  pack.questions.forEach((question, i) => {
    const roll = (seed * 31 + i * 17) % 11;
    if (roll === 10) return;
    if (roll === 9) answers[question.id] = { kind: 'notSure' };
    else if (question.kind === 'selfRating') answers[question.id] = { kind: 'rating', value: roll % 5 };
    else answers[question.id] = { kind: 'choice', optionId: question.options[roll % question.options.length]!.id };
  });
  return answers;
}

const PROFILES = 200;
const SESSIONS = 12;
const sessions = Array.from({ length: PROFILES * SESSIONS }, (_, i) => ({
  pack,
  questionIds: full,
  answers: answersFor(i),
  targetLevel: levels[i % levels.length]!,
}));

describe('scoring', () => {
  bench('one full session: scores, ladder, certifications and plan', () => {
    scoreSession(sessions[0]!);
  });

  bench(`${PROFILES} profiles × ${SESSIONS} sessions: ladder and target readiness (dashboard)`, () => {
    for (const session of sessions) summarizeSession(session);
  }, { iterations: 20 });

  bench(`${PROFILES} profiles × ${SESSIONS} sessions: full results`, () => {
    for (const session of sessions) scoreSession(session);
  }, { iterations: 10 });
});
