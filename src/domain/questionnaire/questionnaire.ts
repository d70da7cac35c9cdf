import type { QuestionPack } from '@/domain/pack/question-pack';
import type { Question, QuestionnaireId } from '@/domain/pack/schema';
import type { Session, StoredAnswer } from '@/domain/records/schema';
import { storedAnswerOf } from '@/domain/records/session';

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
export function buildQuestionnaire(pack: QuestionPack, assessmentId: string): QuestionnaireEntry[] {
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
  /** Questions with an answer of any kind, "Not sure" included. */
  answered: number;
  notSure: number;
  /** Questions with no answer at all (an answer that does not fit its question counts as none). */
  left: number;
  /** Minutes left at the assessment's own pace. */
  minutesLeft: number;
}

/**
 * Where one question stands. 'unanswered' also covers a stored answer its question cannot take (a rating for a
 * scenario, an option this pack version dropped): scoring ignores those, so the review must not call them answered.
 */
export type AnswerState = 'answered' | 'notSure' | 'notApplicable' | 'unanswered';

export function answerStateOf(question: Question, stored: StoredAnswer | undefined): AnswerState {
  if (!stored) return 'unanswered';
  const { answer } = stored;
  switch (answer.kind) {
    case 'rating':
      return question.kind === 'selfRating' ? 'answered' : 'unanswered';
    case 'choice':
      return question.kind === 'scenario' && question.options.some((option) => option.id === answer.optionId) ? 'answered' : 'unanswered';
    case 'notSure':
      return 'notSure';
    default:
      return 'notApplicable';
  }
}

/** Each pack's questions by id, made once per pack: the progress is counted again on every answer. */
const questionsByPack = new WeakMap<QuestionPack, ReadonlyMap<string, Question>>();

function questionsOf(pack: QuestionPack): ReadonlyMap<string, Question> {
  let questions = questionsByPack.get(pack);
  if (!questions) {
    questions = new Map(pack.questions.map((question) => [question.id, question]));
    questionsByPack.set(pack, questions);
  }
  return questions;
}

export function progressOf(pack: QuestionPack, session: Session): Progress {
  const assessment = pack.assessments.find((candidate) => candidate.id === session.assessmentId);
  const ids = assessment?.questionIds ?? [];
  const questions = questionsOf(pack);
  let answered = 0;
  let notSure = 0;
  for (const id of ids) {
    const question = questions.get(id);
    const state = question ? answerStateOf(question, storedAnswerOf(session.answers, id)) : 'unanswered';
    if (state === 'unanswered') continue;
    answered += 1;
    if (state === 'notSure') notSure += 1;
  }
  const total = ids.length;
  const left = total - answered;
  const perQuestion = total > 0 && assessment ? assessment.minutes / total : 0;
  return { total, answered, notSure, left, minutesLeft: Math.ceil(left * perQuestion) };
}

/** One question as the review shows it: where it stands, the screen it is on, its number in the questionnaire. */
export interface ReviewItem {
  question: Question;
  entryIndex: number;
  number: number;
  state: AnswerState;
  stored: StoredAnswer | undefined;
}

export interface ReviewSection {
  groupId: string;
  items: readonly ReviewItem[];
  counts: Record<AnswerState, number>;
}

export interface Review {
  sections: readonly ReviewSection[];
  /** Counted from the same items the sections list, so the totals and the lists can never disagree. */
  counts: Record<AnswerState, number> & { total: number };
}

const noCounts = (): Record<AnswerState, number> => ({ answered: 0, notSure: 0, notApplicable: 0, unanswered: 0 });

/** Every question of the session, section by section in questionnaire order, each with its answer's state. */
export function reviewOf(entries: readonly QuestionnaireEntry[], session: Session): Review {
  const sections: { groupId: string; items: ReviewItem[]; counts: Record<AnswerState, number> }[] = [];
  const counts = { ...noCounts(), total: 0 };
  let number = 0;
  entries.forEach((entry, entryIndex) => {
    let section = sections.at(-1);
    if (!section || section.groupId !== entry.groupId) {
      section = { groupId: entry.groupId, items: [], counts: noCounts() };
      sections.push(section);
    }
    for (const question of entry.questions) {
      number += 1;
      const stored = storedAnswerOf(session.answers, question.id);
      const state = answerStateOf(question, stored);
      section.items.push({ question, entryIndex, number, state, stored });
      section.counts[state] += 1;
      counts[state] += 1;
      counts.total += 1;
    }
  });
  return { sections, counts };
}

/** Questions still open in a session: unanswered or "Not sure", in questionnaire order, with their entry. */
export function openQuestions(entries: readonly QuestionnaireEntry[], session: Session) {
  return reviewOf(entries, session)
    .sections.flatMap((section) => section.items)
    .filter((item) => item.state === 'unanswered' || item.state === 'notSure')
    .map(({ question, entryIndex, state }) => ({ question, entryIndex, state: state as 'unanswered' | 'notSure' }));
}
