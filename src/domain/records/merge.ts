// Started by the store's two-tab merge; the import plan (planImport) is added beside these.
import type { Action, Profile, Session } from './schema';

/** JSON with object keys sorted at every depth: equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Which of two copies is newer: later change time, then higher revision, then a fixed tie-break. */
function newer<T extends { updatedAt: string; revision: number }>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (a.revision !== b.revision) return a.revision > b.revision ? a : b;
  return compareText(canonicalJson(a), canonicalJson(b)) >= 0 ? a : b;
}

/**
 * Two tabs' copies of one session: every answer kept, the later one per question. Commutative,
 * associative and idempotent, so tabs converge whatever order their writes arrive in.
 */
export function mergeSessionCopies(local: Session, incoming: Session): Session {
  const base = newer(local, incoming);
  const answers: Session['answers'] = {};
  for (const [questionId, stored] of [...Object.entries(local.answers), ...Object.entries(incoming.answers)]) {
    const held = Object.prototype.hasOwnProperty.call(answers, questionId) ? answers[questionId] : undefined;
    if (!held || stored.at > held.at || (stored.at === held.at && compareText(canonicalJson(stored), canonicalJson(held)) > 0)) {
      answers[questionId] = stored;
    }
  }
  const completed = [local.completedAt, incoming.completedAt].filter((at): at is string => at !== null).sort(compareText);
  return {
    ...base,
    answers,
    completedAt: completed[0] ?? null,
    revision: Math.max(local.revision, incoming.revision),
  };
}

/** Two copies of one person: details from the newer copy, every action kept, the later one per action. */
export function mergeProfileCopies(local: Profile, incoming: Profile): Profile {
  const base = newer(local, incoming);
  const actions = new Map<string, Action>();
  for (const action of [...local.actions, ...incoming.actions]) {
    const held = actions.get(action.id);
    actions.set(action.id, held ? newerAction(held, action) : action);
  }
  return {
    ...base,
    actions: [...actions.values()].sort((a, b) => compareText(a.id, b.id)),
    revision: Math.max(local.revision, incoming.revision),
  };
}

function newerAction(a: Action, b: Action): Action {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return compareText(canonicalJson(a), canonicalJson(b)) >= 0 ? a : b;
}
