import type { ScoringPack } from '@/domain/pack/scoring-pack';
import type { Session } from '@/domain/records/schema';
import { sessionInputOf, type ScoreProblem } from '@/domain/records/session';
import { countNotApplicable } from '@/domain/scoring/competency-scores';
import { scoreSession, type SessionResults } from '@/domain/score-session';
import type { Result } from '@/domain/result';
import { formatDate, plural } from '@/lib/format';
import type { CalibrationView, CertificationsView, EvidenceNote, PlanView, SalaryView } from './advice-view';
import type { GapsView, GroupsView, LadderView } from './figures-view';
import { buildHeadline, type HeadlineView, type Person } from './headline-view';
import { titleLookupsOf, type TitleLookups } from './results-explain';

/*
 * Everything the Results screen shows, derived from the session and its SessionResults by pure functions:
 * the components only lay these out. Numbers arrive here already formatted, with the words that explain them.
 * Each part has its own file: headline-view (the first screenful), figures-view (ladder, groups, gaps),
 * advice-view (calibration, certifications, plan, salary, evidence), results-explain (the shared words). This file
 * builds the first screenful; whole-view.ts the whole report, in the chunk that draws the rest of it.
 */

export type { Person } from './headline-view';

/** The session "/results" shows: the newest completed one, else the newest (sessions come newest first). */
export function pickLatestSession(sessionsNewestFirst: readonly Session[]): Session | undefined {
  return sessionsNewestFirst.find((session) => session.completedAt !== null) ?? sessionsNewestFirst[0];
}

export type { ScoreProblem } from '@/domain/records/session';

/**
 * Scores a stored session against its pack, or says which part of the session the pack no longer has. `currentLevel`:
 * the rung the person holds (null: none yet), which the certification advice takes into account.
 */
export function scoreSessionRecord(pack: ScoringPack | undefined, session: Session, currentLevel?: string | null): Result<SessionResults, ScoreProblem> {
  const input = sessionInputOf(pack, session);
  return input.ok ? { ok: true, value: scoreSession({ ...input.value, currentLevel }) } : input;
}

export function scoreProblemText(problem: ScoreProblem): string {
  switch (problem.kind) {
    case 'no-pack':
      return `These results belong to the assessment pack “${problem.packId}”, which is not installed (or could not be read) in this copy of Rungs.`;
    case 'no-assessment':
      return `The pack no longer has the assessment “${problem.assessmentId}” these answers were given for.`;
    case 'no-level':
      return `The pack no longer has the target level “${problem.targetLevel}” chosen for this session.`;
  }
}

export interface ResultsView {
  /** "Your results" or "Results for Dana". */
  heading: string;
  /** The page title and the printed report's title. */
  documentTitle: string;
  personName: string | null;
  packTitle: string;
  assessmentTitle: string;
  dateText: string;
  /** "Completed 3 March 2026" or "In progress, last saved …". */
  status: string;
  targetTitle: string;
  basisText: string;
  versionNote: string | null;
  /** How many questions were marked "Not applicable to my workplace", and what that does; null when none. */
  notApplicableText: string | null;
  notEnoughAnswers: boolean;
  headline: HeadlineView;
  ladder: LadderView;
  groups: GroupsView;
  gaps: GapsView;
  calibration: CalibrationView;
  certifications: CertificationsView;
  plan: PlanView;
  salary: SalaryView | null;
  evidence: readonly EvidenceNote[];
}

const BASIS_TEXT: Record<Session['basis'], string> = {
  self: 'Scores stand on your self-ratings.',
  mentor: 'Scores stand on your mentor’s ratings where there is one, else on your self-ratings.',
  lower: 'Scores stand on the lower of your self-rating and your mentor’s rating.',
};

function notApplicableTextOf(results: SessionResults): string | null {
  const { count } = countNotApplicable(results.scores);
  return count === 0
    ? null
    : `${plural(count, 'question')} marked “Not applicable to my workplace”: like “Not sure”, they count as unanswered, never as 0.`;
}

export const SELF: Person = { name: 'Me', currentLevel: null, isSelf: true };

/** The header and the headline: the first screenful, which a pack's scoring part is enough for. */
export type FirstScreenView = Omit<ResultsView, Exclude<LazyPart, 'headline'>>;

/** The parts of the view that are built only when first read, each at most once. */
type LazyPart = 'headline' | 'ladder' | 'groups' | 'gaps' | 'calibration' | 'certifications' | 'plan' | 'salary' | 'evidence';

/**
 * Defines each part as a property built on its first read and kept: a section nobody opens is never built, the
 * headline is built by the component that paints it first, and a rebuilt view costs nothing until it is shown.
 */
export function withLazyParts<Base extends object, Part extends LazyPart>(base: Base, builders: { [K in Part]: () => ResultsView[K] }): Base & Pick<ResultsView, Part> {
  for (const key of Object.keys(builders) as Part[]) {
    let built: { value: unknown } | null = null;
    Object.defineProperty(base, key, {
      enumerable: true,
      get: () => (built ??= { value: builders[key]() }).value,
    });
  }
  return base as Base & Pick<ResultsView, Part>;
}

/** The view's plain fields, and the person's current level when the pack has it. */
export function headerOf(pack: ScoringPack, session: Session, results: SessionResults, person: Person, packChangeNote: string | null, lookups: TitleLookups) {
  const assessment = pack.assessments.find((candidate) => candidate.id === session.assessmentId);
  const when = session.completedAt ?? session.updatedAt;
  const currentLevel = person.currentLevel && pack.levels.some((level) => level.id === person.currentLevel) ? person.currentLevel : null;
  const heading = person.isSelf ? 'Your results' : `Results for ${person.name}`;
  const dateText = formatDate(when);
  const base = {
    heading,
    documentTitle: `${heading} · ${dateText}`,
    personName: person.isSelf ? null : person.name,
    packTitle: pack.meta.title,
    assessmentTitle: assessment?.title ?? session.assessmentId,
    dateText,
    status: session.completedAt ? `Completed ${formatDate(session.completedAt)}` : `In progress, last saved ${formatDate(session.updatedAt)}`,
    targetTitle: lookups.levelTitle(results.targetLevel),
    basisText: BASIS_TEXT[session.basis],
    versionNote:
      packChangeNote ??
      (session.packVersion === pack.meta.version
        ? null
        : `Answered with version ${session.packVersion} of the pack and scored with version ${pack.meta.version}.`),
    notApplicableText: notApplicableTextOf(results),
    notEnoughAnswers: results.notEnoughAnswers,
  };
  return { base, currentLevel };
}

/**
 * The first screenful from a pack's scoring part, while the whole pack is on its way, or from the whole pack while
 * the rest of the report's code is: the same as buildResultsView's header and headline for the same session
 * (test/features/results/first-screen.test.ts holds it to that).
 */
export function buildFirstScreenView(
  pack: ScoringPack,
  session: Session,
  results: SessionResults,
  person: Person = SELF,
  packChangeNote: string | null = null,
): FirstScreenView {
  const lookups = titleLookupsOf(pack);
  // A session read through the changelog needs the whole pack: only from it is there a pack change note to say.
  const { base, currentLevel } = headerOf(pack, session, results, person, packChangeNote, lookups);
  return withLazyParts(base, { headline: () => buildHeadline(pack, session, results, lookups, { ...person, currentLevel }) });
}

/** "2026-03-03" from the session's completion (else last save) time, for export file names. */
export function exportDate(session: Session): string {
  return (session.completedAt ?? session.updatedAt).slice(0, 10);
}

export const sessionJsonFileName = (session: Session) => `rungs-session-${exportDate(session)}.json`;
export const resultsCsvFileName = (session: Session) => `rungs-results-${exportDate(session)}.csv`;

/** The full session record, as the importer reads it back. */
export const serializeSessionJson = (session: Session): string => JSON.stringify(session, null, 2);
