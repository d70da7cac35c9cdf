import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SESSION_VERSION } from '@/domain/records/constants';
import { restoreProfileParts, restoreSession, restoreSessionParts } from '@/domain/records/restore';

const fixture = (name: string) => JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/storage', name), 'utf8')) as Record<string, unknown>;
const SESSION = fixture('v1/session-completed-with-mentor.json');
const PROFILE = fixture('v2/profile-with-actions.json');

describe('restoreSessionParts', () => {
  it('should read a sound record whole, leaving nothing out', () => {
    const result = restoreSessionParts(SESSION);
    const whole = restoreSession(SESSION);
    if (!result.ok || !whole.ok) throw new Error('the fixture must read');
    expect(result.value).toEqual({ value: whole.value, dropped: [] });
  });

  it('should leave out only the unreadable entries, name each one, and keep every other answer and note', () => {
    const evidence = SESSION.evidence as Record<string, string>;
    const damaged = {
      ...SESSION,
      evidence: { ...evidence, kaizen: 'x'.repeat(100_000), 'Not An Id': 'text' },
      mentorRatings: { ...(SESSION.mentorRatings as object), kaizen: 9 },
    };
    expect(restoreSession(damaged).ok).toBe(false);
    const result = restoreSessionParts(damaged);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.value.evidence).toEqual(evidence);
    expect(result.value.value.mentorRatings).toEqual(SESSION.mentorRatings);
    expect(Object.keys(result.value.value.answers)).toEqual(Object.keys(SESSION.answers as object));
    expect(result.value.dropped.map((part) => part.split(':')[0]).sort()).toEqual(['evidence.Not An Id', 'evidence.kaizen', 'mentorRatings.kaizen']);
  });

  it('should still refuse a record whose envelope or other fields are damaged, and mark a newer one as newer', () => {
    expect(restoreSessionParts({ ...SESSION, step: 'two' }).ok).toBe(false);
    const newer = restoreSessionParts({ ...SESSION, version: SESSION_VERSION + 1 });
    expect(!newer.ok && newer.error.newer).toBe(true);
    const broken = restoreSessionParts({ ...SESSION, version: 0 });
    expect(!broken.ok && broken.error.newer).toBeUndefined();
  });
});

describe('a stored record holding a reserved name as a key (JSON.parse makes "__proto__" an own key)', () => {
  /** SESSION as stored text with `insert` put first inside the object `field` opens ("" for the top level). */
  const withKey = (field: string, insert: string) => {
    const text = JSON.stringify(SESSION);
    const at = field ? `"${field}":{` : '{';
    if (!text.includes(at)) throw new Error(`the fixture has no ${field} object`);
    return JSON.parse(text.replace(at, `${at}${insert},`)) as unknown;
  };

  it.each([
    ['an evidence note', 'evidence', 'evidence'],
    ['a mentor rating', 'mentorRatings', 'mentorRatings'],
    ['the top level', '', 'the top level'],
  ])('should refuse the whole record in the strict door when %s is one, naming where', (_what, field, where) => {
    const result = restoreSession(withKey(field, '"__proto__":{"polluted":true}'));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toBe(`${where}: the reserved name "__proto__", which Rungs never writes`);
  });

  it('should refuse "constructor" and "prototype" too', () => {
    for (const key of ['constructor', 'prototype']) expect(restoreSession(withKey('evidence', `"${key}":"note"`)).ok).toBe(false);
  });

  it('should leave out and name only that entry when reading what this browser stored, keeping every other one', () => {
    const result = restoreSessionParts(withKey('evidence', '"__proto__":"a note"'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.value.evidence).toEqual(SESSION.evidence);
    expect(Object.hasOwn(result.value.value.evidence, '__proto__')).toBe(false);
    expect(result.value.value.mentorRatings).toEqual(SESSION.mentorRatings);
    expect(result.value.dropped).toEqual(['evidence.__proto__: a reserved name, which Rungs never writes']);
  });

  it('should still refuse one found anywhere but an entry map, even when reading what this browser stored', () => {
    const result = restoreSessionParts(withKey('', '"__proto__":{"polluted":true}'));
    expect(result.ok ? '' : result.error.message).toMatch(/the top level: the reserved name "__proto__"/);
  });
});

describe('restoreProfileParts', () => {
  it('should leave out one unreadable action and keep the others', () => {
    const actions = PROFILE.actions as Record<string, unknown>[];
    expect(actions.length).toBeGreaterThan(1);
    const damaged = { ...PROFILE, actions: [{ ...actions[0], title: '' }, ...actions.slice(1)] };
    const result = restoreProfileParts(damaged);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.value.actions.map((action) => action.id)).toEqual(actions.slice(1).map((action) => action.id));
    expect(result.value.dropped).toEqual([expect.stringMatching(/^actions\.0: /)]);
  });
});
