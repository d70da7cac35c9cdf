import { describe, expect, it } from 'vitest';
import { answerStateOf, buildQuestionnaire, openQuestions, progressOf, reviewOf, screenIndexOf, screensOf } from '@/domain/questionnaire/questionnaire';
import { answerQuestion, createSession } from '@/domain/records/session';
import type { Answer } from '@/domain/scoring/answer';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack();
const NOW = new Date('2026-03-01T10:00:00.000Z');
const sessionWith = (answers: Record<string, Answer>) =>
  Object.entries(answers).reduce(
    (session, [id, answer]) => answerQuestion(session, id, answer, NOW),
    createSession({ id: 's1', profileId: 'me', pack, assessmentId: 'full', targetLevel: 'two', now: NOW }),
  );

describe('buildQuestionnaire', () => {
  it('should ask technical competencies first, group by group, each with its asked questions in the assessment’s order', () => {
    const entries = buildQuestionnaire(pack, 'full');
    expect(entries.map((entry) => [entry.competencyId, entry.questionnaire, entry.questions.map((question) => question.id)])).toEqual([
      ['lean', 'technical', ['lean-self-1', 'lean-self-2', 'lean-scenario-1']],
      ['safety', 'technical', ['safety-self-1', 'safety-scenario-1']],
      ['leadership', 'soft', ['leadership-self-1']],
    ]);
  });

  it('should give nothing for an assessment the pack lacks', () => {
    expect(buildQuestionnaire(pack, 'gone')).toEqual([]);
  });
});

describe('screensOf and screenIndexOf', () => {
  const entries = buildQuestionnaire(pack, 'full');

  it('should put up to N competencies of one group on a screen, never mixing groups', () => {
    expect(screensOf(entries, 3).map((screen) => screen.entries.map((entry) => entry.competencyId))).toEqual([['lean', 'safety'], ['leadership']]);
    expect(screensOf(entries, 1).map((screen) => screen.firstEntry)).toEqual([0, 1, 2]);
  });

  it('should find the screen that holds a stored position on either screen size', () => {
    expect(screenIndexOf(screensOf(entries, 3), 1)).toBe(0);
    expect(screenIndexOf(screensOf(entries, 1), 1)).toBe(1);
    expect(screenIndexOf(screensOf(entries, 3), 2)).toBe(1);
  });
});

describe('answerStateOf', () => {
  const [rating, , scenario] = buildQuestionnaire(pack, 'full')[0]!.questions as [never, never, never];
  it.each([
    ['no answer', rating, undefined, 'unanswered'],
    ['a rating', rating, { kind: 'rating', value: 2 }, 'answered'],
    ['a rating for a scenario', scenario, { kind: 'rating', value: 2 }, 'unanswered'],
    ['an option the scenario offers', scenario, { kind: 'choice', optionId: 'b' }, 'answered'],
    ['an option it no longer offers', scenario, { kind: 'choice', optionId: 'z' }, 'unanswered'],
    ['"Not sure"', rating, { kind: 'notSure' }, 'notSure'],
    ['"Not applicable"', scenario, { kind: 'notApplicable' }, 'notApplicable'],
  ] as const)('should call %s %s', (_name, question, answer, state) => {
    expect(answerStateOf(question, answer ? { answer, at: 1 } : undefined)).toBe(state);
  });
});

describe('progressOf, reviewOf and openQuestions', () => {
  const session = sessionWith({ 'lean-self-1': { kind: 'rating', value: 3 }, 'safety-self-1': { kind: 'notSure' }, 'lean-scenario-1': { kind: 'choice', optionId: 'z' } });

  it('should count "Not sure" as answered for progress but not an answer it cannot take', () => {
    expect(progressOf(pack, session)).toEqual({ total: 6, answered: 2, notSure: 1, left: 4, minutesLeft: 4 });
  });

  it('should list every question by section with counts that agree with the lists', () => {
    const review = reviewOf(buildQuestionnaire(pack, 'full'), session);
    expect(review.sections.map((section) => [section.groupId, section.items.map((item) => `${item.number}:${item.state}`)])).toEqual([
      ['tech', ['1:answered', '2:unanswered', '3:unanswered', '4:notSure', '5:unanswered']],
      ['people', ['6:unanswered']],
    ]);
    expect(review.counts).toEqual({ answered: 1, notSure: 1, notApplicable: 0, unanswered: 4, total: 6 });
  });

  it('should name the questions still open, "Not sure" included, in questionnaire order', () => {
    expect(openQuestions(buildQuestionnaire(pack, 'full'), session).map((item) => [item.question.id, item.state])).toEqual([
      ['lean-self-2', 'unanswered'],
      ['lean-scenario-1', 'unanswered'],
      ['safety-self-1', 'notSure'],
      ['safety-scenario-1', 'unanswered'],
      ['leadership-self-1', 'unanswered'],
    ]);
  });
});
