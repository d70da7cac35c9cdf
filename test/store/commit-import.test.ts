import { describe, expect, it, vi } from 'vitest';
import { createProfile } from '@/domain/records/profile';
import type { Profile, Session } from '@/domain/records/schema';
import { createSession } from '@/domain/records/session';
import { memoryStorage, type RecordStorage } from '@/store/record-storage';
import { profileKey, sessionKey } from '@/store/storage-keys';
import { makeMiniPack } from '../fixtures/mini-pack';
import { makeReadyStore } from '../fixtures/store';

const pack = makeMiniPack();
const at = new Date('2026-03-02T10:00:00.000Z');
const person = (id: string): Profile => createProfile(id, { name: `Person ${id}`, currentLevel: null, years: null, targetLevel: 'two' }, at);
const sessionOf = (id: string, profileId: string): Session => createSession({ id, profileId, pack, assessmentId: 'quick', targetLevel: 'two', now: at });

/** `count` people, each with one session: more than one turn of checks. */
function importOf(count: number) {
  const profiles = Array.from({ length: count }, (_, i) => person(`p${i}`));
  return { profiles, sessions: profiles.map((profile, i) => sessionOf(`s${i}`, profile.id)) };
}

describe('commitImport', () => {
  it('should write every record in one writeMany and show them only once stored', async () => {
    const storage = memoryStorage();
    const writeMany = vi.spyOn(storage, 'writeMany');
    const write = vi.spyOn(storage, 'write');
    const store = await makeReadyStore(storage);
    const records = importOf(300);
    const steps: string[] = [];

    const saving = store.getState().commitImport(records, (step) => steps.push(`${step.stage} ${step.done}/${step.total}`));
    expect(store.getState().profiles).toEqual({});
    expect(store.getState().hasUnsavedWrites()).toBe(true);
    expect(await saving).toBeNull();

    expect(writeMany).toHaveBeenCalledTimes(1);
    expect(write).not.toHaveBeenCalled();
    expect(storage.data.size).toBe(600);
    expect(storage.data.get(profileKey('p7'))).toEqual(records.profiles[7]);
    expect(storage.data.get(sessionKey('s7'))).toEqual(records.sessions[7]);
    expect(Object.keys(store.getState().profiles)).toHaveLength(300);
    expect(store.getState().sessions.s299).toEqual(records.sessions[299]);
    expect(store.getState().hasUnsavedWrites()).toBe(false);
    expect(steps).toEqual(['checking 0/600', 'checking 250/600', 'checking 500/600', 'saving 0/600', 'saving 600/600']);
  });

  it('should keep nothing, in storage or on screen, when storage refuses the import, and say why', async () => {
    const storage = memoryStorage();
    const full: RecordStorage = { ...storage, writeMany: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const store = await makeReadyStore(full);
    const mine = store.getState().addProfile({ name: 'Ana Ferreira', currentLevel: null, years: null, targetLevel: null });
    await vi.waitFor(() => expect(storage.data.size).toBe(1));

    expect(await store.getState().commitImport(importOf(3))).toBe('the browser’s storage for Rungs is full');
    expect([...storage.data.keys()]).toEqual([profileKey(mine.id)]);
    expect(Object.keys(store.getState().profiles)).toEqual([mine.id]);
    expect(store.getState().hasUnsavedWrites()).toBe(false);
  });

  it('should let a write already in flight finish before the import’s transaction begins', async () => {
    const storage = memoryStorage();
    const order: string[] = [];
    let finishWrite = () => {};
    const slow: RecordStorage = {
      ...storage,
      write: async (key, value) => {
        order.push(`write ${key} begins`);
        await new Promise<void>((resolve) => (finishWrite = resolve));
        await storage.write(key, value);
        order.push(`write ${key} ends`);
      },
      writeMany: async (entries, onProgress) => {
        order.push('import begins');
        await storage.writeMany!(entries, onProgress);
      },
    };
    const store = await makeReadyStore(slow);
    const mine = store.getState().addProfile({ name: 'Ana Ferreira', currentLevel: null, years: null, targetLevel: null });
    const importing = store.getState().commitImport(importOf(1));
    await vi.waitFor(() => expect(order).toEqual([`write ${profileKey(mine.id)} begins`]));
    finishWrite();
    expect(await importing).toBeNull();
    expect(order).toEqual([`write ${profileKey(mine.id)} begins`, `write ${profileKey(mine.id)} ends`, 'import begins']);
    expect(storage.data.size).toBe(3);
  });

  it('should import into memory, with the same result, when the browser refuses storage', async () => {
    const refused: RecordStorage = { ...memoryStorage(), readAll: () => Promise.reject(new DOMException('blocked', 'SecurityError')) };
    const store = await makeReadyStore(refused);
    expect(store.getState().memoryOnly).toBe(true);
    expect(await store.getState().commitImport(importOf(2))).toBeNull();
    expect(Object.keys(store.getState().profiles).sort()).toEqual(['p0', 'p1']);
    expect(Object.keys(store.getState().sessions).sort()).toEqual(['s0', 's1']);
    expect(store.getState().save.state).toBe('failed');
  });

  it('should leave out a record that would not read back, with a notice, and write the rest', async () => {
    const storage = memoryStorage();
    const store = await makeReadyStore(storage);
    const records = importOf(2);
    const broken = { ...records.profiles[1]!, name: '' };
    expect(await store.getState().commitImport({ profiles: [records.profiles[0]!, broken], sessions: [] })).toBeNull();
    expect([...storage.data.keys()]).toEqual([profileKey('p0')]);
    expect(store.getState().notice).toMatch(/could not have read it back/);
  });
});
