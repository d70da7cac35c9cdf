import { describe, expect, it } from 'vitest';
import { SESSION_VERSION } from '@/domain/records/constants';
import type { Session } from '@/domain/records/schema';
import { memoryStorage } from '@/store/record-storage';
import { QUARANTINE_PREFIX, sessionKey } from '@/store/storage-keys';
import { makeMiniPack } from '../fixtures/mini-pack';
import { makeReadyStore } from '../fixtures/store';

const pack = makeMiniPack();
const rating = (value: number) => ({ kind: 'rating', value }) as const;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const asideKeys = (data: Map<string, unknown>) => [...data.keys()].filter((key) => key.startsWith(QUARANTINE_PREFIX));

/** Storage holding one saved session with one answer and one evidence note, as this build writes it. */
async function storageWithSession() {
  const storage = memoryStorage();
  const store = await makeReadyStore(storage);
  const session = store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
  store.getState().answer(session.id, 'lean-self-1', rating(3));
  store.getState().setEvidence(session.id, 'lean', 'Ran a 5S blitz on line 3.');
  await flush();
  return { storage, id: session.id, saved: storage.data.get(sessionKey(session.id)) as Session };
}

describe('createAppStore: records from a newer Rungs', () => {
  it('should leave a newer record where it is, untouched, and report it as made by a newer version, start after start', async () => {
    const { storage, id, saved } = await storageWithSession();
    const fromNewer = { ...saved, version: SESSION_VERSION + 1, somethingNew: { kept: true } };
    storage.data.set(sessionKey(id), fromNewer);
    for (let start = 0; start < 2; start += 1) {
      const store = await makeReadyStore(storage);
      expect(store.getState().sessions[id]).toBeUndefined();
      expect(store.getState().quarantined).toEqual([]);
      expect(store.getState().newer).toEqual([{ key: sessionKey(id), problem: expect.stringMatching(/made by a newer version of Rungs/) }]);
      expect(storage.data.get(sessionKey(id))).toEqual(fromNewer);
      expect(asideKeys(storage.data)).toEqual([]);
    }
  });

  it('should never overwrite a newer Rungs’s record, even with an import of the same id', async () => {
    const { storage, id, saved } = await storageWithSession();
    const fromNewer = { ...saved, version: SESSION_VERSION + 1 };
    storage.data.set(sessionKey(id), fromNewer);
    const store = await makeReadyStore(storage);
    store.getState().importRecords({ profiles: [], sessions: [saved] });
    await flush();
    expect(store.getState().notice).toMatch(/newer version of Rungs/);
    expect(store.getState().sessions[id]).toBeUndefined();
    expect(storage.data.get(sessionKey(id))).toEqual(fromNewer);
  });

  it('should put a record an older build set aside back where it was, as stored, once this build can read it', async () => {
    const { storage, id, saved } = await storageWithSession();
    storage.data.delete(sessionKey(id));
    const asideKey = `${QUARANTINE_PREFIX}${sessionKey(id)}@1789`;
    storage.data.set(asideKey, { key: sessionKey(id), problem: 'made by a newer version of Rungs (format 2; this one reads up to 1)', raw: saved, dismissed: false });
    const store = await makeReadyStore(storage);
    expect(store.getState().sessions[id]?.answers['lean-self-1']?.answer).toEqual(rating(3));
    expect(store.getState().quarantined).toEqual([]);
    expect(storage.data.get(sessionKey(id))).toEqual(saved);
    expect(storage.data.has(asideKey)).toBe(false);
  });

  it('should bring set-aside records back on "Try again", and leave what it still cannot read aside', async () => {
    const { storage, id, saved } = await storageWithSession();
    const store = await makeReadyStore(storage);
    // Set aside while the app runs (by another tab of an older build, say), then "Try again".
    storage.data.delete(sessionKey(id));
    storage.data.set(`${QUARANTINE_PREFIX}${sessionKey(id)}@1`, { key: sessionKey(id), problem: 'newer', raw: saved, dismissed: false });
    storage.data.set(`${QUARANTINE_PREFIX}session/x@2`, { key: 'session/x', problem: 'garbage', raw: 'garbage', dismissed: false });
    expect(await store.getState().retrySetAside()).toBe(1);
    expect(store.getState().sessions[id]).toEqual(saved);
    expect(storage.data.get(sessionKey(id))).toEqual(saved);
    expect(asideKeys(storage.data)).toEqual([`${QUARANTINE_PREFIX}session/x@2`]);
  });
});

describe('createAppStore: what cannot be read back is never written', () => {
  it('should cut a 100,000-character evidence note set by script to what a record holds, say so, and read it back', async () => {
    const storage = memoryStorage();
    const store = await makeReadyStore(storage);
    const session = store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
    store.getState().setEvidence(session.id, 'lean', 'x'.repeat(100_000));
    store.getState().setMentorNote(session.id, 'lean', 'y'.repeat(5_000));
    await flush();
    expect(store.getState().notice).toMatch(/longer than 4,000 characters/);
    expect(store.getState().sessions[session.id]?.evidence.lean).toHaveLength(4000);
    const again = await makeReadyStore(storage);
    expect(again.getState().quarantined).toEqual([]);
    expect(again.getState().sessions[session.id]?.evidence.lean).toHaveLength(4000);
    expect(again.getState().sessions[session.id]?.mentorNotes.lean).toHaveLength(4000);
  });

  it('should refuse, with a message, a change its schema would not read back, and keep what was there', async () => {
    const storage = memoryStorage();
    const store = await makeReadyStore(storage);
    const session = store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', rating(3));
    await flush();
    store.getState().answer(session.id, 'Not A Question Id', rating(2));
    await flush();
    expect(store.getState().notice).toMatch(/not saved/);
    expect(Object.keys(store.getState().sessions[session.id]!.answers)).toEqual(['lean-self-1']);
    expect(Object.keys((storage.data.get(sessionKey(session.id)) as Session).answers)).toEqual(['lean-self-1']);
  });

  it('should keep the readable parts of a stored record, setting aside only the record as it was', async () => {
    const { storage, id, saved } = await storageWithSession();
    const damaged = { ...saved, evidence: { ...saved.evidence, kaizen: 'z'.repeat(100_000) } };
    storage.data.set(sessionKey(id), damaged);
    const store = await makeReadyStore(storage);
    const session = store.getState().sessions[id]!;
    expect(session.answers['lean-self-1']?.answer).toEqual(rating(3));
    expect(session.evidence).toEqual({ lean: 'Ran a 5S blitz on line 3.' });
    expect(store.getState().quarantined).toEqual([{ key: expect.stringMatching(/^quarantine\/session\//), problem: expect.stringMatching(/evidence\.kaizen/), dismissed: false }]);
    // The whole original is kept aside; the readable rest is what is stored now, so the next start reads it cleanly.
    const [asideKey] = asideKeys(storage.data);
    expect((storage.data.get(asideKey!) as { raw: unknown }).raw).toEqual(damaged);
    expect(storage.data.get(sessionKey(id))).toEqual(session);
    const next = await makeReadyStore(storage);
    expect(next.getState().quarantined).toHaveLength(1);
    expect(next.getState().sessions[id]).toEqual(session);
  });
});

describe('createAppStore: storage refused', () => {
  it('should say the data lives in memory only', async () => {
    const refused = { ...memoryStorage(), readAll: () => Promise.reject(new DOMException('blocked', 'SecurityError')) };
    const store = await makeReadyStore(refused);
    expect(store.getState().memoryOnly).toBe(true);
  });
});
