// @vitest-environment node
// Pure domain code reading sample files from disk: no browser needed.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_TYPE } from '@/domain/records/bundle';
import { currentVersionOf, PROFILE_TYPE, SESSION_TYPE } from '@/domain/records/constants';
import { migrateRecord, MIGRATIONS, type Migration, type RawRecord } from '@/domain/records/migrations';
import { withQuestionIdList } from '@/domain/records/question-id-list';
import { restoreProfile, restoreSession } from '@/domain/records/restore';
import { ProfileSchema } from '@/domain/records/schema';
import { deepFreeze } from '../../fixtures/answers-arbitrary';

const ROOT = fileURLToPath(new URL('../../fixtures/storage/', import.meta.url));
/** A frozen sample, read fresh each time: a test can never change what the next one sees. */
const fixture = (path: string) => deepFreeze(JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8')) as RawRecord);

/** Every record in the samples, including those inside bundles. */
function allStoredRecords(): RawRecord[] {
  const paths = (readdirSync(ROOT, { recursive: true, encoding: 'utf8' }) as string[]).filter((path) => path.endsWith('.json'));
  return paths.flatMap((path) => {
    const raw = fixture(path.replaceAll('\\', '/'));
    return raw.type === BUNDLE_TYPE ? [...(raw.profiles as RawRecord[]), ...(raw.sessions as RawRecord[])] : [raw];
  });
}

const stepOf = (id: string) => {
  const step = MIGRATIONS.find((migration) => migration.id === id);
  if (!step) throw new Error(`no migration ${id}`);
  return step;
};

const without = (record: RawRecord, ...fields: string[]) => Object.fromEntries(Object.entries(record).filter(([field]) => !fields.includes(field)));

describe('MIGRATIONS', () => {
  it('should chain every kind of record from format 1 to the current one, one uniquely named step per format', () => {
    expect(new Set(MIGRATIONS.map((migration) => migration.id)).size).toBe(MIGRATIONS.length);
    for (const type of [SESSION_TYPE, PROFILE_TYPE, BUNDLE_TYPE]) {
      const froms = MIGRATIONS.filter((migration) => migration.type === type).map((migration) => migration.from);
      expect(froms.sort((a, b) => a - b)).toEqual(Array.from({ length: currentVersionOf(type) - 1 }, (_, index) => index + 1));
    }
  });

  it.each(['v1/session-in-progress.json', 'v1/session-completed-with-mentor.json'])(
    'should mark the format-1 session %s as no conflict copy, keeping everything else (session/2-conflict-copies)',
    (path) => {
      const before = fixture(path);
      const after = stepOf('session/2-conflict-copies').up(before);
      expect(after.version).toBe(2);
      expect(after.conflictOf).toBeNull();
      expect(without(after, 'version', 'conflictOf')).toEqual(without(before, 'version'));
      expect(restoreSession(after).ok).toBe(true);
    },
  );

  // Steps that only renumber: what a format-N reader would take for damage, the new number makes it leave alone.
  it.each([
    ...['v1/session-in-progress.json', 'v2/session-conflict-copy.json'].map((path) => [path, 3, 'session/3-packed-answers'] as const),
    ...['v2/session-conflict-copy.json', 'v3/session-packed.json', 'v3/session-packed-no-answers.json'].map((path) => [path, 4, 'session/4-indexed-question-ids'] as const),
  ])('should renumber %s as format %i, keeping its answers, readable or packed, and everything else (%s)', (path, version, step) => {
    const migrated = migrateRecord(fixture(path), MIGRATIONS, version - 1);
    if (!migrated.ok) throw new Error(migrated.error.message);
    const before = migrated.value.record;
    const after = stepOf(step).up(before);
    expect(after.version).toBe(version);
    expect(without(after, 'version')).toEqual(without(before, 'version'));
    expect(restoreSession(after).ok).toBe(true);
  });

  it('should not read answers as indices into a list in a format-3 record: only format 4 stores them so', () => {
    const indexed = restoreSession(withQuestionIdList(structuredClone(fixture('v4/session-indexed.json')), fixture('v4/question-id-list.json')));
    expect(indexed.ok).toBe(true);
    const asFormat3 = { ...fixture('v4/session-indexed.json'), version: 3 };
    const restored = restoreSession(withQuestionIdList(structuredClone(asFormat3), fixture('v4/question-id-list.json')));
    expect(restored.ok ? '' : restored.error.message).toMatch(/^the answers could not be read/);
  });

  it('should not unpack an array of answers in a format-2 record: only format 3 stores them packed', () => {
    const packed = fixture('v3/session-packed.json');
    const restored = restoreSession({ ...packed, version: 2 });
    expect(restored.ok).toBe(false);
  });

  it.each(['v1/profile-mentee.json', 'v1/profile-archived.json'])(
    'should give the format-1 profile %s an empty action plan, last changed when it was made (profile/2-action-plans)',
    (path) => {
      const before = fixture(path);
      const after = stepOf('profile/2-action-plans').up(before);
      expect(after).toMatchObject({ version: 2, actions: [], updatedAt: before.createdAt });
      expect(without(after, 'version', 'actions', 'updatedAt')).toEqual(without(before, 'version'));
    },
  );

  it.each(['v1/profile-mentee.json', 'v1/profile-archived.json', 'v2/profile-with-actions.json'])(
    'should give %s one change time per field, its last change, and no deletion or removed actions (profile/3-merge-by-field)',
    (path) => {
      const migrated = migrateRecord(fixture(path), MIGRATIONS, 2);
      if (!migrated.ok) throw new Error(migrated.error.message);
      const before = migrated.value.record;
      const after = stepOf('profile/3-merge-by-field').up(before);
      const at = before.updatedAt;
      expect(after).toMatchObject({
        version: 3,
        deletedAt: null,
        removedActions: {},
        changedAt: { name: at, currentLevel: at, years: at, targetLevel: at, archivedAt: at, deletedAt: at },
      });
      expect(without(after, 'version', 'deletedAt', 'removedActions', 'changedAt')).toEqual(without(before, 'version'));
      expect(ProfileSchema.safeParse(after).success).toBe(true);
    },
  );

  it('should date a profile with no creation time at the epoch rather than fail (profile/2-action-plans)', () => {
    const after = stepOf('profile/2-action-plans').up({ type: PROFILE_TYPE, version: 1, createdAt: 12 });
    expect(after.updatedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('should have run every step at least once over the frozen samples', () => {
    const ran = new Set<string>();
    for (const record of allStoredRecords()) {
      const migrated = migrateRecord(record);
      if (!migrated.ok) throw new Error(migrated.error.message);
      for (const step of migrated.value.steps) ran.add(step);
    }
    expect([...ran].sort()).toEqual(MIGRATIONS.map((migration) => migration.id).sort());
  });
});

describe('migrateRecord', () => {
  const nextOf =
    (extra: Record<string, unknown> = {}) =>
    (record: RawRecord): RawRecord => ({ ...record, ...extra, version: record.version + 1 });
  const chain = (...steps: Omit<Migration, 'type'>[]): Migration[] => steps.map((step) => ({ type: 'rungs/test', ...step }));

  it('should run the steps of a record in order and say which ran', () => {
    const migrations = chain(
      { id: 'test/3-b', from: 2, up: nextOf({ b: true }) },
      { id: 'test/2-a', from: 1, up: nextOf({ a: true }) },
    );
    expect(migrateRecord({ type: 'rungs/test', version: 1 }, migrations, 3)).toEqual({
      ok: true,
      value: { record: { type: 'rungs/test', version: 3, a: true, b: true }, steps: ['test/2-a', 'test/3-b'] },
    });
  });

  it('should leave a record of the current format as it is', () => {
    const current = fixture('v3/profile-two-tabs.json');
    const migrated = migrateRecord(current);
    expect(migrated).toEqual({ ok: true, value: { record: current, steps: [] } });
  });

  it('should not change the record it is given', () => {
    // Frozen: a step that wrote into its input would throw here instead of passing.
    const original = fixture('v1/session-in-progress.json');
    const snapshot = structuredClone(original);
    expect(migrateRecord(original).ok).toBe(true);
    expect(original).toEqual(snapshot);
  });

  it('should refuse a gap in the chain', () => {
    const migrations = chain({ id: 'test/2-a', from: 1, up: nextOf() });
    expect(migrateRecord({ type: 'rungs/test', version: 1 }, migrations, 3)).toEqual({
      ok: false,
      error: { message: 'no way to update a format-2 rungs/test document' },
    });
  });

  it('should refuse a step that throws, leaving the original untouched', () => {
    const original = deepFreeze({ type: 'rungs/test', version: 1, kept: { answers: [1, 2] } }) as RawRecord;
    const snapshot = structuredClone(original);
    const migrations = chain({
      id: 'test/2-broken',
      from: 1,
      up: () => {
        throw new Error('bad data');
      },
    });
    const migrated = migrateRecord(original, migrations, 2);
    expect(migrated.ok).toBe(false);
    expect(migrated.ok ? '' : migrated.error.message).toContain('test/2-broken');
    expect(migrated.ok ? '' : migrated.error.message).toContain('bad data');
    expect(original).toEqual(snapshot);
  });

  it('should refuse a step that does not move the record to the next format', () => {
    const migrations = chain({ id: 'test/2-stuck', from: 1, up: (record) => ({ ...record }) });
    expect(migrateRecord({ type: 'rungs/test', version: 1 }, migrations, 2)).toEqual({
      ok: false,
      error: { message: 'migration test/2-stuck did not advance the format' },
    });
  });
});

describe.each([
  ['restoreSession', restoreSession, 'v1/session-in-progress.json', currentVersionOf(SESSION_TYPE)],
  ['restoreProfile', restoreProfile, 'v1/profile-mentee.json', currentVersionOf(PROFILE_TYPE)],
] as const)('%s', (_name, restore, path, RECORD_VERSION) => {
  it('should bring a frozen format-1 sample to the current format', () => {
    const restored = restore(fixture(path));
    expect(restored.ok && restored.value.version).toBe(RECORD_VERSION);
  });

  it.each([RECORD_VERSION + 1, 99])('should refuse format %i, from a newer Rungs, saying to update', (version) => {
    const restored = restore({ ...fixture(path), version });
    expect(restored.ok).toBe(false);
    expect(restored.ok ? '' : restored.error.message).toBe(
      `made by a newer version of Rungs (format ${version}; this one reads up to ${RECORD_VERSION}). Update Rungs to open it.`,
    );
  });
});
