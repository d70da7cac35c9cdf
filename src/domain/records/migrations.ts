import { err, ok, type Result } from '@/domain/result';
import { currentVersionOf, PROFILE_TYPE, SESSION_TYPE } from './constants';

/** A stored document before its schema check: only its envelope is known. */
export type RawRecord = Readonly<Record<string, unknown>> & { readonly type: string; readonly version: number };

/**
 * One named, numbered, pure step from format `from` to `from + 1` for one kind of document.
 * Steps are never edited once released: stored data in people's browsers depends on them.
 */
export interface Migration {
  id: string;
  type: string;
  from: number;
  up(record: RawRecord): RawRecord;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 'session/2-conflict-copies',
    type: SESSION_TYPE,
    from: 1,
    // Format 2 keeps both copies when an import conflicts; format-1 sessions were never copies.
    up: (record) => ({ ...record, version: 2, conflictOf: null }),
  },
  {
    id: 'session/3-packed-answers',
    type: SESSION_TYPE,
    from: 2,
    // Format 3 may store the answers packed (packed-answers.ts), which a format-2 reader would take for damage and
    // set aside: the new number makes it leave them alone. A format-2 record reads as format 3 unchanged.
    up: (record) => ({ ...record, version: 3 }),
  },
  {
    id: 'session/4-indexed-question-ids',
    type: SESSION_TYPE,
    from: 3,
    // Format 4 may store the answers' question ids as indices into a list kept beside the sessions
    // (packed-answers.ts), which a format-3 reader would take for damage and set aside: the new number makes it leave
    // them alone. A format-3 record reads as format 4 unchanged.
    up: (record) => ({ ...record, version: 4 }),
  },
  {
    id: 'profile/2-action-plans',
    type: PROFILE_TYPE,
    from: 1,
    // Format 2 adds the mentee's action plan and a change time for merging; neither existed before.
    up: (record) => ({
      ...record,
      version: 2,
      updatedAt: typeof record.createdAt === 'string' ? record.createdAt : new Date(0).toISOString(),
      actions: [],
    }),
  },
  {
    id: 'profile/3-merge-by-field',
    type: PROFILE_TYPE,
    from: 2,
    // Format 3 lets two tabs edit one person: each field keeps its own change time (until now the record's one
    // time stood for all of them), removed actions and a deleted person leave a marker, and nothing was either.
    up: (record) => {
      const at = typeof record.updatedAt === 'string' ? record.updatedAt : new Date(0).toISOString();
      return {
        ...record,
        version: 3,
        deletedAt: null,
        changedAt: { name: at, currentLevel: at, years: at, targetLevel: at, archivedAt: at, deletedAt: at },
        removedActions: {},
      };
    },
  },
];

export interface MigrationProblem {
  message: string;
}

/**
 * Brings a document of any released format up to the current one of its kind, step by step.
 * Records which steps ran so a caller (and the tests) can tell what changed.
 */
export function migrateRecord(
  record: RawRecord,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = currentVersionOf(record.type),
): Result<{ record: RawRecord; steps: string[] }, MigrationProblem> {
  let current = record;
  const steps: string[] = [];
  while (current.version < target) {
    const step = migrations.find((migration) => migration.type === current.type && migration.from === current.version);
    if (!step) return err({ message: `no way to update a format-${current.version} ${current.type} document` });
    let next: RawRecord;
    try {
      next = step.up(current);
    } catch (error) {
      // A step that throws must not leave a half-migrated record behind: the caller keeps the original.
      return err({ message: `updating it (${step.id}) failed: ${error instanceof Error ? error.message : String(error)}` });
    }
    if (next.version !== current.version + 1) return err({ message: `migration ${step.id} did not advance the format` });
    steps.push(step.id);
    current = next;
  }
  return ok({ record: current, steps });
}
