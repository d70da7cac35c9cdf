import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SESSION_VERSION } from '@/domain/records/constants';
import type { PackedAnswers } from '@/domain/records/packed-answers';
import { createProfile } from '@/domain/records/profile';
import { createSession } from '@/domain/records/session';
import { memoryStorage, withPackedSessions } from '@/store/record-storage';
import { QUARANTINE_PREFIX, sessionKey } from '@/store/storage-keys';
import { makeMiniPack } from '../fixtures/mini-pack';
import { makeReadyStore, makeTabChannels } from '../fixtures/store';

// The store over storage that packs sessions as the browser's does (withPackedSessions): everything that held for
// readable records holds for packed ones: they read back equal, two tabs merge, an import writes them, and a damaged
// one is set aside whole.

const pack = makeMiniPack();
const rating = (value: number) => ({ kind: 'rating', value }) as const;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const packedStorage = (initial: Record<string, unknown> = {}) => {
  const inner = memoryStorage(initial);
  return { inner, storage: withPackedSessions(inner) };
};
const storedAnswers = (value: unknown) => (value as { answers: unknown }).answers;
const fixture = (path: string) => JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/storage', path), 'utf8')) as Record<string, unknown>;

describe('createAppStore over packed storage', () => {
  it('should store each session with its answers packed, and read it back equal on the next start', async () => {
    const { inner, storage } = packedStorage();
    const store = await makeReadyStore(storage);
    const { id } = store.getState().startSession({ pack, assessmentId: 'full', targetLevel: 'one' });
    store.getState().answer(id, 'lean-self-1', rating(4));
    store.getState().answer(id, 'lean-self-2', { kind: 'notSure' });
    store.getState().setEvidence(id, 'lean', 'Ran a 5S blitz on line 3.');
    await flush();
    expect(storedAnswers(inner.data.get(sessionKey(id)))).toEqual(['lean-self-1 2', '0a', '4s', expect.any(String), []]);
    const next = await makeReadyStore(storage);
    expect(next.getState().quarantined).toEqual([]);
    expect(next.getState().sessions[id]).toEqual(store.getState().sessions[id]);
  });

  it('should keep every answer from both tabs answering the same session at once', async () => {
    const { inner, storage } = packedStorage();
    const [tabA, tabB] = makeTabChannels(2);
    const a = await makeReadyStore(storage, { tabs: tabA });
    const { id } = a.getState().startSession({ pack, assessmentId: 'full', targetLevel: 'one' });
    await flush();
    const b = await makeReadyStore(storage, { tabs: tabB });
    a.getState().answer(id, 'lean-self-1', rating(4));
    b.getState().answer(id, 'lean-self-2', rating(1));
    await vi.waitFor(() => expect((storedAnswers(inner.data.get(sessionKey(id))) as PackedAnswers)[2]).toHaveLength(2), { timeout: 5000 });
    const both = { 'lean-self-1': rating(4), 'lean-self-2': rating(1) };
    for (const store of [a, b, await makeReadyStore(storage)]) {
      const answers = store.getState().sessions[id]!.answers;
      expect(Object.fromEntries(Object.entries(answers).map(([key, stored]) => [key, stored.answer]))).toEqual(both);
    }
  });

  it('should write a confirmed import packed, in one transaction', async () => {
    const inner = memoryStorage();
    // Watched before it is wrapped: the wrapper keeps the function it was given.
    const writeMany = vi.spyOn(inner, 'writeMany');
    const storage = withPackedSessions(inner);
    const store = await makeReadyStore(storage);
    const now = new Date('2026-03-02T10:00:00.000Z');
    const profiles = Array.from({ length: 300 }, (_, i) => createProfile(`p${i}`, { name: `P ${i}`, currentLevel: null, years: null, targetLevel: 'two' }, now));
    const sessions = profiles.map((profile, i) => {
      const session = createSession({ id: `s${i}`, profileId: profile.id, pack, assessmentId: 'quick', targetLevel: 'two', now });
      return { ...session, answers: { 'lean-self-1': { answer: rating(i % 5), at: now.getTime() } } };
    });
    expect(await store.getState().commitImport({ profiles, sessions })).toBeNull();
    expect(writeMany).toHaveBeenCalledTimes(1);
    expect(storedAnswers(inner.data.get(sessionKey('s7')))).toEqual(['lean-self-1', '0', '2', now.getTime().toString(36), []]);
    expect((await makeReadyStore(storage)).getState().sessions.s7).toEqual(sessions[7]);
  });

  it('should set a session whose packed answers are damaged aside whole and untouched, and read the rest', async () => {
    const packed = fixture('v3/session-packed.json');
    const damaged = { ...packed, id: 'damaged', answers: ['lean-self-1 2', '0a', '3', 'mx7d20yo', []] };
    const { inner, storage } = packedStorage({ [sessionKey('damaged')]: damaged, [sessionKey(packed.id as string)]: packed });
    const store = await makeReadyStore(storage);
    expect(Object.keys(store.getState().sessions)).toEqual([packed.id]);
    expect(store.getState().quarantined).toEqual([{ key: expect.stringMatching(/^quarantine\/session\/damaged@/), problem: expect.stringMatching(/^the answers could not be read/), dismissed: false }]);
    const [asideKey] = [...inner.data.keys()].filter((key) => key.startsWith(QUARANTINE_PREFIX));
    expect((inner.data.get(asideKey!) as { raw: unknown }).raw).toEqual(damaged);
    expect(inner.data.has(sessionKey('damaged'))).toBe(false);
  });

  it('should leave a format-2 session as stored until it changes, then store it packed', async () => {
    const old = fixture('v2/session-conflict-copy.json');
    const key = sessionKey(old.id as string);
    const { inner, storage } = packedStorage({ [key]: old });
    const store = await makeReadyStore(storage);
    await flush();
    expect(inner.data.get(key)).toEqual(old);
    store.getState().goToStep(old.id as string, 2);
    await flush();
    expect(inner.data.get(key)).toMatchObject({ version: SESSION_VERSION, step: 2, answers: expect.any(Array) });
    expect((await makeReadyStore(storage)).getState().sessions[old.id as string]).toEqual(store.getState().sessions[old.id as string]);
  });
});
