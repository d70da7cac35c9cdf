import { describe, expect, it, vi } from 'vitest';
import type { Profile } from '@/domain/records/schema';
import { memoryStorage, type RecordStorage } from '@/store/record-storage';
import { profileKey, sessionKey } from '@/store/storage-keys';
import { makeReadyStore, makeTabChannels } from '../fixtures/store';
import { makeMiniPack } from '../fixtures/mini-pack';

// Two tabs of one browser editing the same person (issue: one of two "Add action"s vanished, and a person deleted
// in one tab came back when the other saved).

const details = { name: 'Ana Ferreira', currentLevel: 'one', years: 4, targetLevel: 'two' };
const draft = (title: string) => ({ title, competencyId: null, owner: 'Ana', due: null });
const pack = makeMiniPack();
const settle = { timeout: 3000 };

/** Memory storage with the read-merge-write IndexedDB gives: one tab's write cannot land between another's read and write. */
function mergingStorage(): RecordStorage & { data: Map<string, unknown> } {
  const inner = memoryStorage();
  return {
    ...inner,
    writeMerged: async (key, merge) => {
      const written = merge(structuredClone(inner.data.get(key)));
      inner.data.set(key, structuredClone(written));
      return structuredClone(written);
    },
  };
}

const stored = (storage: { data: Map<string, unknown> }, id: string) => storage.data.get(profileKey(id)) as Profile | undefined;

/** One clock for both tabs, as in one browser: each change a second after the last, whichever tab made it. */
function sharedClock() {
  let tick = Date.UTC(2026, 11, 2, 9, 0, 0);
  return () => new Date((tick += 1000));
}

/** Two tabs over one storage; the second opens once the first has saved its person. */
async function twoTabs(storage: RecordStorage & { data: Map<string, unknown> }) {
  const [tabA, tabB] = makeTabChannels(2);
  const now = sharedClock();
  const a = await makeReadyStore(storage, { tabs: tabA, newId: idsFrom('a'), now });
  const { id } = a.getState().addProfile(details);
  await vi.waitFor(() => expect(stored(storage, id)).toBeDefined(), settle);
  const b = await makeReadyStore(storage, { tabs: tabB, newId: idsFrom('b'), now });
  return { a, b, id };
}

function idsFrom(prefix: string) {
  let next = 0;
  return () => `${prefix}-${(next += 1)}`;
}

describe.each([
  ['with tabs telling each other', memoryStorage],
  ['with writes merged with what is stored', mergingStorage],
])('two tabs, one person (%s)', (_name, makeStorage) => {
  it('should keep both actions when both tabs press "Add action" at once', async () => {
    const storage = makeStorage();
    const { a, b, id } = await twoTabs(storage);
    a.getState().addAction(id, draft('Run a kaizen week'));
    b.getState().addAction(id, draft('Shadow the night shift'));
    const titles = (profile: Profile | undefined) => profile?.actions.map((action) => action.title).sort();
    const both = ['Run a kaizen week', 'Shadow the night shift'];
    await vi.waitFor(() => {
      expect(titles(a.getState().profiles[id])).toEqual(both);
      expect(titles(b.getState().profiles[id])).toEqual(both);
      expect(titles(stored(storage, id))).toEqual(both);
    }, settle);
  });

  it('should keep a rename in one tab and a new target in the other', async () => {
    const storage = makeStorage();
    const { a, b, id } = await twoTabs(storage);
    a.getState().saveProfile({ id, ...details, name: 'Ana F.' });
    b.getState().saveProfile({ id, ...details, targetLevel: 'one' });
    await vi.waitFor(() => {
      for (const profile of [a.getState().profiles[id], b.getState().profiles[id], stored(storage, id)]) {
        expect(profile).toMatchObject({ name: 'Ana F.', targetLevel: 'one' });
      }
    }, settle);
  });

  it('should keep a person deleted in one tab deleted when the other saves them meanwhile, and offer Undo there', async () => {
    const storage = makeStorage();
    const { a, b, id } = await twoTabs(storage);
    const session = b.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one', profileId: id });
    await vi.waitFor(() => expect(a.getState().sessions[session.id]).toBeDefined(), settle);
    // A deletes; B, not yet told, adds an action to the same person.
    a.getState().deleteProfile(id);
    b.getState().addAction(id, draft('Walk the line'));
    await vi.waitFor(() => {
      expect(a.getState().profiles[id]).toBeUndefined();
      expect(b.getState().profiles[id]).toBeUndefined();
      expect(stored(storage, id)?.deletedAt).not.toBeNull();
    }, settle);
    expect(stored(storage, id)).toMatchObject({ name: 'Deleted person', actions: [] });
    expect(b.getState().sessions[session.id]).toBeUndefined();
    expect(b.getState().lastDeleted).toMatchObject({ elsewhere: true, profile: { id, name: 'Ana Ferreira' } });

    // Undo where the edit was made: the person comes back with it, in both tabs, sessions too.
    b.getState().undoDelete();
    await vi.waitFor(() => {
      for (const profile of [a.getState().profiles[id], b.getState().profiles[id], stored(storage, id)]) {
        expect(profile).toMatchObject({ name: 'Ana Ferreira', deletedAt: null });
        expect(profile?.actions.map((action) => action.title)).toEqual(['Walk the line']);
      }
      expect(storage.data.has(sessionKey(session.id))).toBe(true);
      expect(a.getState().sessions[session.id]).toBeDefined();
    }, settle);
  });

  it('should not bring a deleted person back when a tab that still showed them restarts', async () => {
    const storage = makeStorage();
    const { a, b, id } = await twoTabs(storage);
    a.getState().deleteProfile(id);
    b.getState().saveProfile({ id, ...details, years: 9 });
    await vi.waitFor(() => expect(stored(storage, id)?.deletedAt).not.toBeNull(), settle);
    const again = await makeReadyStore(storage);
    expect(again.getState().profiles[id]).toBeUndefined();
  });
});

describe('a deleted person and a tab that closed', () => {
  it('should stay deleted when a tab saves its stale copy after the deleting tab has gone', async () => {
    const storage = mergingStorage();
    // No channel between them: the deleting tab is closed before the other one writes.
    const now = sharedClock();
    const a = await makeReadyStore(storage, { newId: idsFrom('a'), now });
    const { id } = a.getState().addProfile(details);
    await vi.waitFor(() => expect(stored(storage, id)).toBeDefined(), settle);
    const b = await makeReadyStore(storage, { newId: idsFrom('b'), now });
    a.getState().deleteProfile(id);
    await vi.waitFor(() => expect(stored(storage, id)?.deletedAt).not.toBeNull(), settle);
    b.getState().addAction(id, draft('Walk the line'));
    await vi.waitFor(() => expect(b.getState().profiles[id]).toBeUndefined(), settle);
    expect(stored(storage, id)?.deletedAt).not.toBeNull();
    expect(b.getState().lastDeleted?.elsewhere).toBe(true);
  });

  it('should bring someone deleted back when they are imported again', async () => {
    const storage = mergingStorage();
    const store = await makeReadyStore(storage);
    const profile = store.getState().addProfile(details);
    store.getState().deleteProfile(profile.id);
    await vi.waitFor(() => expect(stored(storage, profile.id)?.deletedAt).not.toBeNull(), settle);
    store.getState().importRecords({ profiles: [profile], sessions: [] });
    await vi.waitFor(() => expect(stored(storage, profile.id)).toMatchObject({ name: 'Ana Ferreira', deletedAt: null }), settle);
    expect(store.getState().profiles[profile.id]?.name).toBe('Ana Ferreira');
  });
});

describe('an import in another tab', () => {
  it('should show every imported person in the other tab, read from storage once rather than once per record', async () => {
    const storage = memoryStorage();
    const [tabA, tabB] = makeTabChannels(2);
    const now = sharedClock();
    const a = await makeReadyStore(storage, { tabs: tabA, now });
    const b = await makeReadyStore(storage, { tabs: tabB, now });
    const readAll = vi.spyOn(storage, 'readAll');
    const read = vi.spyOn(storage, 'read');
    const people = Array.from({ length: 300 }, (_, index) => ({ ...a.getState().addProfile({ ...details, name: `Person ${index}` }) }));
    // Those were A's own adds; what is checked is one import of fresh people.
    await vi.waitFor(() => expect(Object.keys(b.getState().profiles)).toHaveLength(300), settle);
    readAll.mockClear();
    read.mockClear();
    const imported = people.map((person) => ({ ...person, id: `${person.id}-copy`, name: `${person.name} (copy)` }));
    expect(await a.getState().commitImport({ profiles: imported, sessions: [] })).toBeNull();
    await vi.waitFor(() => expect(Object.keys(b.getState().profiles)).toHaveLength(600), settle);
    expect(readAll).toHaveBeenCalledTimes(1);
    expect(read).not.toHaveBeenCalled();
  });
});
