import { NO_ROLE_TEXT } from '@/components/assessment-fields';
import { readinessFigure as readinessDetail } from '@/components/ready-state';
import { overdueActions } from '@/domain/records/profile';
import type { Profile, Session } from '@/domain/records/schema';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import type { ReadyState } from '@/domain/scoring/readiness';
import { nextRungAbove } from '@/domain/scoring/standing';
import { plural } from '@/lib/format';
import {
  comparableView,
  compareNames,
  completedOf,
  ladderOf,
  levelIn,
  levelRank,
  levelTitle,
  nextLevelText,
  percentOf,
  readinessFor,
  summaryOf,
  targetOf,
  trendOf,
  type Packs,
  type TrendView,
} from './mentees-view';

/* The Mentees dashboard: one row per mentee, sortable by any column, and the sentence that sums the list up. */

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
