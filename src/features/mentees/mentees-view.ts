import type { Pack } from '@/domain/pack/schema';
import { overdueActions } from '@/domain/records/profile';
import { progressOf } from '@/domain/records/questionnaire';
import type { Action, Profile, Session } from '@/domain/records/schema';
import { byDateNewestFirst, sessionDate, sessionInputOf } from '@/domain/records/session';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import { scoreSession, type SessionInput, type SessionResults } from '@/domain/scoring/score-session';
import { summarizeSession, type SessionSummary } from '@/domain/scoring/summary';

/*
 * Everything the Mentees screens show, derived from the stored records by pure functions that call the domain:
 * the components only lay these out. Scores, readiness and levels always come from summarizeSession (lists) or
 * scoreSession (one person's detail), never from arithmetic here.
 */

export type Packs = ReadonlyMap<string, Pack>;

// ——— formatting ———

// Kept here rather than imported from the results feature: importing results-view would pull that whole module
// into this screen's chunk for three one-line helpers.
export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;

/** At most two decimals, no trailing zeros: 2.75, 3, 0.5. */
export const formatScore = (value: number): string => String(Number(value.toFixed(2)));

/** A stored ISO time, or a calendar day, as a date people read ("3 March 2026"). */
export function formatDate(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** A due day (YYYY-MM-DD) read as that calendar day wherever the reader is. */
export const formatDay = (day: string): string => formatDate(`${day}T12:00:00.000Z`, 'UTC');

/** The local calendar day (YYYY-MM-DD): what a date input gives and what "overdue" is compared with. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const listWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

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
 * `compute` for a stored session, or null when its pack, assessment or target level is not installed. A session
 * object is replaced, never changed, when anything in it changes: caching per object (and per pack) means each
 * session is computed once, however often the dashboard re-renders or re-sorts.
 */
function perSession<T>(compute: (input: SessionInput) => T): (pack: Pack | undefined, session: Session) => T | null {
  const cache = new WeakMap<Pack, WeakMap<Session, T | null>>();
  return (pack, session) => {
    if (!pack) return null;
    let bySession = cache.get(pack);
    if (!bySession) {
      bySession = new WeakMap();
      cache.set(pack, bySession);
    }
    if (bySession.has(session)) return bySession.get(session) ?? null;
    const input = sessionInputOf(pack, session);
    const value = input.ok ? compute(input.value) : null;
    bySession.set(session, value);
    return value;
  };
}

/** summarizeSession for a stored session: what the dashboard and the lists need. */
export const summaryOf: (pack: Pack | undefined, session: Session) => SessionSummary | null = perSession(summarizeSession);

/** scoreSession for a stored session (one person's detail only: it builds every explanation). */
export const resultsOf: (pack: Pack | undefined, session: Session) => SessionResults | null = perSession(scoreSession);

/** The level a person's readiness is shown for: their own target, else the one of their latest session. */
export function targetOf(profile: Profile, sessionsNewestFirst: readonly Session[]): string | null {
  return profile.targetLevel ?? sessionsNewestFirst[0]?.targetLevel ?? null;
}

/** Readiness for one level, read from a session's summary; null when not enough answers or no such level. */
function readinessFor(summary: SessionSummary | null, levelId: string | null): number | null {
  if (!summary || levelId === null) return null;
  return summary.levels.find((level) => level.level === levelId)?.readiness ?? null;
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

export function trendOf(latest: number | null, previous: number | null, completedCount: number): TrendView {
  if (completedCount === 0) return { delta: null, symbol: '', text: 'No completed session', label: 'No completed session yet' };
  if (completedCount === 1) return { delta: null, symbol: '', text: 'First session', label: 'Only one completed session: no trend yet' };
  if (latest === null || previous === null) {
    return { delta: null, symbol: '', text: 'Not enough answers to compare', label: 'Not enough answers to compare with the previous session' };
  }
  const delta = latest - previous;
  const points = plural(Math.abs(delta), 'point');
  if (delta > 0) return { delta, symbol: '▲', text: `${points} since previous`, label: `Up ${points} since the previous session` };
  if (delta < 0) return { delta, symbol: '▼', text: `${points} since previous`, label: `Down ${points} since the previous session` };
  return { delta: 0, symbol: '=', text: 'no change since previous', label: 'No change since the previous session' };
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
  readinessText: string;
  highestReadyText: string;
  highestReadyRank: number | null;
  nextText: string;
  nextRank: number | null;
  trend: TrendView;
  overdue: number;
  overdueText: string;
  sessions: number;
}

export const NO_ROLE_TEXT = 'Not yet a manager';

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
    const latestSummary = latest ? summaryOf(packs.get(latest.packId), latest) : null;
    const previousSummary = previous ? summaryOf(packs.get(previous.packId), previous) : null;
    const readiness = percentOf(readinessFor(latestSummary, target));
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
      readinessText: !latest ? 'No completed session' : readiness === null ? 'Not enough answers' : `${readiness}%`,
      highestReadyText: !latestSummary ? '—' : (levelTitle(packs, latestSummary.highestReady) ?? 'None yet'),
      highestReadyRank: latestSummary ? (latestSummary.highestReady === null ? -1 : levelRank(packs, latestSummary.highestReady)) : null,
      nextText: !latestSummary ? '—' : (levelTitle(packs, latestSummary.next) ?? 'None: every level is ready'),
      nextRank: latestSummary ? (latestSummary.next === null ? Number.MAX_SAFE_INTEGER : levelRank(packs, latestSummary.next)) : null,
      trend: trendOf(readiness, percentOf(readinessFor(previousSummary, target)), completed.length),
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
    const readiness = readinessFor(summary, target);
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
      readinessText: !summary ? '—' : readiness === null ? 'Not enough answers' : formatPercent(readiness),
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

export interface ReadinessPoint {
  sessionId: string;
  dateText: string;
  /** 0–100, null when not enough answers: the chart leaves a gap rather than drawing 0. */
  percent: number | null;
  readinessText: string;
  highestReadyText: string;
}

export interface ReadinessTrendView {
  targetTitle: string;
  points: readonly ReadinessPoint[];
  summary: string;
}

/** Readiness for the person's target across their completed sessions, oldest first. */
export function buildReadinessTrend(sessionsNewestFirst: readonly Session[], packs: Packs, target: string | null): ReadinessTrendView {
  const targetTitle = levelTitle(packs, target) ?? 'the target level';
  const points = completedOf(sessionsNewestFirst)
    .slice()
    .reverse()
    .map((session): ReadinessPoint => {
      const summary = summaryOf(packs.get(session.packId), session);
      const percent = percentOf(readinessFor(summary, target));
      return {
        sessionId: session.id,
        dateText: formatDate(sessionDate(session)),
        percent,
        readinessText: percent === null ? 'Not enough answers' : `${percent}%`,
        highestReadyText: !summary ? '—' : (levelTitle(packs, summary.highestReady) ?? 'None yet'),
      };
    });
  const scored = points.filter((point) => point.percent !== null);
  const first = scored[0];
  const last = scored.at(-1);
  let summary: string;
  if (points.length === 0) summary = 'No completed session yet, so there is no readiness to follow.';
  else if (!first || !last) summary = `None of the ${plural(points.length, 'completed session')} has enough answers to give a readiness for ${targetTitle}.`;
  else if (first === last) summary = `One readiness for ${targetTitle} so far: ${last.readinessText} on ${last.dateText}.`;
  else {
    const delta = (last.percent ?? 0) - (first.percent ?? 0);
    const change = delta > 0 ? `rose ${plural(delta, 'point')}` : delta < 0 ? `fell ${plural(-delta, 'point')}` : 'did not change';
    summary = `Readiness for ${targetTitle} ${change}, from ${first.readinessText} on ${first.dateText} to ${last.readinessText} on ${last.dateText}, over ${plural(scored.length, 'scored session')}.`;
  }
  return { targetTitle, points, summary };
}

export interface CompetencySeries {
  competencyId: string;
  title: string;
  /** One value per session in `sessions`, null where the competency had no score. */
  values: readonly (number | null)[];
  texts: readonly string[];
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
 * Each competency's score (the one readiness uses) across the completed sessions, oldest first. Sessions of
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
    const values = scored.map(({ results }) => results.scores.find((score) => score.competency === competency.id)?.used.value ?? null);
    const expected = targetLevel?.gaps.find((gap) => gap.competency === competency.id)?.target ?? null;
    return {
      competencyId: competency.id,
      title: competency.title,
      values,
      texts: values.map((value) => (value === null ? 'No score' : formatScore(value))),
      target: expected,
      targetText: expected === null ? '—' : String(expected),
    };
  });
  const withScores = series.filter((item) => item.values.some((value) => value !== null)).length;
  const summary =
    scored.length === 0
      ? 'No completed session can be scored with the installed assessment.'
      : `Scores from 0 to 4 for ${plural(withScores, 'competency', 'competencies')} across ${plural(scored.length, 'completed session')}, oldest first.`;
  return {
    sessions: scored.map(({ session }) => ({ sessionId: session.id, dateText: formatDate(sessionDate(session)) })),
    series,
    summary,
  };
}

export interface ChangeItem {
  competencyId: string;
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

/** What rose and what fell between the last two completed sessions, largest change first. */
export function sinceLastSession(sessionsNewestFirst: readonly Session[], packs: Packs): SinceLastView {
  const [last, previous] = completedOf(sessionsNewestFirst);
  const pack = last ? packs.get(last.packId) : undefined;
  if (!last || !previous || !pack || previous.packId !== last.packId) {
    return { state: 'none', text: 'Two completed sessions of the same assessment are needed to see what changed.', rose: [], fell: [] };
  }
  const now = resultsOf(pack, last);
  const before = resultsOf(pack, previous);
  if (!now || !before) return { state: 'none', text: 'These sessions cannot be scored with the installed assessment.', rose: [], fell: [] };
  const previousScore = new Map(before.scores.map((score) => [score.competency, score.used.value]));
  const changes = now.scores.flatMap((score): ChangeItem[] => {
    const after = score.used.value;
    const was = previousScore.get(score.competency) ?? null;
    if (after === null || was === null || after === was) return [];
    const delta = after - was;
    const title = competencyTitle(pack, score.competency);
    return [
      {
        competencyId: score.competency,
        title,
        before: formatScore(was),
        after: formatScore(after),
        delta,
        text: `${title}: ${formatScore(was)} → ${formatScore(after)} (${delta > 0 ? 'up' : 'down'} ${formatScore(Math.abs(delta))})`,
      },
    ];
  });
  const rose = changes.filter((change) => change.delta > 0).sort((a, b) => b.delta - a.delta);
  const fell = changes.filter((change) => change.delta < 0).sort((a, b) => a.delta - b.delta);
  const text =
    rose.length === 0 && fell.length === 0
      ? `No competency score changed between ${formatDate(sessionDate(previous))} and ${formatDate(sessionDate(last))}.`
      : `Between ${formatDate(sessionDate(previous))} and ${formatDate(sessionDate(last))}: ${plural(rose.length, 'competency', 'competencies')} rose and ${fell.length} fell.`;
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
