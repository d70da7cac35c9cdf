import type { Pack, Question, QuestionnaireId } from '@/domain/pack/schema';
import type { Session } from './schema';
import { storedAnswerOf } from './session';

/** One competency's questions as asked in a session. */
export interface QuestionnaireEntry {
  competencyId: string;
  groupId: string;
  questionnaire: QuestionnaireId;
  questions: readonly Question[];
}

/** One screen of the questionnaire: a few competencies of one group, or one on a phone. */
export interface QuestionnaireScreen {
  /** Index of its first entry: the position stored in a session, whatever the screen size. */
  firstEntry: number;
  entries: readonly QuestionnaireEntry[];
  groupId: string;
  questionnaire: QuestionnaireId;
}

const QUESTIONNAIRE_ORDER: readonly QuestionnaireId[] = ['technical', 'soft'];

/** The assessment's questions, technical first then soft skills, group by group in the pack's order. */
export function buildQuestionnaire(pack: Pack, assessmentId: string): QuestionnaireEntry[] {
  const assessment = pack.assessments.find((candidate) => candidate.id === assessmentId);
  if (!assessment) return [];
  const asked = new Map(assessment.questionIds.map((id, order) => [id, order]));
  const entries: QuestionnaireEntry[] = [];
  for (const questionnaire of QUESTIONNAIRE_ORDER) {
    for (const group of pack.groups.filter((candidate) => candidate.questionnaire === questionnaire)) {
      for (const competency of pack.competencies.filter((candidate) => candidate.group === group.id)) {
        const questions = pack.questions
          .filter((question) => question.competency === competency.id && asked.has(question.id))
          .sort((a, b) => (asked.get(a.id) ?? 0) - (asked.get(b.id) ?? 0));
        if (questions.length > 0) entries.push({ competencyId: competency.id, groupId: group.id, questionnaire, questions });
      }
    }
  }
  return entries;
}

/** Splits the entries into screens of at most `perScreen` competencies, never mixing groups. */
export function screensOf(entries: readonly QuestionnaireEntry[], perScreen: number): QuestionnaireScreen[] {
  const screens: QuestionnaireScreen[] = [];
  entries.forEach((entry, index) => {
    const last = screens.at(-1);
    if (last && last.groupId === entry.groupId && last.entries.length < Math.max(1, perScreen)) {
      (last.entries as QuestionnaireEntry[]).push(entry);
    } else {
      screens.push({ firstEntry: index, entries: [entry], groupId: entry.groupId, questionnaire: entry.questionnaire });
    }
  });
  return screens;
}

/** The screen that holds a stored position (an entry index), so a reload on another screen size lands right. */
export function screenIndexOf(screens: readonly QuestionnaireScreen[], entryIndex: number): number {
  let found = 0;
  screens.forEach((screen, index) => {
    if (screen.firstEntry <= entryIndex) found = index;
  });
  return found;
}

export interface Progress {
  total: number;
  answered: number;
  notSure: number;
  left: number;
  /** Minutes left at the assessment's own pace. */
  minutesLeft: number;
}

export function progressOf(pack: Pack, session: Session): Progress {
  const assessment = pack.assessments.find((candidate) => candidate.id === session.assessmentId);
  const ids = assessment?.questionIds ?? [];
  let answered = 0;
  let notSure = 0;
  for (const id of ids) {
    const stored = storedAnswerOf(session.answers, id);
    if (!stored) continue;
    answered += 1;
    if (stored.answer.kind === 'notSure') notSure += 1;
  }
  const total = ids.length;
  const left = total - answered;
  const perQuestion = total > 0 && assessment ? assessment.minutes / total : 0;
  return { total, answered, notSure, left, minutesLeft: Math.ceil(left * perQuestion) };
}

/** Questions still open in a session: unanswered or "Not sure", in questionnaire order, with their entry. */
export function openQuestions(entries: readonly QuestionnaireEntry[], session: Session) {
  return entries.flatMap((entry, entryIndex) =>
    entry.questions
      .map((question) => ({ question, stored: storedAnswerOf(session.answers, question.id) }))
      .filter(({ stored }) => !stored || stored.answer.kind === 'notSure')
      .map(({ question, stored }) => ({ question, entryIndex, state: stored ? ('notSure' as const) : ('unanswered' as const) })),
  );
}
