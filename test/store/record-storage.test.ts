import { describe, expect, it } from 'vitest';
import { parseBundle } from '@/domain/records/bundle';
import { QUESTION_ID_LIST_VERSION, type QuestionIdList } from '@/domain/records/question-id-list';
import { restoreSession } from '@/domain/records/restore';
import type { Session } from '@/domain/records/schema';
import { serializeBundle } from '@/domain/records/serialize';
import { createSession } from '@/domain/records/session';
import { indexedDbStorage, WriteSuperseded } from '@/store/record-storage';
import { QUESTION_ID_LIST_KEY, sessionKey } from '@/store/storage-keys';
import { putRawRecords, rawRecords, freshIndexedDbPerTest } from '../fixtures/fake-indexeddb';
import { makeMiniPack } from '../fixtures/mini-pack';

// The storage adapter over IndexedDB (fake-indexeddb in Node): sessions stored in format 4, their question ids as
// indices into a list kept beside them, written in the transaction of the sessions that need it, read back with it.

freshIndexedDbPerTest();

const pack = makeMiniPack();
const START = Date.UTC(2026, 11, 1, 9, 0, 0);

/** A session answering `questionIds` in that order, each with its own rating and time. */
function sessionAnswering(id: string, questionIds: readonly string[]): Session {
  const session = createSession({ id, profileId: 'me', pack, assessmentId: 'full', targetLevel: 'one', now: new Date(START) });
  const answers = Object.fromEntries(questionIds.map((questionId, index) => [questionId, { answer: { kind: 'rating', value: index % 5 }, at: START + index * 1000 } as const]));
  return { ...session, answers };
}

const listIn = (raw: Map<string, unknown>) => raw.get(QUESTION_ID_LIST_KEY) as QuestionIdList | undefined;
const answersIn = (raw: Map<string, unknown>, id: string) => (raw.get(sessionKey(id)) as { answers: unknown[] }).answers;

/** What a storage adapter reads back for `id`, through the one door: the session as it was written. */
async function readBack(id: string) {
  const rows = new Map(await indexedDbStorage().readAll());
  const restored = restoreSession(rows.get(sessionKey(id)));
  if (!restored.ok) throw new Error(restored.error.message);
  return restored.value;
}

describe('indexedDbStorage', () => {
  it('should store a session in format 4 with the list of its question ids beside it, and give it back with that list, never the list itself', async () => {
    const storage = indexedDbStorage();
    const session = sessionAnswering('s1', ['lean-self-1', 'lean-self-2', 'kaizen-self-1']);
    await storage.write(sessionKey('s1'), session);
    const raw = await rawRecords();
    const list = listIn(raw)!;
    expect(list).toEqual({ type: 'rungs/session', version: QUESTION_ID_LIST_VERSION, ref: expect.any(Number), questionIds: ['lean-self-1', 'lean-self-2', 'kaizen-self-1'] });
    expect(answersIn(raw, 's1')).toEqual([list.ref, '0-2', '012', expect.any(String), []]);

    const rows = await indexedDbStorage().readAll();
    expect(rows.map(([key]) => key)).toEqual([sessionKey('s1')]);
    expect((rows[0]![1] as { answers: unknown[] }).answers).toEqual([list, list.ref, '0-2', '012', expect.any(String), []]);
    expect(restoreSession(rows[0]![1])).toEqual({ ok: true, value: session });
    expect(restoreSession(await indexedDbStorage().read(sessionKey('s1')))).toEqual({ ok: true, value: session });
  });

  it('should add only the ids a session brings, at the end of the list, and never change an index given out', async () => {
    const storage = indexedDbStorage();
    await storage.write(sessionKey('s1'), sessionAnswering('s1', ['a', 'b', 'c']));
    const first = answersIn(await rawRecords(), 's1');
    await storage.write(sessionKey('s2'), sessionAnswering('s2', ['c', 'd', 'a']));
    const raw = await rawRecords();
    expect(listIn(raw)!.questionIds).toEqual(['a', 'b', 'c', 'd']);
    expect(answersIn(raw, 's1')).toEqual(first);
    expect(answersIn(raw, 's2').slice(0, 2)).toEqual([listIn(raw)!.ref, '2-3 0']);
    expect(await readBack('s1')).toEqual(sessionAnswering('s1', ['a', 'b', 'c']));
    expect(await readBack('s2')).toEqual(sessionAnswering('s2', ['c', 'd', 'a']));
  });

  it('should give every index one meaning when two tabs add different new ids at the same time', async () => {
    const [tabA, tabB] = [indexedDbStorage(), indexedDbStorage()];
    await tabA.write(sessionKey('start'), sessionAnswering('start', ['shared-1']));
    const written: Session[] = [];
    let before: string[] = [];
    for (let round = 0; round < 8; round += 1) {
      const fromA = sessionAnswering(`a${round}`, [`a-${round}-1`, 'shared-1', `a-${round}-2`, `shared-${round + 2}`]);
      const fromB = sessionAnswering(`b${round}`, [`shared-${round + 2}`, `b-${round}-1`, 'shared-1', `b-${round}-2`]);
      // Both begun before either is stored: each reads the list in its own transaction, after the other's, if any.
      await Promise.all([tabA.write(sessionKey(fromA.id), fromA), tabB.write(sessionKey(fromB.id), fromB)]);
      written.push(fromA, fromB);
      const { questionIds } = listIn(await rawRecords())!;
      // Append only, and each id once: no index ever named two ids.
      expect(questionIds.slice(0, before.length)).toEqual(before);
      expect(new Set(questionIds).size).toBe(questionIds.length);
      before = questionIds;
    }
    for (const session of written) expect(await readBack(session.id)).toEqual(session);
  });

  it('should give every index one meaning when two tabs import at the same time', async () => {
    const [tabA, tabB] = [indexedDbStorage(), indexedDbStorage()];
    const fromA = Array.from({ length: 300 }, (_, n) => sessionAnswering(`a${n}`, [`a-${n % 7}`, 'both', `a-x-${n % 11}`]));
    const fromB = Array.from({ length: 300 }, (_, n) => sessionAnswering(`b${n}`, ['both', `b-${n % 5}`, `a-${n % 7}`]));
    const entries = (sessions: Session[]) => sessions.map((session) => [sessionKey(session.id), session] as const);
    await Promise.all([tabA.writeMany!(entries(fromA)), tabB.writeMany!(entries(fromB)), tabA.write(sessionKey('alone'), sessionAnswering('alone', ['alone-1']))]);
    const { questionIds } = listIn(await rawRecords())!;
    expect(new Set(questionIds).size).toBe(questionIds.length);
    expect(new Set(questionIds)).toEqual(new Set([...fromA, ...fromB, sessionAnswering('alone', ['alone-1'])].flatMap((session) => Object.keys(session.answers))));
    const rows = new Map(await indexedDbStorage().readAll());
    for (const session of [...fromA, ...fromB]) expect(restoreSession(rows.get(sessionKey(session.id)))).toEqual({ ok: true, value: session });
  });

  it('should store all of an import and the ids it adds to the list, or none of it', async () => {
    const storage = indexedDbStorage();
    await storage.write(sessionKey('kept'), sessionAnswering('kept', ['kept-1']));
    const before = await rawRecords();
    const cannotBeStored = { ...sessionAnswering('bad', ['bad-1']), evidence: { kaizen: () => 'not data' } };
    const entries = [...Array.from({ length: 400 }, (_, n) => [sessionKey(`new${n}`), sessionAnswering(`new${n}`, [`new-${n}`])] as const), [sessionKey('bad'), cannotBeStored] as const];
    await expect(storage.writeMany!(entries)).rejects.toThrow();
    expect(await rawRecords()).toEqual(before);
  });

  it('should write at once when the page goes away, with the ids spelled out (format 3), and in format 4 the next time', async () => {
    const storage = indexedDbStorage();
    await storage.write(sessionKey('s1'), sessionAnswering('s1', ['a']));
    const leaving = sessionAnswering('s1', ['a', 'b-1', 'b-2']);
    await storage.writeNow!(sessionKey('s1'), leaving);
    expect(answersIn(await rawRecords(), 's1')).toEqual(['a b-1 2', '002', '012', expect.any(String), []]);
    expect(await readBack('s1')).toEqual(leaving);
    await storage.write(sessionKey('s1'), leaving);
    expect(answersIn(await rawRecords(), 's1').slice(0, 2)).toEqual([expect.any(Number), '0-2']);
    expect(await readBack('s1')).toEqual(leaving);
  });

  it('should end an ordinary write still under way when the page goes away, so the leave write is not held behind it', async () => {
    const storage = indexedDbStorage();
    await storage.write(sessionKey('s1'), sessionAnswering('s1', ['a']));
    const leaving = sessionAnswering('s1', ['a', 'b-1']);
    let left: Promise<void> | undefined;
    // The merge runs inside the ordinary write's open transaction: the page goes away right then.
    const merged = storage.writeMerged!(sessionKey('s1'), (stored) => {
      left = storage.writeNow!(sessionKey('s1'), leaving);
      return stored;
    });
    await expect(merged).rejects.toBeInstanceOf(WriteSuperseded);
    await left;
    expect(await readBack('s1')).toEqual(leaving);
  });

  it('should hand the merge of a read-merge-write the stored session as readers get it, and store what it returns in format 4', async () => {
    const storage = indexedDbStorage();
    const stored = sessionAnswering('s1', ['a', 'b']);
    await storage.write(sessionKey('s1'), stored);
    const merged = sessionAnswering('s1', ['a', 'b', 'c']);
    const written = await storage.writeMerged!(sessionKey('s1'), (value) => {
      expect(restoreSession(value)).toEqual({ ok: true, value: stored });
      return merged;
    });
    expect(written).toBe(merged);
    expect(answersIn(await rawRecords(), 's1').slice(1, 2)).toEqual(['0-2']);
    expect(await readBack('s1')).toEqual(merged);
  });

  it('should hand over each part of the records as it is read, every session with its list and the list in none', async () => {
    const sessions = Array.from({ length: 450 }, (_, n) => sessionAnswering(`s${String(n).padStart(3, '0')}`, ['a', `q-${n % 30}`]));
    await indexedDbStorage().writeMany!(sessions.map((session) => [sessionKey(session.id), session]));
    await putRawRecords({ 'zz-after-the-list': 'left by another program' });
    const parts: [string, unknown][][] = [];
    const rows = await indexedDbStorage().readAll((part) => parts.push(part));
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.flat()).toEqual(rows);
    expect(rows.map(([key]) => key)).toEqual([...sessions.map((session) => sessionKey(session.id)), 'zz-after-the-list']);
    const list = listIn(await rawRecords());
    for (const [key, value] of rows.slice(0, -1)) {
      expect((value as { answers: unknown[] }).answers[0], key).toEqual(list);
      expect(restoreSession(value).ok).toBe(true);
    }
  });

  it('should give what the crash screen downloads (records as storage gives them) back whole to an import', async () => {
    const sessions = [sessionAnswering('s1', ['a', 'b']), sessionAnswering('s2', ['b', 'c'])];
    await indexedDbStorage().writeMany!(sessions.map((session) => [sessionKey(session.id), session]));
    const rows = await indexedDbStorage().readAll();
    const bundle = parseBundle(serializeBundle({ profiles: [], sessions: rows.map(([, value]) => value), exportedAt: new Date(START) }));
    if (!bundle.ok) throw new Error(bundle.error.message);
    expect(bundle.value.sessions).toEqual(sessions);
  });
});
