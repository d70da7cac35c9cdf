import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SESSION_VERSION } from '@/domain/records/constants';
import { createProfile } from '@/domain/records/profile';
import type { QuestionIdList } from '@/domain/records/question-id-list';
import type { Session } from '@/domain/records/schema';
import { createSession } from '@/domain/records/session';
import { indexedDbStorage } from '@/store/record-storage';
import { QUARANTINE_PREFIX, QUESTION_ID_LIST_KEY, sessionKey } from '@/store/storage-keys';
import { putRawRecords, rawRecords, freshIndexedDbPerTest } from '../fixtures/fake-indexeddb';
import { makeMiniPack } from '../fixtures/mini-pack';
import { makeReadyStore, makeTabChannels } from '../fixtures/store';

// The store over the browser's storage (IndexedDB, fake-indexeddb in Node), which stores sessions in format 4:
// everything that held for readable records holds for packed ones: they read back equal, two tabs merge, an import
// writes them, a damaged one is set aside whole, older formats are read as they are until they change, and newer ones
// are left alone. A session whose list of question ids is missing or damaged is set aside like any unreadable record.

freshIndexedDbPerTest();

const pack = makeMiniPack();
const rating = (value: number) => ({ kind: 'rating', value }) as const;
const storedAnswers = (value: unknown) => (value as { answers: unknown }).answers;
const fixture = (path: string) => JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/storage', path), 'utf8')) as Record<string, unknown>;
/** Waits until every change queued in `store` is written. */
const saved = (store: Awaited<ReturnType<typeof makeReadyStore>>) => store.getState().retrySave();

/** Sessions stored in format 4 by a store of their own, then the store over a new adapter, as after a reload. */
async function storedSessions(count: number) {
  const store = await makeReadyStore(indexedDbStorage());
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const { id } = store.getState().startSession({ pack, assessmentId: 'full', targetLevel: 'one' });
    store.getState().answer(id, 'lean-self-1', rating(n % 5));
    store.getState().answer(id, n % 2 === 0 ? 'lean-self-2' : 'kaizen-self-1', { kind: 'notSure' });
    ids.push(id);
  }
  await saved(store);
  return { ids, sessions: store.getState().sessions };
}

describe('createAppStore over IndexedDB', () => {
  it('should store each session in format 4, its question ids in the list beside it, and read it back equal on the next start', async () => {
    const store = await makeReadyStore(indexedDbStorage());
    const { id } = store.getState().startSession({ pack, assessmentId: 'full', targetLevel: 'one' });
    store.getState().answer(id, 'lean-self-1', rating(4));
    store.getState().answer(id, 'lean-self-2', { kind: 'notSure' });
    store.getState().setEvidence(id, 'lean', 'Ran a 5S blitz on line 3.');
    await saved(store);
    const raw = await rawRecords();
    const list = raw.get(QUESTION_ID_LIST_KEY) as QuestionIdList;
    expect(list.questionIds).toEqual(['lean-self-1', 'lean-self-2']);
    expect(storedAnswers(raw.get(sessionKey(id)))).toEqual([list.ref, '0-1', '4s', expect.any(String), []]);
    const next = await makeReadyStore(indexedDbStorage());
    expect(next.getState().quarantined).toEqual([]);
    expect(next.getState().newer).toEqual([]);
    expect(next.getState().sessions[id]).toEqual(store.getState().sessions[id]);
    expect(Object.keys(next.getState().sessions)).toEqual([id]);
  });

  it('should keep every answer from both tabs answering the same session at once', async () => {
    const [tabA, tabB] = makeTabChannels(2);
    const a = await makeReadyStore(indexedDbStorage(), { tabs: tabA });
    const { id } = a.getState().startSession({ pack, assessmentId: 'full', targetLevel: 'one' });
    await saved(a);
    const b = await makeReadyStore(indexedDbStorage(), { tabs: tabB });
    a.getState().answer(id, 'lean-self-1', rating(4));
    b.getState().answer(id, 'lean-self-2', rating(1));
    await vi.waitFor(async () => expect(((storedAnswers((await rawRecords()).get(sessionKey(id))) as unknown[])[2] as string).length).toBe(2), { timeout: 5000 });
    await Promise.all([saved(a), saved(b)]);
    const both = { 'lean-self-1': rating(4), 'lean-self-2': rating(1) };
    for (const store of [a, b, await makeReadyStore(indexedDbStorage())]) {
      const answers = store.getState().sessions[id]!.answers;
      expect(Object.fromEntries(Object.entries(answers).map(([key, stored]) => [key, stored.answer]))).toEqual(both);
    }
  });

  it('should write a confirmed import in format 4, in one transaction with the ids it adds to the list', async () => {
    const storage = indexedDbStorage();
    const writeMany = vi.spyOn(storage, 'writeMany');
    const store = await makeReadyStore(storage);
    const now = new Date('2026-03-02T10:00:00.000Z');
    const profiles = Array.from({ length: 300 }, (_, i) => createProfile(`p${i}`, { name: `P ${i}`, currentLevel: null, years: null, targetLevel: 'two' }, now));
    const sessions = profiles.map((profile, i) => {
      const session = createSession({ id: `s${i}`, profileId: profile.id, pack, assessmentId: 'quick', targetLevel: 'two', now });
      return { ...session, answers: { 'lean-self-1': { answer: rating(i % 5), at: now.getTime() } } };
    });
    expect(await store.getState().commitImport({ profiles, sessions })).toBeNull();
    expect(writeMany).toHaveBeenCalledTimes(1);
    const raw = await rawRecords();
    const list = raw.get(QUESTION_ID_LIST_KEY) as QuestionIdList;
    expect(list.questionIds).toEqual(['lean-self-1']);
    expect(storedAnswers(raw.get(sessionKey('s7')))).toEqual([list.ref, '0', '2', now.getTime().toString(36), []]);
    expect((await makeReadyStore(indexedDbStorage())).getState().sessions.s7).toEqual(sessions[7]);
  });

  it('should set a session whose packed answers are damaged aside whole and untouched, and read the rest', async () => {
    const packed = fixture('v3/session-packed.json');
    const damaged = { ...packed, id: 'damaged', answers: ['lean-self-1 2', '0a', '3', 'mx7d20yo', []] };
    await putRawRecords({ [sessionKey('damaged')]: damaged, [sessionKey(packed.id as string)]: packed });
    const store = await makeReadyStore(indexedDbStorage());
    expect(Object.keys(store.getState().sessions)).toEqual([packed.id]);
    expect(store.getState().quarantined).toEqual([{ key: expect.stringMatching(/^quarantine\/session\/damaged@/), problem: expect.stringMatching(/^the answers could not be read/), dismissed: false }]);
    const raw = await rawRecords();
    const [asideKey] = [...raw.keys()].filter((key) => key.startsWith(QUARANTINE_PREFIX));
    expect((raw.get(asideKey!) as { raw: unknown }).raw).toEqual(damaged);
    expect(raw.has(sessionKey('damaged'))).toBe(false);
  });

  it.each(['v2/session-conflict-copy.json', 'v3/session-packed.json'])('should read %s as it is stored, leave it so, and store it in format 4 once it changes', async (path) => {
    const old = fixture(path);
    const id = old.id as string;
    await putRawRecords({ [sessionKey(id)]: old });
    const store = await makeReadyStore(indexedDbStorage());
    const before = store.getState().sessions[id]!;
    expect(before.answers).toEqual(Array.isArray(old.answers) ? readableTwinOf(id).answers : old.answers);
    await saved(store);
    expect((await rawRecords()).get(sessionKey(id))).toEqual(old);
    store.getState().goToStep(id, 2);
    await saved(store);
    const raw = await rawRecords();
    const { ref } = raw.get(QUESTION_ID_LIST_KEY) as QuestionIdList;
    expect(raw.get(sessionKey(id))).toMatchObject({ version: SESSION_VERSION, step: 2, answers: [ref, expect.any(String), expect.any(String), expect.any(String), expect.any(Array)] });
    const next = await makeReadyStore(indexedDbStorage());
    expect(next.getState().sessions[id]).toEqual(store.getState().sessions[id]);
    expect(next.getState().sessions[id]!.answers).toEqual(before.answers);
  });

  it('should leave a session of format 5 exactly where it is, unread and unwritten, and list it as made by a newer version', async () => {
    const newer = { ...fixture('v4/session-indexed.json'), version: SESSION_VERSION + 1, id: 'from-a-newer-rungs', somethingNew: { kept: true } };
    await putRawRecords({ [sessionKey('from-a-newer-rungs')]: newer });
    await storedSessions(1);
    const store = await makeReadyStore(indexedDbStorage());
    expect(store.getState().newer).toEqual([{ key: sessionKey('from-a-newer-rungs'), problem: expect.stringMatching(/^made by a newer version of Rungs \(format 5; this one reads up to 4\)/) }]);
    expect(store.getState().quarantined).toEqual([]);
    expect((await rawRecords()).get(sessionKey('from-a-newer-rungs'))).toEqual(newer);
  });
});

/** A packed sample as its readable twin (the same session, exported) holds it. */
function readableTwinOf(id: string): Session {
  const bundle = fixture('v3/bundle-export-readable.json') as { sessions: Session[] };
  return bundle.sessions.find((session) => session.id === id)!;
}

describe('createAppStore over IndexedDB: a session whose list of question ids cannot be read', () => {
  type Damage = { put?: Record<string, unknown>; remove?: string[] };

  /** Three sessions stored in format 4 and one in format 3; then `damage` to what is stored; then a start. */
  async function startAfter(damage: (raw: Map<string, unknown>) => Damage) {
    const { ids } = await storedSessions(3);
    const format3 = fixture('v3/session-packed.json');
    await putRawRecords({ [sessionKey(format3.id as string)]: format3 });
    const { put = {}, remove = [] } = damage(await rawRecords());
    await putRawRecords(put);
    for (const key of remove) await deleteRaw(key);
    const before = await rawRecords();
    const store = await makeReadyStore(indexedDbStorage());
    return { ids, store, format3, before };
  }

  /** What changed in storage since `before`: keys added (set aside), removed, and values rewritten. */
  async function changesSince(before: Map<string, unknown>) {
    const after = await rawRecords();
    return {
      added: [...after.keys()].filter((key) => !before.has(key)),
      removed: [...before.keys()].filter((key) => !after.has(key)),
      rewritten: [...after.keys()].filter((key) => before.has(key) && JSON.stringify(after.get(key)) !== JSON.stringify(before.get(key))),
      after,
    };
  }

  const listIn = (raw: Map<string, unknown>) => raw.get(QUESTION_ID_LIST_KEY) as QuestionIdList;

  it.each([
    ['missing', (): Damage => ({ remove: [QUESTION_ID_LIST_KEY] }), /^the answers could not be read: the list of question ids they point into is missing$/],
    ['that is no list', (): Damage => ({ put: { [QUESTION_ID_LIST_KEY]: 'lean-self-1 lean-self-2' } }), /is damaged: it is not a list record$/],
    [
      'with an id that is none',
      (raw: Map<string, unknown>): Damage => ({ put: { [QUESTION_ID_LIST_KEY]: { ...listIn(raw), questionIds: ['Lean Self 1', ...listIn(raw).questionIds.slice(1)] } } }),
      /is damaged: entry 0 is not a question id$/,
    ],
    [
      'with an id twice',
      (raw: Map<string, unknown>): Damage => ({ put: { [QUESTION_ID_LIST_KEY]: { ...listIn(raw), questionIds: [...listIn(raw).questionIds, 'lean-self-1'] } } }),
      /is damaged: the question id lean-self-1 is in it twice$/,
    ],
  ])('should set every session pointing into a list %s aside with the reason, as found, and change nothing else', async (_name, damage, reason) => {
    const { ids, store, format3, before } = await startAfter(damage);
    expect(Object.keys(store.getState().sessions)).toEqual([format3.id]);
    expect(store.getState().quarantined.map(({ problem }) => problem)).toEqual(ids.map(() => expect.stringMatching(reason)));
    const { added, removed, rewritten, after } = await changesSince(before);
    expect(removed.sort()).toEqual(ids.map(sessionKey).sort());
    expect(added).toHaveLength(ids.length);
    expect(rewritten).toEqual([]);
    // Each set aside as storage gave it, with the list it could not be read with in front of its answers.
    for (const key of added) {
      const aside = after.get(key) as { key: string; raw: unknown };
      const stored = before.get(aside.key) as { answers: unknown[] };
      expect(aside.raw).toEqual({ ...stored, answers: [before.get(QUESTION_ID_LIST_KEY), ...stored.answers] });
    }
    // What "Download the damaged data" writes: every one of them.
    expect((await store.getState().readQuarantined()).map(({ key }) => key).sort()).toEqual(added.sort());
  });

  it('should set aside only the session with an index past the end of its list, and read the others', async () => {
    const { ids, store, format3, before } = await startAfter((raw) => {
      const stored = raw.get(sessionKey('session-2')) as { answers: unknown[] };
      return { put: { [sessionKey('session-2')]: { ...stored, answers: [stored.answers[0], '0 5', ...stored.answers.slice(2)] } } };
    });
    expect(Object.keys(store.getState().sessions).sort()).toEqual([format3.id, ...ids.filter((id) => id !== 'session-2')].sort());
    expect(store.getState().quarantined).toEqual([
      { key: expect.stringMatching(/^quarantine\/session\/session-2@/), problem: 'the answers could not be read: a question index in the packed answers is past the end of its list', dismissed: false },
    ]);
    const { added, removed, rewritten } = await changesSince(before);
    expect([added.length, removed, rewritten]).toEqual([1, [sessionKey('session-2')], []]);
  });

  it('should set aside a session of a list that was lost and begun again, never reading it on the new list', async () => {
    const { ids, sessions } = await storedSessions(2);
    const lost = listIn(await rawRecords());
    await deleteRaw(QUESTION_ID_LIST_KEY);
    // Another tab, still open, stores a session: it begins a list of its own, with the same ids in the same places.
    await indexedDbStorage().write(sessionKey('later'), { ...sessions[ids[0]!]!, id: 'later' });
    expect(listIn(await rawRecords()).questionIds).toEqual(lost.questionIds.slice(0, 2));
    const store = await makeReadyStore(indexedDbStorage());
    expect(Object.keys(store.getState().sessions)).toEqual(['later']);
    expect(store.getState().quarantined.map(({ problem }) => problem)).toEqual(
      ids.map(() => 'the answers could not be read: the list of question ids they point into is missing (another list is stored in its place)'),
    );
  });

  it('should leave sessions whose list a newer Rungs wrote where they are, and write no session onto that list', async () => {
    const { ids, before } = await startAfter((raw) => ({ put: { [QUESTION_ID_LIST_KEY]: { ...listIn(raw), version: 5, newField: true } } }));
    const store = await makeReadyStore(indexedDbStorage(), { newId: () => 'fresh' });
    expect(store.getState().newer.map(({ key }) => key).sort()).toEqual(ids.map(sessionKey).sort());
    expect(store.getState().newer[0]!.problem).toMatch(/^its list of question ids was made by a newer version of Rungs \(format 5; this one reads up to 4\)/);
    expect(store.getState().quarantined).toEqual([]);
    const { id } = store.getState().startSession({ pack, assessmentId: 'full', targetLevel: 'one' });
    store.getState().answer(id, 'five-s-self-1', rating(2));
    await saved(store);
    const { added, removed, rewritten, after } = await changesSince(before);
    expect([added, removed, rewritten]).toEqual([[sessionKey(id)], [], []]);
    expect(storedAnswers(after.get(sessionKey(id)))).toEqual(['five-s-self-1', '0', '2', expect.any(String), []]);
    expect((await makeReadyStore(indexedDbStorage())).getState().sessions[id]).toEqual(store.getState().sessions[id]);
  });
});
/** Removes `key` from the records store, as other code of the same origin could. */
async function deleteRaw(key: string) {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('rungs');
    request.onsuccess = () => {
      const transaction = request.result.transaction('records', 'readwrite');
      transaction.objectStore('records').delete(key);
      transaction.oncomplete = () => {
        request.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error ?? new Error('not removed'));
    };
    request.onerror = () => reject(request.error ?? new Error('not opened'));
  });
}
