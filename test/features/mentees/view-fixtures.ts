// What the mentees view-model tests share: the mini pack, a fixed today, and readiness as the domain computes it.
import { summarizeSession } from '@/domain/scoring/summary';
import { buildDashboardRows } from '@/features/mentees/dashboard-view';
import { groupSessions } from '@/features/mentees/mentees-view';
import { formatDate } from '@/lib/format';
import { makeMiniPack } from '../../fixtures/mini-pack';
import type { makeProfile, makeSession, quickAnswers } from './mentees-fixtures';

export const pack = makeMiniPack();
export const packs = new Map([[pack.meta.id, pack]]);
export const TODAY = '2026-03-10';

/** A calendar day as the app writes dates: the reader's locale, so the tests read the same anywhere. */
export const on = (day: string) => formatDate(`${day}T12:00:00.000Z`, { timeZone: 'UTC' });

export const recordOf = <T extends { id: string }>(items: readonly T[]) => Object.fromEntries(items.map((item) => [item.id, item]));

/** Readiness for level two as the domain computes it, in whole percent. */
export const readinessTwo = (answers: ReturnType<typeof quickAnswers>) => {
  const summary = summarizeSession({ pack, questionIds: pack.assessments[0]!.questionIds, answers, targetLevel: 'two' });
  return Math.round((summary.target?.readiness ?? 0) * 100);
};

export function rowsFor(profiles: ReturnType<typeof makeProfile>[], sessions: ReturnType<typeof makeSession>[], showArchived = false) {
  return buildDashboardRows({ profiles: recordOf(profiles), sessionsByProfile: groupSessions(recordOf(sessions)), packs, today: TODAY, showArchived });
}
