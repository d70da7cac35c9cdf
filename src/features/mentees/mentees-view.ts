import type { Pack } from '@/domain/pack/schema';
import type { Profile, Session } from '@/domain/records/schema';
import { byDateNewestFirst, sessionInputOf } from '@/domain/records/session';
import { unreadAnswersOf } from '@/domain/records/unpack-answers';
import { scoreSession, type SessionInput, type SessionResults } from '@/domain/score-session';
import { nextRungAbove } from '@/domain/scoring/standing';
import { summarizeSession, type LevelSummary, type SessionSummary } from '@/domain/scoring/summary';
import { formatDate, plural } from '@/lib/format';

/*
 * Everything the Mentees screens show is derived from the stored records by pure functions that call the domain:
 * the components only lay these out. Scores, readiness and levels always come from summarizeSession (lists) or
 * scoreSession (one person's detail), never from arithmetic here. This file holds what the screens share (lookups,
 * session summaries, trend words, name order); each screen's own view model sits beside it in dashboard-view,
 * person-view, progress-view and import-view.
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
export function levelRank(packs: Packs, levelId: string | null): number | null {
  if (levelId === null) return null;
  for (const pack of packs.values()) {
    const index = pack.levels.findIndex((candidate) => candidate.id === levelId);
    if (index >= 0) return index;
  }
  return Number.MAX_SAFE_INTEGER;
}

export function competencyTitle(pack: Pack, competencyId: string): string {
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

function inputOnView(input: SessionInput, view: RatingView): SessionInput {
  if (view === 'own') return input;
  return view === 'self' ? { ...input, basis: 'self', mentorRatings: {} } : { ...input, basis: 'mentor' };
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
    // A session read from storage whose answers nobody has read yet is scored from its packed answers: building
    // them as the session holds them (each with its time) would only be thrown away here.
    const input = sessionInputOf(pack, session, unreadAnswersOf(session));
    const value = input.ok ? compute(inputOnView(input.value, view)) : null;
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

export const hasMentorRatings = (session: Session) => Object.keys(session.mentorRatings).length > 0;

/** The level a person's readiness is shown for: their own target, else the one of their latest session. */
export function targetOf(profile: Profile, sessionsNewestFirst: readonly Session[]): string | null {
  return profile.targetLevel ?? sessionsNewestFirst[0]?.targetLevel ?? null;
}

/** One level's verdict in a session's summary; null when there is no summary or no such level. */
export function levelIn(summary: SessionSummary | null, levelId: string | null): LevelSummary | null {
  if (!summary || levelId === null) return null;
  return summary.levels.find((level) => level.level === levelId) ?? null;
}

/** Readiness for one level, read from a session's summary; null when not enough answers or no such level. */
export function readinessFor(summary: SessionSummary | null, levelId: string | null): number | null {
  return levelIn(summary, levelId)?.readiness ?? null;
}

/** The rung directly above a current role, in words: never at or below it. */
export function nextLevelText(packs: Packs, currentLevel: string | null, latest?: Session): string {
  const nextId = nextRungAbove(ladderOf(packs, currentLevel, latest), currentLevel);
  return nextId === null ? 'None: top of the ladder' : (levelTitle(packs, nextId) ?? nextId);
}

/** The ladder a person's current role sits on: the latest session's pack, else the first pack that has the role. */
export function ladderOf(packs: Packs, currentLevel: string | null, latest: Session | undefined): readonly string[] {
  const own = latest ? packs.get(latest.packId) : undefined;
  const pack = own ?? [...packs.values()].find((candidate) => currentLevel !== null && candidate.levels.some((level) => level.id === currentLevel)) ?? packs.values().next().value;
  return pack ? pack.levels.map((level) => level.id) : [];
}

export const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 100));

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

// ——— names ———

/** Names in the reader's order: case and accents aside, "Ana 2" before "Ana 10". */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
export const compareNames = (a: string, b: string) => collator.compare(a, b);
