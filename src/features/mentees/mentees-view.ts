import { NO_ROLE_TEXT } from '@/components/assessment-fields';
import type { Pack } from '@/domain/pack/schema';
import { overdueActions } from '@/domain/records/profile';
import { progressOf } from '@/domain/records/questionnaire';
import type { Action, Profile, Session } from '@/domain/records/schema';
import { byDateNewestFirst, sessionDate, sessionInputOf } from '@/domain/records/session';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import type { ReadyState } from '@/domain/scoring/readiness';
import { scoreSession, type SessionInput, type SessionResults } from '@/domain/score-session';
import { nextRungAbove } from '@/domain/scoring/standing';
import { summarizeSession, type LevelSummary, type SessionSummary } from '@/domain/scoring/summary';
import { readinessFigure as readinessDetail } from '@/components/ready-state';
import { formatDate, formatNumber as formatScore, listWords, plural } from '@/lib/format';

/** The one rule's words and figure, shared with results: re-exported for this screen family's components. */
export { READY_STATE_TEXT } from '@/components/ready-state';
export { readinessDetail };

/*
 * Everything the Mentees screens show, derived from the stored records by pure functions that call the domain:
 * the components only lay these out. Scores, readiness and levels always come from summarizeSession (lists) or
 * scoreSession (one person's detail), never from arithmetic here.
 */

export type Packs = ReadonlyMap<string, Pack>;

// ——— formatting ———

/** A due day (YYYY-MM-DD) read as that calendar day wherever the reader is. */
export const formatDay = (day: string): string => formatDate(`${day}T12:00:00.000Z`, { timeZone: 'UTC' });

/** The local calendar day (YYYY-MM-DD): what a date input gives and what "overdue" is compared with. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}


// ——— lookups ———

/** A level's title from whichever installed pack has it; the id itself when none does. */
export function levelTitle(packs: Packs, levelId: string | null): string | null {
  if (levelId === null) return null;
  for (const pack of packs.values()) {
    const level = pack.levels.find((candidate) => candidate.id === levelId);
    if (level) return level.title;
  }
  return levelId;
}

/** Position of a level on its ladder, for sorting by level; unknown levels sort after known ones. */
function levelRank(packs: Packs, levelId: string | null): number | null {
  if (levelId === null) return null;
  for (const pack of packs.values()) {
    const index = pack.levels.findIndex((candidate) => candidate.id === levelId);
    if (index >= 0) return index;
  }
  return Number.MAX_SAFE_INTEGER;
}

function competencyTitle(pack: Pack, competencyId: string): string {
  return pack.competencies.find((competency) => competency.id === competencyId)?.title ?? competencyId;
}

// ——— sessions ———

/** Every person's sessions in one pass, each list newest first. */
export function groupSessions(sessions: Readonly<Record<string, Session>>): Map<string, Session[]> {
  const groups = new Map<string, Session[]>();
  for (const session of Object.values(sessions)) {
    const list = groups.get(session.profileId);
    if (list) list.push(session);
    else groups.set(session.profileId, [session]);
  }
  for (const list of groups.values()) list.sort(byDateNewestFirst);
  return groups;
}

/** The person's completed sessions, newest first. */
export const completedOf = (sessions: readonly Session[]) => sessions.filter((session) => session.completedAt !== null);

/**
 * Which ratings a computation stands on. 'own': the session's own basis, as its Results page shows it. 'self': the
 * person's self-ratings alone. 'mentor': the mentor's ratings where given (self-ratings elsewhere). Comparing two
 * sessions on the same kind is what keeps a trend honest: self with self, mentor with mentor.
 */
export type RatingView = 'own' | 'self' | 'mentor';

function sessionOnView(session: Session, view: RatingView): Session {
  if (view === 'own') return session;
  return view === 'self' ? { ...session, basis: 'self', mentorRatings: {} } : { ...session, basis: 'mentor' };
}

/**
 * `compute` for a stored session, or null when its pack, assessment or target level is not installed. A session
 * object is replaced, never changed, when anything in it changes: caching per object (and per pack and view) means
 * each session is computed once per view, however often the dashboard re-renders or re-sorts.
 */
function perSession<T>(compute: (input: SessionInput) => T): (pack: Pack | undefined, session: Session, view?: RatingView) => T | null {
  const cache = new WeakMap<Pack, WeakMap<Session, Map<RatingView, T | null>>>();
  return (pack, session, view = 'own') => {
    if (!pack) return null;
    let bySession = cache.get(pack);
    if (!bySession) {
      bySession = new WeakMap();
      cache.set(pack, bySession);
    }
    let byView = bySession.get(session);
    if (!byView) {
      byView = new Map();
      bySession.set(session, byView);
    }
    if (byView.has(view)) return byView.get(view) ?? null;
    const input = sessionInputOf(pack, sessionOnView(session, view));
    const value = input.ok ? compute(input.value) : null;
    byView.set(view, value);
    return value;
  };
}

/** summarizeSession for a stored session: what the dashboard and the lists need. */
export const summaryOf: (pack: Pack | undefined, session: Session, view?: RatingView) => SessionSummary | null = perSession(summarizeSession);

/** scoreSession for a stored session (one person's detail only: it builds every explanation). */
export const resultsOf: (pack: Pack | undefined, session: Session) => SessionResults | null = perSession(scoreSession);

const sameKeys = (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key));
};

/**
 * What two sessions' readiness can be compared on: their own basis when both stand on the same kind of ratings
 * (the same basis, the mentor having rated the same competencies); otherwise self-ratings alone, so a change of
 * basis or a mentor's first rating never shows as the person's progress.
 */
export function comparableView(latest: Session, previous: Session): RatingView {
  return latest.basis === previous.basis && sameKeys(latest.mentorRatings, previous.mentorRatings) ? 'own' : 'self';
}

const hasMentorRatings = (session: Session) => Object.keys(session.mentorRatings).length > 0;

/** The level a person's readiness is shown for: their own target, else the one of their latest session. */
export function targetOf(profile: Profile, sessionsNewestFirst: readonly Session[]): string | null {
  return profile.targetLevel ?? sessionsNewestFirst[0]?.targetLevel ?? null;
}

/** One level's verdict in a session's summary; null when there is no summary or no such level. */
function levelIn(summary: SessionSummary | null, levelId: string | null): LevelSummary | null {
  if (!summary || levelId === null) return null;
  return summary.levels.find((level) => level.level === levelId) ?? null;
}

/** Readiness for one level, read from a session's summary; null when not enough answers or no such level. */
function readinessFor(summary: SessionSummary | null, levelId: string | null): number | null {
  return levelIn(summary, levelId)?.readiness ?? null;
}

/** The rung directly above a current role, in words: never at or below it. */
export function nextLevelText(packs: Packs, currentLevel: string | null, latest?: Session): string {
  const nextId = nextRungAbove(ladderOf(packs, currentLevel, latest), currentLevel);
  return nextId === null ? 'None: top of the ladder' : (levelTitle(packs, nextId) ?? nextId);
}

/** The ladder a person's current role sits on: the latest session's pack, else the first pack that has the role. */
function ladderOf(packs: Packs, currentLevel: string | null, latest: Session | undefined): readonly string[] {
  const own = latest ? packs.get(latest.packId) : undefined;
  const pack = own ?? [...packs.values()].find((candidate) => currentLevel !== null && candidate.levels.some((level) => level.id === currentLevel)) ?? packs.values().next().value;
  return pack ? pack.levels.map((level) => level.id) : [];
}

const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 100));

// ——— trend words ———

export interface TrendView {
  /** Change in whole percentage points since the previous completed session; null when there is nothing to compare. */
  delta: number | null;
  /** What the eye reads: an arrow then words ("▲ 12 points since previous"). */
  symbol: string;
  text: string;
  /** The same in words only, for screen readers. */
  label: string;
}

export function trendOf(latest: number | null, previous: number | null, completedCount: number, view: RatingView = 'own'): TrendView {
  if (completedCount === 0) return { delta: null, symbol: '', text: 'No completed session', label: 'No completed session yet' };
  if (completedCount === 1) return { delta: null, symbol: '', text: 'First session', label: 'Only one completed session: no trend yet' };
  if (latest === null || previous === null) {
    return { delta: null, symbol: '', text: 'Not enough answers to compare', label: 'Not enough answers to compare with the previous session' };
  }
  const delta = latest - previous;
  const points = plural(Math.abs(delta), 'point');
  // Said when the two sessions stand on different ratings and were compared on self-ratings alone.
  const on = view === 'self' ? ' (self-ratings)' : '';
  const onLabel = view === 'self' ? ', comparing self-ratings only' : '';
  if (delta > 0) return { delta, symbol: '▲', text: `${points} since previous${on}`, label: `Up ${points} since the previous session${onLabel}` };
  if (delta < 0) return { delta, symbol: '▼', text: `${points} since previous${on}`, label: `Down ${points} since the previous session${onLabel}` };
  return { delta: 0, symbol: '=', text: `no change since previous${on}`, label: `No change since the previous session${onLabel}` };
}

// ——— the dashboard ———

export interface DashboardRow {
  profileId: string;
  name: string;
  archived: boolean;
  roleText: string;
  roleRank: number | null;
  targetText: string;
  targetRank: number | null;
  /** Whole percent, null when there is none to show. */
  readiness: number | null;
  /** "86% · 3 core gaps", or why there is no readiness ("No completed session"). */
  readinessText: string;
  /** The one ready rule's verdict for the target; null without a completed, scorable session. */
  readinessState: ReadyState | null;
  highestReadyText: string;
  highestReadyRank: number | null;
  /** The rung directly above the person's current role: never at or below it. */
  nextText: string;
  nextRank: number | null;
  /** Readiness for that rung in the latest session ("Nearly ready, 78%"); null without one. */
  nextState: ReadyState | null;
  nextDetail: string | null;
  trend: TrendView;
  overdue: number;
  overdueText: string;
  sessions: number;
}

export { NO_ROLE_TEXT };

/** One row per mentee ("Me" is not one), archived ones only when asked for, in name order. */
export function buildDashboardRows(input: {
  profiles: Readonly<Record<string, Profile>>;
  sessionsByProfile: ReadonlyMap<string, readonly Session[]>;
  packs: Packs;
  today: string;
  showArchived: boolean;
}): DashboardRow[] {
  const { packs } = input;
  const rows: DashboardRow[] = [];
  for (const profile of Object.values(input.profiles)) {
    if (profile.id === SELF_PROFILE_ID) continue;
    const archived = profile.archivedAt !== null;
    if (archived && !input.showArchived) continue;
    const sessions = input.sessionsByProfile.get(profile.id) ?? [];
    const completed = completedOf(sessions);
    const target = targetOf(profile, sessions);
    const [latest, previous] = completed;
    // Only the latest two completed sessions are summarised: that is all a row shows.
    const latestPack = latest ? packs.get(latest.packId) : undefined;
    const latestSummary = latest ? summaryOf(latestPack, latest) : null;
    const targetLevel = levelIn(latestSummary, target);
    const readiness = percentOf(targetLevel?.readiness ?? null);
    // The trend compares like with like: both sessions on the same kind of ratings, never a basis change.
    const view = latest && previous ? comparableView(latest, previous) : 'own';
    const latestCompared = latest && view !== 'own' ? summaryOf(latestPack, latest, view) : latestSummary;
    const previousCompared = previous ? summaryOf(packs.get(previous.packId), previous, view) : null;
    const nextId = nextRungAbove(ladderOf(packs, profile.currentLevel, latest), profile.currentLevel);
    const nextLevel = levelIn(latestSummary, nextId);
    const overdue = overdueActions(profile, input.today).length;
    rows.push({
      profileId: profile.id,
      name: profile.name,
      archived,
      roleText: levelTitle(packs, profile.currentLevel) ?? NO_ROLE_TEXT,
      roleRank: levelRank(packs, profile.currentLevel),
      targetText: levelTitle(packs, target) ?? 'Not set',
      targetRank: levelRank(packs, target),
      readiness,
      readinessText: !latest ? 'No completed session' : targetLevel ? readinessDetail(targetLevel) : 'Not enough answers',
      readinessState: targetLevel ? targetLevel.state : null,
      highestReadyText: !latestSummary ? '—' : (levelTitle(packs, latestSummary.highestReady) ?? 'None yet'),
      highestReadyRank: latestSummary ? (latestSummary.highestReady === null ? -1 : levelRank(packs, latestSummary.highestReady)) : null,
      nextText: nextLevelText(packs, profile.currentLevel, latest),
      nextRank: nextId === null ? Number.MAX_SAFE_INTEGER : levelRank(packs, nextId),
      nextState: nextLevel ? nextLevel.state : null,
      nextDetail: nextLevel ? readinessDetail(nextLevel) : null,
      trend: trendOf(percentOf(readinessFor(latestCompared, target)), percentOf(readinessFor(previousCompared, target)), completed.length, view),
      overdue,
      overdueText: overdue === 0 ? 'None' : `${overdue} overdue`,
      sessions: sessions.length,
    });
  }
  return rows.sort((a, b) => compareNames(a.name, b.name) || (a.profileId < b.profileId ? -1 : 1));
}

export const SORT_KEYS = ['name', 'role', 'target', 'readiness', 'highestReady', 'next', 'trend', 'overdue', 'sessions'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const compareNames = (a: string, b: string) => collator.compare(a, b);

const sortValue = (row: DashboardRow, key: SortKey): number | string | null => {
  switch (key) {
    case 'name':
      return row.name;
    case 'role':
      return row.roleRank;
    case 'target':
      return row.targetRank;
    case 'readiness':
      return row.readiness;
    case 'highestReady':
      return row.highestReadyRank;
    case 'next':
      return row.nextRank;
    case 'trend':
      return row.trend.delta;
    case 'overdue':
      return row.overdue;
    case 'sessions':
      return row.sessions;
  }
};

/** Sorted by one column; rows without a value go last either way, ties keep name order. */
export function sortRows(rows: readonly DashboardRow[], key: SortKey, direction: SortDirection): DashboardRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, order) => ({ row, order, value: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.order - b.order : a.value === null ? 1 : -1;
      const compared = typeof a.value === 'string' && typeof b.value === 'string' ? compareNames(a.value, b.value) : Number(a.value) - Number(b.value);
      return sign * compared || a.order - b.order;
    })
    .map(({ row }) => row);
}

/** The one-sentence status of the whole list, read after a sort or a filter. */
export function dashboardSummary(rows: readonly DashboardRow[], archivedHidden: number): string {
  const overdue = rows.filter((row) => row.overdue > 0).length;
  const parts = [`${plural(rows.length, 'mentee')} shown`];
  if (archivedHidden > 0) parts.push(`${archivedHidden} archived hidden`);
  if (overdue > 0) parts.push(`${plural(overdue, 'mentee')} with overdue actions`);
  return `${parts.join('; ')}.`;
}

// ——— one person's sessions ———

export interface SessionRow {
  sessionId: string;
  dateText: string;
  assessmentText: string;
  completed: boolean;
  statusText: string;
  readinessText: string;
  readinessState: ReadyState | null;
  highestReadyText: string;
  /** Set for a copy kept from an import because it differed from the session already here. */
  conflictText: string | null;
}

export function buildSessionRows(sessionsNewestFirst: readonly Session[], packs: Packs, target: string | null, all: Readonly<Record<string, Session>>): SessionRow[] {
  const copiesOf = new Map<string, Session[]>();
  for (const session of sessionsNewestFirst) {
    if (session.conflictOf === null) continue;
    const list = copiesOf.get(session.conflictOf);
    if (list) list.push(session);
    else copiesOf.set(session.conflictOf, [session]);
  }
  return sessionsNewestFirst.map((session): SessionRow => {
    const pack = packs.get(session.packId);
    const summary = summaryOf(pack, session);
    const assessment = pack?.assessments.find((candidate) => candidate.id === session.assessmentId);
    const progress = pack && !session.completedAt ? progressOf(pack, session) : null;
    const targetLevel = levelIn(summary, target);
    return {
      sessionId: session.id,
      dateText: formatDate(sessionDate(session)),
      assessmentText: `${pack?.meta.title ?? session.packId}, ${assessment?.title.toLowerCase() ?? session.assessmentId}`,
      completed: session.completedAt !== null,
      statusText: session.completedAt
        ? 'Completed'
        : progress
          ? `In progress: ${progress.answered} of ${progress.total} answered`
          : 'In progress',
      readinessText: !summary ? '—' : targetLevel ? readinessDetail(targetLevel) : 'Not enough answers',
      readinessState: targetLevel?.state ?? null,
      highestReadyText: !summary ? '—' : (levelTitle(packs, summary.highestReady) ?? 'None yet'),
      conflictText: conflictText(session, all, copiesOf.get(session.id) ?? []),
    };
  });
}

/** Which of two differing copies of a session is newer: later change, then higher revision. */
const isNewer = (a: Session, b: Session) => (a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : a.revision > b.revision);

function conflictText(session: Session, all: Readonly<Record<string, Session>>, copies: readonly Session[]): string | null {
  if (session.conflictOf !== null) {
    const original = Object.hasOwn(all, session.conflictOf) ? all[session.conflictOf] : undefined;
    if (!original) return 'Conflicting copy, kept from an import.';
    return isNewer(session, original)
      ? `Conflicting copy, kept from an import — the newer one is this copy (saved ${formatDate(session.updatedAt)}).`
      : `Conflicting copy, kept from an import — the newer one is the other copy (saved ${formatDate(original.updatedAt)}).`;
  }
  if (copies.length === 0) return null;
  const newest = copies.reduce((best, copy) => (isNewer(copy, best) ? copy : best), session);
  return newest === session
    ? `Has a conflicting copy from an import — the newer one is this one (saved ${formatDate(session.updatedAt)}).`
    : `Has a conflicting copy from an import — the newer one is the copy (saved ${formatDate(newest.updatedAt)}).`;
}

/** The session a new one is pre-filled from: the latest completed one of that pack, else the latest of that pack. */
export function prefillSource(sessionsNewestFirst: readonly Session[], packId: string): Session | undefined {
  const same = sessionsNewestFirst.filter((session) => session.packId === packId);
  return same.find((session) => session.completedAt !== null) ?? same[0];
}

// ——— progress over time ———

/*
 * Progress compares like with like: the person's self-ratings with their self-ratings, the mentor's ratings with the
 * mentor's. A line that mixed the two (one session on self-ratings, the next on the mentor's) would show a rise or
 * a fall that no answer caused.
 */

export interface ReadinessPoint {
  sessionId: string;
  dateText: string;
  /** 0–100 on self-ratings alone, null when not enough answers: the chart leaves a gap rather than drawing 0. */
  percent: number | null;
  readinessText: string;
  /** 0–100 with the mentor's ratings where given; null when the mentor rated nothing in that session. */
  mentorPercent: number | null;
  mentorText: string;
  highestReadyText: string;
}

export interface ReadinessTrendView {
  targetTitle: string;
  points: readonly ReadinessPoint[];
  /** True when at least one session has a mentor's rating: the chart and table show the mentor's line too. */
  hasMentor: boolean;
  summary: string;
}

function changeSentence(what: string, scored: readonly { percent: number; dateText: string }[], noun: string): string | null {
  const first = scored[0];
  const last = scored.at(-1);
  if (!first || !last) return null;
  if (first === last) return `${what}: ${last.percent}% on ${last.dateText}.`;
  const delta = last.percent - first.percent;
  const change = delta > 0 ? `rose ${plural(delta, 'point')}` : delta < 0 ? `fell ${plural(-delta, 'point')}` : 'did not change';
  return `${what} ${change}, from ${first.percent}% on ${first.dateText} to ${last.percent}% on ${last.dateText}, over ${plural(scored.length, noun)}.`;
}

/** Readiness for the person's target across their completed sessions, oldest first, on self- and on mentor's ratings. */
export function buildReadinessTrend(sessionsNewestFirst: readonly Session[], packs: Packs, target: string | null): ReadinessTrendView {
  const targetTitle = levelTitle(packs, target) ?? 'the target level';
  const points = completedOf(sessionsNewestFirst)
    .slice()
    .reverse()
    .map((session): ReadinessPoint => {
      const pack = packs.get(session.packId);
      const summary = summaryOf(pack, session, 'self');
      const percent = percentOf(readinessFor(summary, target));
      const mentorPercent = hasMentorRatings(session) ? percentOf(readinessFor(summaryOf(pack, session, 'mentor'), target)) : null;
      const own = summaryOf(pack, session);
      return {
        sessionId: session.id,
        dateText: formatDate(sessionDate(session)),
        percent,
        readinessText: percent === null ? 'Not enough answers' : `${percent}%`,
        mentorPercent,
        mentorText: mentorPercent === null ? 'No mentor’s rating' : `${mentorPercent}%`,
        highestReadyText: !own ? '—' : (levelTitle(packs, own.highestReady) ?? 'None yet'),
      };
    });
  const hasMentor = points.some((point) => point.mentorPercent !== null);
  const selfScored = points.flatMap((point) => (point.percent === null ? [] : [{ percent: point.percent, dateText: point.dateText }]));
  const mentorScored = points.flatMap((point) => (point.mentorPercent === null ? [] : [{ percent: point.mentorPercent, dateText: point.dateText }]));
  let summary: string;
  if (points.length === 0) summary = 'No completed session yet, so there is no readiness to follow.';
  else {
    const self =
      changeSentence(`Readiness for ${targetTitle}${hasMentor ? ' on the person’s own ratings' : ''}`, selfScored, 'scored session') ??
      `None of the ${plural(points.length, 'completed session')} has enough answers to give a readiness for ${targetTitle}.`;
    const mentor = changeSentence('With the mentor’s ratings it', mentorScored, 'session the mentor rated');
    summary = mentor ? `${self} ${mentor}` : self;
  }
  return { targetTitle, points, hasMentor, summary };
}

export interface CompetencySeries {
  competencyId: string;
  title: string;
  /** The person's own score, one per session in `sessions`, null where the competency had no self-rating. */
  values: readonly (number | null)[];
  texts: readonly string[];
  /** The mentor's rating, one per session, null where the mentor gave none. */
  mentorValues: readonly (number | null)[];
  mentorTexts: readonly string[];
  /** What the person's target level expects of it (0–4), or null when that level sets no target for it. */
  target: number | null;
  targetText: string;
}

export interface CompetencyTrendView {
  sessions: readonly { sessionId: string; dateText: string }[];
  series: readonly CompetencySeries[];
  summary: string;
}

/**
 * Each competency's self-score and mentor's rating across the completed sessions, oldest first. Sessions of
 * another pack than the latest one are left out: their competencies are not the same.
 */
export function buildCompetencyTrend(sessionsNewestFirst: readonly Session[], packs: Packs, target: string | null): CompetencyTrendView {
  const completed = completedOf(sessionsNewestFirst);
  const pack = completed[0] ? packs.get(completed[0].packId) : undefined;
  if (!pack) return { sessions: [], series: [], summary: 'No completed session yet, so there are no scores to follow.' };
  const scored = completed
    .filter((session) => session.packId === pack.meta.id)
    .reverse()
    .flatMap((session) => {
      const results = resultsOf(pack, session);
      return results ? [{ session, results }] : [];
    });
  const targetLevel = scored.at(-1)?.results.ladder.levels.find((level) => level.level === target);
  const series = pack.competencies.map((competency): CompetencySeries => {
    const scores = scored.map(({ results }) => results.scores.find((score) => score.competency === competency.id));
    const values = scores.map((score) => score?.self.value ?? null);
    const mentorValues = scores.map((score) => score?.mentor ?? null);
    const expected = targetLevel?.gaps.find((gap) => gap.competency === competency.id)?.target ?? null;
    return {
      competencyId: competency.id,
      title: competency.title,
      values,
      texts: values.map((value) => (value === null ? 'No score' : formatScore(value))),
      mentorValues,
      mentorTexts: mentorValues.map((value) => (value === null ? '—' : formatScore(value))),
      target: expected,
      targetText: expected === null ? '—' : String(expected),
    };
  });
  const withScores = series.filter((item) => item.values.some((value) => value !== null) || item.mentorValues.some((value) => value !== null)).length;
  const summary =
    scored.length === 0
      ? 'No completed session can be scored with the installed assessment.'
      : `Self-scores and mentor’s ratings from 0 to 4 for ${plural(withScores, 'competency', 'competencies')} across ${plural(scored.length, 'completed session')}, oldest first.`;
  return {
    sessions: scored.map(({ session }) => ({ sessionId: session.id, dateText: formatDate(sessionDate(session)) })),
    series,
    summary,
  };
}

export interface ChangeItem {
  /** Unique in a list: the competency and whose rating it is. */
  key: string;
  competencyId: string;
  /** Whose rating changed: the person's own score or the mentor's. */
  by: 'self' | 'mentor';
  title: string;
  before: string;
  after: string;
  /** after − before, on the 0–4 scale. */
  delta: number;
  text: string;
}

export interface SinceLastView {
  state: 'none' | 'compared';
  text: string;
  rose: readonly ChangeItem[];
  fell: readonly ChangeItem[];
}

/**
 * What rose and what fell between the last two completed sessions, largest change first: self-scores against
 * self-scores, the mentor's ratings against the mentor's. A session started from the last one's answers, with
 * nothing changed, shows no change.
 */
export function sinceLastSession(sessionsNewestFirst: readonly Session[], packs: Packs): SinceLastView {
  const [last, previous] = completedOf(sessionsNewestFirst);
  const pack = last ? packs.get(last.packId) : undefined;
  if (!last || !previous || !pack || previous.packId !== last.packId) {
    return { state: 'none', text: 'Two completed sessions of the same assessment are needed to see what changed.', rose: [], fell: [] };
  }
  const now = resultsOf(pack, last);
  const before = resultsOf(pack, previous);
  if (!now || !before) return { state: 'none', text: 'These sessions cannot be scored with the installed assessment.', rose: [], fell: [] };
  const previousScore = new Map(before.scores.map((score) => [score.competency, score]));
  // Whose score it is only needs saying when a mentor has rated in either session.
  const tagged = hasMentorRatings(last) || hasMentorRatings(previous);
  const change = (competencyId: string, by: 'self' | 'mentor', was: number | null, after: number | null): ChangeItem[] => {
    if (after === null || was === null || after === was) return [];
    const delta = after - was;
    const title = competencyTitle(pack, competencyId);
    const whose = by === 'self' ? 'own score' : 'mentor’s rating';
    return [
      {
        key: `${competencyId}/${by}`,
        competencyId,
        by,
        title,
        before: formatScore(was),
        after: formatScore(after),
        delta,
        text: `${title}${tagged ? ` (${whose})` : ''}: ${formatScore(was)} → ${formatScore(after)} (${delta > 0 ? 'up' : 'down'} ${formatScore(Math.abs(delta))})`,
      },
    ];
  };
  const changes = now.scores.flatMap((score) => {
    const was = previousScore.get(score.competency);
    return [
      ...change(score.competency, 'self', was?.self.value ?? null, score.self.value),
      ...change(score.competency, 'mentor', was?.mentor ?? null, score.mentor),
    ];
  });
  const rose = changes.filter((item) => item.delta > 0).sort((a, b) => b.delta - a.delta);
  const fell = changes.filter((item) => item.delta < 0).sort((a, b) => a.delta - b.delta);
  const between = `between ${formatDate(sessionDate(previous))} and ${formatDate(sessionDate(last))}`;
  const text =
    rose.length === 0 && fell.length === 0
      ? `No score or mentor’s rating changed ${between}.`
      : `${between[0]!.toUpperCase()}${between.slice(1)}: ${plural(rose.length, 'competency score')} rose and ${fell.length} fell.`;
  return { state: 'compared', text, rose, fell };
}

// ——— action plan ———

export interface PlanSuggestion {
  /** Unique in the list: competency and action together. */
  key: string;
  competencyId: string;
  title: string;
  label: string;
}

/** On-the-job actions from the development plan of the person's latest completed session. */
export function planSuggestions(sessionsNewestFirst: readonly Session[], packs: Packs): PlanSuggestion[] {
  const latest = completedOf(sessionsNewestFirst)[0];
  const pack = latest ? packs.get(latest.packId) : undefined;
  const results = latest && pack ? resultsOf(pack, latest) : null;
  if (!results || !pack) return [];
  return results.plan.items.flatMap((item) =>
    item.actions.map((action) => ({
      key: `${item.competency}/${action.id}`,
      competencyId: item.competency,
      title: action.text,
      label: `${competencyTitle(pack, item.competency)}: ${action.text}`,
    })),
  );
}

export const STATUS_TEXT: Record<Action['status'], string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done' };

export interface ActionRow {
  action: Action;
  competencyText: string | null;
  dueText: string;
  overdue: boolean;
}

export function buildActionRows(profile: Profile, packs: Packs, today: string): ActionRow[] {
  const overdue = new Set(overdueActions(profile, today).map((action) => action.id));
  const titleOf = (competencyId: string) => {
    for (const pack of packs.values()) {
      const found = pack.competencies.find((competency) => competency.id === competencyId);
      if (found) return found.title;
    }
    return competencyId;
  };
  return profile.actions.map((action) => ({
    action,
    competencyText: action.competencyId === null ? null : titleOf(action.competencyId),
    dueText: action.due === null ? 'No due date' : formatDay(action.due),
    overdue: overdue.has(action.id),
  }));
}

// ——— import preview ———

/** The parts of the import plan the preview shows (the merge's own type has these and more). */
export interface ImportPlanShape {
  profiles: { added: readonly Profile[]; updated: readonly { before: Profile; after: Profile }[]; unchanged: readonly Profile[] };
  sessions: { added: readonly Session[]; unchanged: readonly Session[]; conflicts: readonly { kept: Session; copy: Session; newest: 'kept' | 'copy' }[] };
}

export interface ImportPreviewView {
  nothingNew: boolean;
  lines: readonly string[];
  conflicts: readonly string[];
}

const nameOf = (profile: Profile) => (profile.id === SELF_PROFILE_ID ? 'you (Me)' : profile.name);

export function buildImportPreview(plan: ImportPlanShape, names: ReadonlyMap<string, string>, exportedAt: string | null): ImportPreviewView {
  const { profiles, sessions } = plan;
  const lines: string[] = [];
  lines.push(exportedAt ? `The file was saved on ${formatDate(exportedAt)}.` : 'The file does not say when it was saved.');
  const added = profiles.added.map(nameOf).sort(compareNames);
  lines.push(
    profiles.added.length + sessions.added.length === 0
      ? 'Nothing will be added.'
      : `Will be added: ${plural(profiles.added.length, 'person', 'people')}${added.length > 0 ? ` (${listWords(added)})` : ''} and ${plural(sessions.added.length, 'session')}.`,
  );
  if (profiles.updated.length > 0) {
    lines.push(`Will be updated with the newer details from the file: ${listWords(profiles.updated.map(({ after }) => nameOf(after)).sort(compareNames))}.`);
  }
  const existing = profiles.unchanged.length + sessions.unchanged.length;
  if (existing > 0) {
    lines.push(`Already here and unchanged: ${plural(profiles.unchanged.length, 'person', 'people')} and ${plural(sessions.unchanged.length, 'session')}.`);
  }
  const sessionOf = (session: Session) => {
    if (session.profileId === SELF_PROFILE_ID) return 'Your own session';
    const name = names.get(session.profileId);
    return name ? `${name}’s session` : 'A session';
  };
  const conflicts = sessions.conflicts.map(
    ({ kept, copy, newest }) =>
      `${sessionOf(kept)} of ${formatDate(sessionDate(kept))} differs from the copy in the file: both are kept; the newer one is ${newest === 'copy' ? `the copy from the file (saved ${formatDate(copy.updatedAt)})` : `the one already here (saved ${formatDate(kept.updatedAt)})`}.`,
  );
  const nothingNew = profiles.added.length + profiles.updated.length + sessions.added.length + sessions.conflicts.length === 0;
  if (nothingNew) lines.push('Nothing new: everything in this file is already here.');
  return { nothingNew, lines, conflicts };
}
