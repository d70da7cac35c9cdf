import { readinessFigure as readinessDetail } from '@/components/ready-state';
import { overdueActions } from '@/domain/records/profile';
import { progressOf } from '@/domain/questionnaire/questionnaire';
import type { Action, Profile, Session } from '@/domain/records/schema';
import { sessionDate } from '@/domain/records/session';
import type { ReadyState } from '@/domain/scoring/readiness';
import { formatDate } from '@/lib/format';
import { competencyTitle, completedOf, formatDay, levelIn, levelTitle, resultsOf, summaryOf, type Packs } from './mentees-view';

/* One person's page: their sessions (with conflicting copies explained), where a new one starts from, their action plan. */

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
