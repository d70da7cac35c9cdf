import { describe, expect, it } from 'vitest';
import { addAction, createProfile, overdueActions, removeAction, setArchived, updateAction, updateProfile } from '@/domain/records/profile';
import { ProfileSchema } from '@/domain/records/schema';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const T1 = new Date('2026-03-02T10:00:00.000Z');
const details = { name: 'Dana Ortiz', currentLevel: 'production-manager', years: 5, targetLevel: 'senior-production-manager' };

describe('createProfile', () => {
  it('should make a valid record at revision 0 with no actions', () => {
    const profile = createProfile('dana', details, T0);
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
    expect(profile).toMatchObject({ id: 'dana', ...details, revision: 0, actions: [], archivedAt: null, createdAt: T0.toISOString() });
  });
});

describe('updateProfile', () => {
  it('should change only the given details and bump the revision', () => {
    const profile = updateProfile(createProfile('dana', details, T0), { currentLevel: 'senior-production-manager' }, T1);
    expect(profile).toMatchObject({ ...details, currentLevel: 'senior-production-manager', revision: 1, updatedAt: T1.toISOString() });
  });
});

describe('setArchived', () => {
  it('should archive and restore, and return the same record when nothing changes', () => {
    const profile = createProfile('dana', details, T0);
    const archived = setArchived(profile, true, T1);
    expect(archived.archivedAt).toBe(T1.toISOString());
    expect(setArchived(archived, true, T1)).toBe(archived);
    expect(setArchived(archived, false, T1).archivedAt).toBeNull();
  });
});

describe('actions', () => {
  const draft = { title: 'Run a kaizen event on line 2', competencyId: 'kaizen', owner: 'Dana', due: '2026-03-10' };

  it('should add an open action, update it, and remove it, each a new revision', () => {
    const added = addAction(createProfile('dana', details, T0), 'a1', draft, T0);
    expect(added.actions).toEqual([{ id: 'a1', ...draft, status: 'open', createdAt: T0.toISOString(), updatedAt: T0.toISOString() }]);
    const done = updateAction(added, 'a1', { status: 'done' }, T1);
    expect(done.actions[0]).toMatchObject({ status: 'done', updatedAt: T1.toISOString() });
    expect(removeAction(done, 'a1', T1).actions).toEqual([]);
    expect([added.revision, done.revision]).toEqual([1, 2]);
  });

  it('should leave the record as it was when the action does not exist', () => {
    const profile = addAction(createProfile('dana', details, T0), 'a1', draft, T0);
    expect(updateAction(profile, 'nope', { status: 'done' }, T1)).toBe(profile);
    expect(removeAction(profile, 'nope', T1)).toBe(profile);
  });

  it('should count as overdue only open actions whose day has passed', () => {
    let profile = createProfile('dana', details, T0);
    profile = addAction(profile, 'past', { ...draft, due: '2026-03-09' }, T0);
    profile = addAction(profile, 'today', { ...draft, due: '2026-03-10' }, T0);
    profile = addAction(profile, 'none', { ...draft, due: null }, T0);
    profile = updateAction(addAction(profile, 'done', { ...draft, due: '2026-03-01' }, T0), 'done', { status: 'done' }, T0);
    expect(overdueActions(profile, '2026-03-10').map((action) => action.id)).toEqual(['past']);
  });
});
