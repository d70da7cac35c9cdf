import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Constants from '@/domain/records/constants';
import { restoreSessionParts } from '@/domain/records/restore';
import { memoryStorage } from '@/store/record-storage';
import { QUESTION_ID_LIST_KEY, sessionKey } from '@/store/storage-keys';
import { makeReadyStore } from '../../fixtures/store';

// A Rungs rolled back to one that reads sessions up to format 3 must leave everything format 4 stored where it is,
// the list of question ids included, for the newer Rungs to find again. Played here by this build's readers with the
// session format set back to 3, as that build had it: the same envelope check decides, before anything else is read.
// (Checked once by hand against the released format-3 build's own restore, which says the same.)
vi.mock('@/domain/records/constants', async (importOriginal) => {
  const actual = await importOriginal<typeof Constants>();
  return {
    ...actual,
    SESSION_VERSION: 3,
    currentVersionOf: (type: string) => (type === actual.SESSION_TYPE ? 3 : actual.currentVersionOf(type)),
  };
});

const fixture = (path: string) => JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/storage', path), 'utf8')) as Record<string, unknown>;
const STORED_V4 = ['v4/question-id-list.json', 'v4/session-indexed.json', 'v4/session-indexed-second.json', 'v4/session-indexed-no-answers.json'];

describe('a reader of format 3', () => {
  it('should still read format 3, as the build before format 4 did', () => {
    expect(restoreSessionParts(fixture('v3/session-packed.json')).ok).toBe(true);
  });

  it.each(STORED_V4)('should take %s, as IndexedDB holds it, for a record of a newer Rungs', (path) => {
    const read = restoreSessionParts(fixture(path));
    expect(read).toEqual({ ok: false, error: { type: 'rungs/session', newer: true, message: expect.stringMatching(/^made by a newer version of Rungs \(format 4; this one reads up to 3\)/) } });
  });

  it('should start over what format 4 stored, leaving every record of it where it is, unwritten, the list included', async () => {
    const stored = {
      [QUESTION_ID_LIST_KEY]: fixture('v4/question-id-list.json'),
      [sessionKey('f4-session-indexed')]: fixture('v4/session-indexed.json'),
      [sessionKey('f4-session-indexed-second')]: fixture('v4/session-indexed-second.json'),
      [sessionKey('f3-session-packed')]: fixture('v3/session-packed.json'),
    };
    const storage = memoryStorage(structuredClone(stored));
    const store = await makeReadyStore(storage);
    expect(Object.keys(store.getState().sessions)).toEqual(['f3-session-packed']);
    expect(store.getState().quarantined).toEqual([]);
    expect(store.getState().newer.map(({ key }) => key).sort()).toEqual([QUESTION_ID_LIST_KEY, sessionKey('f4-session-indexed'), sessionKey('f4-session-indexed-second')].sort());
    expect(Object.fromEntries(storage.data)).toEqual(stored);
  });
});
