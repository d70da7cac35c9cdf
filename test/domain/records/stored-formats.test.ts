// @vitest-environment node
// Pure domain code reading sample files from disk: no browser needed.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_TYPE, parseBundle } from '@/domain/records/bundle';
import { currentVersionOf, PROFILE_TYPE, PROFILE_VERSION, SESSION_TYPE, SESSION_VERSION } from '@/domain/records/constants';
import { questionIdIndexer } from '@/domain/records/packed-answers';
import { withQuestionIdList } from '@/domain/records/question-id-list';
import { restoreProfile, restoreSession } from '@/domain/records/restore';

// Every file people may still hold, read through the one door the app uses. Files are found, not listed, so a new
// folder of samples is checked the day it is added.
const ROOT = fileURLToPath(new URL('../../fixtures/storage/', import.meta.url));

type Raw = Record<string, unknown>;
interface StoredFile {
  path: string;
  folderVersion: number;
  text: string;
  raw: Raw;
}

const FILES: StoredFile[] = (readdirSync(ROOT, { recursive: true, encoding: 'utf8' }) as string[])
  .map((path) => path.replaceAll('\\', '/'))
  .filter((path) => path.endsWith('.json'))
  .sort()
  .map((path) => {
    const text = readFileSync(`${ROOT}${path}`, 'utf8');
    return { path, folderVersion: Number(/^v(\d+)\//.exec(path)?.[1] ?? Number.NaN), text, raw: JSON.parse(text) as Raw };
  });

/**
 * From format 4 on, a folder's sessions as IndexedDB holds them point into the list of question ids beside them (its
 * question-id-list.json): each is read as storage gives it, with that list in front of its answers.
 */
const isIdList = (file: StoredFile) => Object.hasOwn(file.raw, 'questionIds');
const ID_LISTS = new Map(FILES.filter(isIdList).map((file) => [file.folderVersion, file.raw]));
const asStorageGives = (file: StoredFile): Raw => withQuestionIdList(structuredClone(file.raw), ID_LISTS.get(file.folderVersion)) as Raw;

const ofType = (type: string) => FILES.filter((file) => file.raw.type === type && !isIdList(file)).map((file) => [file.path, file] as const);
const recordsIn = (raw: Raw, field: 'profiles' | 'sessions') => raw[field] as Raw[];

/** Each session stored with its answers packed has a readable twin among the samples: the same session, exported. */
const READABLE_SESSIONS = new Map(
  FILES.flatMap((file) => (file.raw.type === BUNDLE_TYPE ? recordsIn(file.raw, 'sessions') : [file.raw]))
    .filter((raw) => raw.type === SESSION_TYPE && !Array.isArray(raw.answers))
    .map((raw) => [raw.id as string, raw]),
);

/**
 * Nothing the old format held is lost on the way in: every field of the sample, except its version, reads back
 * equal (answers, evidence, mentor ratings and notes, profile details), and the answers are all there. Packed
 * answers read back as those of the readable twin.
 */
function expectNothingDropped(given: Raw, restored: object) {
  const current = restored as Raw;
  const twin = Array.isArray(given.answers) ? READABLE_SESSIONS.get(given.id as string) : given;
  expect(twin, `a readable twin of ${String(given.id)}`).toBeDefined();
  const raw: Raw = { ...given, answers: twin!.answers };
  expect(current.version).toBe(currentVersionOf(raw.type as string));
  for (const [field, value] of Object.entries(raw)) if (field !== 'version') expect(current[field], field).toEqual(value);
  if (raw.type === SESSION_TYPE) {
    const answers = raw.answers as Raw;
    expect(Object.keys(current.answers as Raw)).toHaveLength(Object.keys(answers).length);
    for (const [questionId, stored] of Object.entries(answers)) expect((current.answers as Raw)[questionId], questionId).toEqual(stored);
  }
}

describe('stored formats', () => {
  it('should have a folder of samples for every format up to the current one', () => {
    const folders = new Set(FILES.map((file) => file.folderVersion));
    for (let version = 1; version <= Math.max(SESSION_VERSION, PROFILE_VERSION); version += 1) expect(folders.has(version), `v${version}/`).toBe(true);
  });

  it('should know the kind of every sample, so none is skipped', () => {
    expect(FILES.length).toBeGreaterThan(0);
    for (const file of FILES) expect([SESSION_TYPE, PROFILE_TYPE, BUNDLE_TYPE], file.path).toContain(file.raw.type);
  });

  it.each(FILES.map((file) => [file.path, file] as const))('should keep %s in the format of its folder', (_path, file) => {
    if (file.raw.type !== BUNDLE_TYPE) {
      expect(file.raw.version).toBe(file.folderVersion);
      return;
    }
    // A bundle holds each kind at the format that build wrote it in: that folder's, or an older one.
    for (const record of [...recordsIn(file.raw, 'profiles'), ...recordsIn(file.raw, 'sessions')]) {
      expect(record.version).toBeLessThanOrEqual(file.folderVersion);
      expect(record.version).toBeLessThanOrEqual(currentVersionOf(record.type as string));
    }
  });
});

describe('restoreSession', () => {
  it.each(ofType(SESSION_TYPE))('should restore %s to the current format, dropping nothing', (_path, file) => {
    const restored = restoreSession(asStorageGives(file));
    if (!restored.ok) throw new Error(restored.error.message);
    expectNothingDropped(file.raw, restored.value);
  });
});

describe('the question-id list', () => {
  const lists = FILES.filter(isIdList).map((file) => [file.path, file] as const);

  it('should be kept from format 4 on, one per folder', () => {
    expect(lists.map(([, file]) => file.folderVersion)).toEqual(Array.from({ length: SESSION_VERSION - 3 }, (_, index) => index + 4));
  });

  it.each(lists)('should stay %s, and its sessions as stored, when this build writes those sessions again on it', (_path, file) => {
    const indexer = questionIdIndexer(structuredClone(file.raw));
    const sessions = FILES.filter((stored) => stored.folderVersion === file.folderVersion && stored.raw.type === SESSION_TYPE && !isIdList(stored));
    expect(sessions.length).toBeGreaterThan(0);
    for (const stored of sessions) {
      const read = restoreSession(asStorageGives(stored));
      if (!read.ok) throw new Error(read.error.message);
      expect(indexer.storedForm(read.value), stored.path).toEqual(stored.raw);
    }
    expect(indexer.grownList()).toBeUndefined();
  });
});

describe('restoreProfile', () => {
  it.each(ofType(PROFILE_TYPE))('should restore %s to the current format, dropping nothing', (_path, file) => {
    const restored = restoreProfile(file.raw);
    if (!restored.ok) throw new Error(restored.error.message);
    expectNothingDropped(file.raw, restored.value);
  });
});

describe('parseBundle', () => {
  it.each(ofType(BUNDLE_TYPE))('should read %s with every record in the current format, dropping nothing', (_path, file) => {
    const parsed = parseBundle(file.text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    for (const field of ['profiles', 'sessions'] as const) {
      const raws = recordsIn(file.raw, field);
      const restored = new Map<string, object>(parsed.value[field].map((record) => [record.id, record]));
      expect(restored.size).toBe(raws.length);
      for (const raw of raws) expectNothingDropped(raw, restored.get(raw.id as string) ?? {});
    }
    expect(parsed.value.exportedAt).toBe(file.raw.exportedAt ?? null);
  });
});
