import type { QuestionnaireId } from '@/domain/pack/schema';
import type { ScoringPack } from '@/domain/pack/scoring-pack';
import type { Answers, RatingBasis } from './answer';
import { CALIBRATION_FLAG, LOW_COVERAGE } from './constants';
import { indexPack } from './pack-index';

/** The self-ratings behind a competency score: which answers, with which weights. */
export interface SelfScore {
  /** Weighted mean on 0–4, or null when no question was answered. */
  value: number | null;
  answered: number;
  asked: number;
  /** answered / asked (0 when nothing was asked). */
  coverage: number;
  lowConfidence: boolean;
  answers: readonly { questionId: string; value: number; weight: number }[];
  /** Questions asked but unanswered, "Not sure" or "Not applicable". */
  missing: readonly string[];
  /** Of the missing, those answered "Not applicable to my workplace": reported, and like "Not sure" never scored. */
  notApplicable: readonly string[];
}

/** The scenario answers behind a competency's evidence score. */
export interface EvidenceScore {
  /** Share answered best, on 0–4; null when no scenario was answered. */
  value: number | null;
  answered: number;
  asked: number;
  best: number;
  answers: readonly { questionId: string; optionId: string; best: boolean }[];
  /** Scenarios answered "Not applicable to my workplace": left out like unanswered ones. */
  notApplicable: readonly string[];
}

export interface Calibration {
  /** self − evidence, on the 0–4 scale. */
  difference: number;
  /** 'over' when self is higher by CALIBRATION_FLAG or more, 'under' when lower; null within it. */
  flag: 'over' | 'under' | null;
}

export interface RatingUsed {
  /** The score readiness and gaps stand on; null when there is none. */
  value: number | null;
  source: 'self' | 'mentor' | 'none';
  /** Set when the chosen basis had to fall back, e.g. 'mentor' chosen but the mentor has not rated this one. */
  fallback: boolean;
}

export interface CompetencyScore {
  competency: string;
  questionnaire: QuestionnaireId;
  self: SelfScore;
  evidence: EvidenceScore;
  calibration: Calibration | null;
  mentor: number | null;
  used: RatingUsed;
}

export interface ScoringInput {
  pack: ScoringPack;
  /** The questions this session asks (its assessment's list). */
  questionIds: readonly string[];
  answers: Answers;
  /** A mentor's 0–4 rating per competency id. */
  mentorRatings?: Readonly<Record<string, number>>;
  basis?: RatingBasis;
}

export const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

export function chooseRating(self: number | null, mentor: number | null, basis: RatingBasis): RatingUsed {
  if (basis === 'self' || mentor === null) {
    if (self === null) return { value: mentor, source: mentor === null ? 'none' : 'mentor', fallback: mentor !== null };
    return { value: self, source: 'self', fallback: basis !== 'self' };
  }
  if (basis === 'mentor' || self === null) return { value: mentor, source: 'mentor', fallback: basis !== 'mentor' };
  return mentor <= self ? { value: mentor, source: 'mentor', fallback: false } : { value: self, source: 'self', fallback: false };
}

// Sessions of one assessment share its question list: build its lookup set once.
const askedSets = new WeakMap<readonly string[], ReadonlySet<string>>();
export function askedSet(questionIds: readonly string[]): ReadonlySet<string> {
  let set = askedSets.get(questionIds);
  if (!set) {
    set = new Set(questionIds);
    askedSets.set(questionIds, set);
  }
  return set;
}

/** A mentor rating as the engine reads it: a number on 0–4, or null. */
export function mentorRatingOf(ratings: Readonly<Record<string, number>> | undefined, competencyId: string): number | null {
  const raw = ratings && hasOwn(ratings, competencyId) ? ratings[competencyId] : undefined;
  return typeof raw === 'number' && raw >= 0 && raw <= 4 ? raw : null;
}

/** Scores every competency of the pack, in the pack's order. Pure: same input, same output. */
export function scoreCompetencies(input: ScoringInput): CompetencyScore[] {
  const index = indexPack(input.pack);
  const asked = askedSet(input.questionIds);
  const basis = input.basis ?? 'self';
  const answers = input.answers;

  return index.competencies.map((competency): CompetencyScore => {
    let weightSum = 0;
    let weighted = 0;
    const selfAnswers: { questionId: string; value: number; weight: number }[] = [];
    const missing: string[] = [];
    const selfNotApplicable: string[] = [];
    let selfAsked = 0;
    for (const question of index.selfRatingByCompetency.get(competency.id) ?? []) {
      if (!asked.has(question.id)) continue;
      selfAsked += 1;
      const answer = hasOwn(answers, question.id) ? answers[question.id] : undefined;
      if (answer?.kind !== 'rating') {
        missing.push(question.id);
        if (answer?.kind === 'notApplicable') selfNotApplicable.push(question.id);
        continue;
      }
      const weight = question.weight ?? 1;
      weightSum += weight;
      weighted += weight * answer.value;
      selfAnswers.push({ questionId: question.id, value: answer.value, weight });
    }
    const selfValue = weightSum > 0 ? weighted / weightSum : null;
    const coverage = selfAsked > 0 ? selfAnswers.length / selfAsked : 0;
    const self: SelfScore = {
      value: selfValue,
      answered: selfAnswers.length,
      asked: selfAsked,
      coverage,
      lowConfidence: selfAnswers.length < 1 || coverage < LOW_COVERAGE,
      answers: selfAnswers,
      missing,
      notApplicable: selfNotApplicable,
    };

    const evidenceAnswers: { questionId: string; optionId: string; best: boolean }[] = [];
    const evidenceNotApplicable: string[] = [];
    let evidenceAsked = 0;
    for (const question of index.scenariosByCompetency.get(competency.id) ?? []) {
      if (!asked.has(question.id)) continue;
      evidenceAsked += 1;
      const answer = hasOwn(answers, question.id) ? answers[question.id] : undefined;
      if (answer?.kind === 'notApplicable') evidenceNotApplicable.push(question.id);
      if (answer?.kind !== 'choice') continue;
      const option = question.options.find((candidate) => candidate.id === answer.optionId);
      if (!option) continue; // an option this pack version does not have: treat as unanswered
      evidenceAnswers.push({ questionId: question.id, optionId: option.id, best: option.best });
    }
    const best = evidenceAnswers.filter((answer) => answer.best).length;
    const evidence: EvidenceScore = {
      value: evidenceAnswers.length > 0 ? (4 * best) / evidenceAnswers.length : null,
      answered: evidenceAnswers.length,
      asked: evidenceAsked,
      best,
      answers: evidenceAnswers,
      notApplicable: evidenceNotApplicable,
    };

    let calibration: Calibration | null = null;
    if (self.value !== null && evidence.value !== null) {
      const difference = self.value - evidence.value;
      calibration = {
        difference,
        flag: difference >= CALIBRATION_FLAG ? 'over' : difference <= -CALIBRATION_FLAG ? 'under' : null,
      };
    }

    const mentor = mentorRatingOf(input.mentorRatings, competency.id);

    return {
      competency: competency.id,
      questionnaire: index.questionnaireOf.get(competency.id) ?? 'technical',
      self,
      evidence,
      calibration,
      mentor,
      used: chooseRating(self.value, mentor, basis),
    };
  });
}

/** How many asked questions were answered "Not applicable to my workplace", and which: for the results to report. */
export function countNotApplicable(scores: readonly CompetencyScore[]): { count: number; questionIds: readonly string[] } {
  const questionIds = scores.flatMap((score) => [...score.self.notApplicable, ...score.evidence.notApplicable]);
  return { count: questionIds.length, questionIds };
}
