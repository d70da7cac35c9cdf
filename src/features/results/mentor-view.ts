import type { Pack, QuestionnaireId } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import type { RatingBasis } from '@/domain/scoring/answer';
import { hasOwn, mentorRatingOf, type CompetencyScore } from '@/domain/scoring/competency-scores';
import type { SessionResults } from '@/domain/score-session';
import { formatNumber, formatPercent, plural } from '@/lib/format';

/*
 * The "Mentor's view" of one session, as pure functions: the self score beside the mentor's rating, the
 * disagreements worth talking about, and which rating readiness stands on. The panel only lays these out.
 */

/** A mentor and a mentee this far apart (or more) on one competency have something to talk about. */
export const DISAGREEMENT_THRESHOLD = 1;

export interface RatingOption {
  /** '' for "Not rated": a native <select> holds strings. */
  value: string;
  label: string;
}

export interface MentorRow {
  competencyId: string;
  title: string;
  /** "2.5" or "No self-rating". */
  selfText: string;
  /** "2 of 3 questions answered", with low confidence said in words. */
  coverageText: string;
  /** The select's value: '' when not rated. */
  mentorValue: string;
  note: string;
  /** mentor − self, when both exist. */
  difference: number | null;
  disagrees: boolean;
  /** "Disagree by 1.5 (mentor lower)", only when the two disagree. */
  disagreementText: string | null;
  /** Which number readiness uses for this competency, and why. */
  usedText: string;
}

export interface MentorGroup {
  questionnaire: QuestionnaireId;
  title: string;
  rows: readonly MentorRow[];
}

export interface TalkingPoint {
  competencyId: string;
  title: string;
  size: number;
  text: string;
}

export interface BasisOption {
  value: RatingBasis;
  label: string;
  hint: string;
}

export interface MentorView {
  hasRatings: boolean;
  summary: string;
  groups: readonly MentorGroup[];
  talkingPoints: readonly TalkingPoint[];
  talkingPointsText: string;
  basis: RatingBasis;
  /** What readiness for the target level is on the current basis, said after the mentor changes it. */
  basisStatus: string;
  why: { formula: string; items: readonly { title: string; lines: readonly string[] }[] };
}

const GROUP_TITLES: Record<QuestionnaireId, string> = { technical: 'Technical competencies', soft: 'Soft-skill competencies' };

export const BASIS_OPTIONS: readonly BasisOption[] = [
  { value: 'self', label: 'Self ratings', hint: 'The person’s own answers; the mentor’s rating only where there is no self-rating.' },
  { value: 'mentor', label: 'Mentor ratings', hint: 'The mentor’s rating where there is one, else the self-rating.' },
  { value: 'lower', label: 'The lower of the two', hint: 'The lower of both where both exist, else whichever there is.' },
];

const BASIS_WORDS: Record<RatingBasis, string> = { self: 'self ratings', mentor: 'mentor ratings', lower: 'the lower of the two' };


/** "Not rated", then each scale point with the pack's own words for it: "2 — Working". */
export function ratingOptions(pack: Pack): RatingOption[] {
  return [{ value: '', label: 'Not rated' }, ...pack.scale.points.map((point) => ({ value: String(point.value), label: `${point.value} — ${point.label}` }))];
}

/** The select's string back to a rating: '' (or anything not on the scale) clears it. */
export function parseRatingValue(value: string): number | null {
  if (!/^[0-4]$/.test(value)) return null;
  return Number(value);
}

/** mentor − self, or null unless both exist. */
export function differenceOf(self: number | null, mentor: number | null): number | null {
  return self === null || mentor === null ? null : mentor - self;
}

export const isDisagreement = (difference: number | null): difference is number =>
  difference !== null && Math.abs(difference) >= DISAGREEMENT_THRESHOLD;

export function disagreementText(difference: number): string {
  return `Disagree by ${formatNumber(Math.abs(difference))} (mentor ${difference > 0 ? 'higher' : 'lower'})`;
}

function coverageText(score: CompetencyScore): string {
  const { self } = score;
  if (self.asked === 0) return 'No self-rating question was asked';
  const answered = `${self.answered} of ${plural(self.asked, 'question')} answered`;
  return self.lowConfidence ? `${answered}, low confidence` : answered;
}

function usedText(score: CompetencyScore): string {
  const { used } = score;
  if (used.value === null) return 'Readiness has no score for it';
  const which = used.source === 'mentor' ? 'the mentor’s rating' : 'the self score';
  return `Readiness uses ${which}, ${formatNumber(used.value)}${used.fallback ? ', as the other is missing' : ''}`;
}

type ListedRow = MentorRow & { questionnaire: QuestionnaireId; order: number };

/**
 * Rows built for earlier versions of a session, by competency, with what each was built from. A mentor's change
 * touches one row: with a cache, the others are the very same objects again, so the panel redraws one row.
 */
export type MentorRowCache = Map<string, { key: string; row: ListedRow }>;

function buildRow(score: CompetencyScore, order: number, title: string, mentor: number | null, note: string): ListedRow {
  const difference = differenceOf(score.self.value, mentor);
  const disagrees = isDisagreement(difference);
  return {
    questionnaire: score.questionnaire,
    order,
    competencyId: score.competency,
    title,
    selfText: score.self.value === null ? 'No self-rating' : formatNumber(score.self.value),
    coverageText: coverageText(score),
    mentorValue: mentor === null ? '' : String(mentor),
    note,
    difference,
    disagrees,
    disagreementText: disagrees ? disagreementText(difference) : null,
    usedText: usedText(score),
  };
}

/** The whole panel for one session, from the same scored results the report above shows. */
export function buildMentorView(pack: Pack, session: Session, results: SessionResults, cache?: MentorRowCache): MentorView {
  const titles = new Map(pack.competencies.map((competency) => [competency.id, competency.title]));
  const rows = results.scores.map((score, order): ListedRow => {
    const title = titles.get(score.competency) ?? score.competency;
    const mentor = mentorRatingOf(session.mentorRatings, score.competency);
    const note = hasOwn(session.mentorNotes, score.competency) ? (session.mentorNotes[score.competency] ?? '') : '';
    if (!cache) return buildRow(score, order, title, mentor, note);
    // Everything a row shows comes from these: equal keys, equal rows.
    const { self, used } = score;
    const key = JSON.stringify([order, score.questionnaire, title, self.value, self.asked, self.answered, self.lowConfidence, used.value, used.source, used.fallback, mentor, note]);
    const cached = cache.get(score.competency);
    if (cached?.key === key) return cached.row;
    const row = buildRow(score, order, title, mentor, note);
    cache.set(score.competency, { key, row });
    return row;
  });
  const groups = (['technical', 'soft'] as const).flatMap((questionnaire): MentorGroup[] => {
    const inGroup = rows.filter((row) => row.questionnaire === questionnaire);
    return inGroup.length === 0 ? [] : [{ questionnaire, title: GROUP_TITLES[questionnaire], rows: inGroup }];
  });

  const disagreeing = rows
    .filter((row): row is typeof row & { difference: number } => row.disagrees && row.difference !== null)
    // Largest first; equal sizes keep the pack's order.
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.order - b.order);
  const talkingPoints = disagreeing.map(
    (row): TalkingPoint => ({
      competencyId: row.competencyId,
      title: row.title,
      size: Math.abs(row.difference),
      text: `self ${row.selfText}, mentor ${row.mentorValue}: ${disagreementText(row.difference).toLowerCase()}`,
    }),
  );

  const rated = rows.filter((row) => row.mentorValue !== '').length;
  const compared = rows.filter((row) => row.difference !== null).length;
  const targetTitle = pack.levels.find((level) => level.id === results.targetLevel)?.title ?? results.targetLevel;
  const readiness = results.target.readiness === null ? 'not enough answers to say' : formatPercent(results.target.readiness);

  return {
    hasRatings: rated > 0,
    summary:
      rated === 0
        ? `No competency has a mentor rating yet. A mentor can rate each of the ${rows.length} competencies beside the self score, and add a note.`
        : `The mentor has rated ${rated} of ${plural(rows.length, 'competency', 'competencies')}.`,
    groups,
    talkingPoints,
    talkingPointsText:
      compared === 0
        ? 'No competency has both a self score and a mentor rating yet, so there is nothing to compare.'
        : talkingPoints.length === 0
          ? `On all ${plural(compared, 'competency', 'competencies')} with both, the mentor and the self score are less than ${DISAGREEMENT_THRESHOLD} point apart.`
          : `${plural(talkingPoints.length, 'competency', 'competencies')} of ${compared} with both differ by ${DISAGREEMENT_THRESHOLD} point or more, the largest first:`,
    basis: session.basis,
    basisStatus: `Readiness now uses ${BASIS_WORDS[session.basis]}: ${readiness} for ${targetTitle}.`,
    why: {
      formula: `Disagreement = |mentor rating − self score|, both on 0–4; ${DISAGREEMENT_THRESHOLD} or more makes it a talking point. Readiness uses ${BASIS_WORDS[session.basis]}; where the chosen rating is missing, the other one is used.`,
      items: disagreeing.map((row) => ({
        title: row.title,
        lines: [`|${row.mentorValue} − ${row.selfText}| = ${formatNumber(Math.abs(row.difference))}; the self score is from ${row.coverageText.replace(/, low confidence$/, '')}.`],
      })),
    },
  };
}
