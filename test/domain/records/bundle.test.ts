// @vitest-environment node
// The domain runs without a browser; a bare Node global scope also keeps the poisoning checks below exact.
import { readFileSync } from 'node:fs';
import { assertNoPoisoning, restoreGlobals } from '@fast-check/poisoning';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE_TYPE, BUNDLE_VERSION, bundleOf, MAX_BUNDLE_BYTES, parseBundle, readBundleSteps, serializeBundle, type BundleStep } from '@/domain/records/bundle';
import { SESSION_VERSION } from '@/domain/records/constants';
import { addAction, createProfile } from '@/domain/records/profile';
import type { Profile, Session } from '@/domain/records/schema';
import { answerQuestion, completeSession, createSession, setMentorNote, setMentorRating } from '@/domain/records/session';
import type { Answer } from '@/domain/scoring/answer';
import { POISONING } from '../../fixtures/poisoning';
import { loadRealPacks } from '../../fixtures/real-packs';
import { bundleRecordsArbitrary, profileArbitrary, sessionArbitrary } from '../../fixtures/records-arbitrary';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/storage/${path}`, import.meta.url), 'utf8');
const V1_BUNDLE = fixture('v1/bundle-one-mentee.json');
const V1_SESSION = JSON.parse(fixture('v1/session-in-progress.json')) as Record<string, unknown>;
const V1_PROFILE = JSON.parse(fixture('v1/profile-mentee.json')) as Record<string, unknown>;
const V2_SESSION = JSON.parse(fixture('v2/session-conflict-copy.json')) as Session;
const V2_PROFILE = JSON.parse(fixture('v2/profile-with-actions.json')) as Profile;


const EXPORTED_AT = new Date('2026-11-24T08:00:00.000Z');
const envelope = (rest: Record<string, unknown> = {}) => ({ type: BUNDLE_TYPE, version: BUNDLE_VERSION, createdBy: 'Rungs', profiles: [], sessions: [], ...rest });
const text = (value: unknown) => JSON.stringify(value);
const problemOf = (input: string) => {
  const result = parseBundle(input);
  return result.ok ? null : result.error.message;
};

describe('serializeBundle', () => {
  it('should write the bundle envelope the app has always written, with the export time', () => {
    expect(JSON.parse(serializeBundle({ profiles: [], sessions: [], exportedAt: EXPORTED_AT }))).toEqual({
      type: 'rungs/bundle',
      version: 1,
      createdBy: 'Rungs',
      exportedAt: '2026-11-24T08:00:00.000Z',
      profiles: [],
      sessions: [],
    });
  });

  it('should write the same file for the same data, whatever order it came in', () => {
    fc.assert(
      fc.property(bundleRecordsArbitrary, ({ profiles, sessions }) => {
        const shuffledKeys = <T extends object>(record: T) => Object.fromEntries(Object.entries(record).reverse()) as T;
        const forward = serializeBundle({ profiles, sessions, exportedAt: EXPORTED_AT });
        const backward = serializeBundle({ profiles: [...profiles].reverse().map(shuffledKeys), sessions: [...sessions].reverse().map(shuffledKeys), exportedAt: EXPORTED_AT });
        expect(backward).toBe(forward);
      }),
    );
  });

  it('should write the envelope pretty and one record per line, envelope keys and ids first', () => {
    const written = serializeBundle({ profiles: [V2_PROFILE], sessions: [V2_SESSION], exportedAt: EXPORTED_AT });
    expect(written.startsWith('{\n  "type": "rungs/bundle",\n  "version": 1,\n  "createdBy": "Rungs",\n  "exportedAt"')).toBe(true);
    expect(written).toContain('\n  "sessions": [\n    {"type":"rungs/session","version":2,"id":"f2-session-review-a902d789",');
    expect(written.split('\n')).toHaveLength(13);
  });
});

describe('bundleOf', () => {
  const ana = { ...V2_PROFILE, id: 'p-ana' };
  const ben = { ...V2_PROFILE, id: 'p-ben', name: 'Ben Okafor' };
  const records = {
    profiles: { 'p-ben': ben, 'p-ana': ana },
    sessions: {
      's-3': { ...V2_SESSION, id: 's-3', profileId: 'p-ana' },
      's-1': { ...V2_SESSION, id: 's-1', profileId: 'p-ana' },
      's-2': { ...V2_SESSION, id: 's-2', profileId: 'p-ben' },
      's-4': { ...V2_SESSION, id: 's-4', profileId: 'me' },
    },
  };

  it.each([
    ['everyone when no person is named', undefined, ['p-ana', 'p-ben'], ['s-1', 's-2', 's-3', 's-4']],
    ['one person with all their sessions', 'p-ana', ['p-ana'], ['s-1', 's-3']],
    ['the person themselves, who may have no profile record', 'me', [], ['s-4']],
  ])('should give %s, sorted by id', (_case, profileId, profileIds, sessionIds) => {
    const picked = bundleOf(records, profileId);
    expect(picked.profiles.map((profile) => profile.id)).toEqual(profileIds);
    expect(picked.sessions.map((session) => session.id)).toEqual(sessionIds);
  });

  it('should give a bundle that reads back', () => {
    const written = serializeBundle({ ...bundleOf(records, 'p-ana'), exportedAt: EXPORTED_AT });
    expect(parseBundle(written).ok).toBe(true);
  });
});

describe('parseBundle', () => {
  afterEach(() => {
    restoreGlobals(POISONING);
  });

  it('should read back exactly what serializeBundle wrote', () => {
    fc.assert(
      fc.property(bundleRecordsArbitrary, ({ profiles, sessions }) => {
        const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(parseBundle(serializeBundle({ profiles, sessions, exportedAt: EXPORTED_AT }))).toEqual({
          ok: true,
          value: { exportedAt: EXPORTED_AT.toISOString(), profiles: byId(profiles), sessions: byId(sessions) },
        });
      }),
    );
  });

  it('should read the format-1 bundle the "not saved" notice downloads, its records brought to the current format', () => {
    const result = parseBundle(V1_BUNDLE);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.exportedAt).toBeNull();
    const made = V1_PROFILE.createdAt;
    expect(result.value.profiles).toEqual([
      {
        ...V1_PROFILE,
        version: 3,
        updatedAt: made,
        actions: [],
        deletedAt: null,
        removedActions: {},
        changedAt: { name: made, currentLevel: made, years: made, targetLevel: made, archivedAt: made, deletedAt: made },
      },
    ]);
    expect(result.value.sessions).toEqual([{ ...V1_SESSION, version: SESSION_VERSION, conflictOf: null }]);
  });

  it.each([
    ['a byte-order mark before the JSON', `\uFEFF${text(envelope())}`],
    ['a session of the person themselves with no profile record', text(envelope({ sessions: [{ ...V2_SESSION, profileId: 'me' }] }))],
    ['"__proto__" as text inside a note rather than as a key', text(envelope({ profiles: [{ ...V2_PROFILE, name: '__proto__' }] }))],
    ['an export time of null', text(envelope({ exportedAt: null }))],
  ])('should accept %s', (_case, input) => {
    expect(problemOf(input)).toBeNull();
  });

  const oversize = ' '.repeat(MAX_BUNDLE_BYTES) + '{}';
  // Half as many characters, each two bytes in UTF-8: over the cap although .length is not.
  const oversizeInBytes = 'é'.repeat(MAX_BUNDLE_BYTES / 2 + 1);

  it.each([
    ['over the size cap', oversize, ['96.1 MB', 'at most 96 MB']],
    ['over the size cap in UTF-8 bytes', oversizeInBytes, ['96.1 MB', 'at most 96 MB']],
    ['empty', '  \n', ['empty']],
    ['not JSON', '{"type": "rungs/bundle",', ['not valid JSON']],
    ['not JSON, with where it breaks', '{\n  "type": "rungs/bundle",\n  "version" 1\n}', ['not valid JSON', 'line 3, column 13']],
    ['JSON but a list', '[]', ['not a Rungs bundle']],
    ['JSON but a number', '42', ['not a Rungs bundle']],
    ['JSON but null', 'null', ['not a Rungs bundle']],
    ['another kind of JSON file', text({ name: 'package', version: '1.0.0' }), ['not a Rungs bundle', '"type": "rungs/bundle"']],
    ['one session on its own that is not valid', text({ ...V2_SESSION, answers: 'none' }), ['one session on its own', "can't be read", 'answers']],
    ['one session on its own from a newer Rungs', text({ ...V2_SESSION, version: 99 }), ['one session on its own', 'newer version of Rungs', 'Update Rungs']],
    ['one session on its own with a reserved key', `{"type":"rungs/session","version":2,"answers":{"__proto__":{}}}`, ['reserved name "__proto__"']],
    ['one profile on its own', text(V2_PROFILE), ['not a Rungs bundle', 'one profile on its own']],
    ['without a format version', text(envelope({ version: undefined })), ['no valid format version']],
    ['with a format version as text', text(envelope({ version: '1' })), ['no valid format version']],
    ['from a newer Rungs', text(envelope({ version: 2 })), ['newer version of Rungs', 'bundle format 2', 'reads up to 1', 'Update Rungs']],
    ['without its maker', text(envelope({ createdBy: undefined })), ['not a valid Rungs bundle', 'createdBy']],
    ['with an unknown envelope field', text(envelope({ extra: true })), ['not a valid Rungs bundle', 'extra']],
    ['with profiles that are not a list', text(envelope({ profiles: {} })), ['not a valid Rungs bundle', 'profiles']],
    ['with an export time that is not a date', text(envelope({ exportedAt: 'yesterday' })), ['not a valid Rungs bundle', 'exportedAt']],
    ['with a reserved key', text(envelope()).replace('"profiles"', '"__proto__": {"polluted": true}, "profiles"'), ['reserved name "__proto__"', 'the top level']],
    ['with a reserved key deep inside', text(envelope({ sessions: [{ ...V2_SESSION, answers: { constructor: { prototype: 1 } } }] })), ['reserved name "constructor"', 'sessions.0.answers']],
    ['with an invalid profile', text(envelope({ profiles: [{ ...V2_PROFILE, name: '' }] })), ['Profile 1 of 1 ("mentee-ana")', "can't be read", 'name']],
    ['with an invalid session and no id', text(envelope({ sessions: [{ ...V2_SESSION, profileId: 'me', id: undefined }] })), ['Session 1 of 1 can', 'id']],
    ['with a record that is not a session', text(envelope({ sessions: ['hello'] })), ['Session 1 of 1', 'not a Rungs document']],
    ['with a profile where a session should be', text(envelope({ sessions: [V2_PROFILE] })), ['Session 1 of 1 ("mentee-ana")', 'expected a rungs/session']],
    ['with a record from a newer Rungs', text(envelope({ profiles: [V2_PROFILE], sessions: [{ ...V2_SESSION, id: 's-2' }, { ...V2_SESSION, version: SESSION_VERSION + 1 }] })), ['Session 2 of 2 ("f2-session-review-a902d789")', `newer version of Rungs (format ${SESSION_VERSION + 1}`]],
    ['with a person twice', text(envelope({ profiles: [V2_PROFILE, V2_PROFILE] })), ['two profiles with the id "mentee-ana"']],
    ['with a session twice', text(envelope({ profiles: [V2_PROFILE], sessions: [V2_SESSION, V2_SESSION] })), ['two sessions with the id "f2-session-review-a902d789"']],
    ['with a session whose person is not in the file', text(envelope({ sessions: [{ ...V2_SESSION, profileId: 'p-zed' }] })), ['Session 1 of 1', 'person "p-zed"', 'not in the file']],
  ])('should refuse a file %s, saying so', (_case, input, expected) => {
    const message = problemOf(input);
    expect(message).not.toBeNull();
    for (const words of expected) expect(message).toContain(words);
  });

  it('should never throw on any text', () => {
    // Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' unit costs seconds to set up).
    const anyUnit = fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(fc.property(fc.oneof(fc.string({ unit: anyUnit }), fc.json()), (input) => typeof parseBundle(input).ok === 'boolean'));
  });

  it('should never throw on any value in a bundle envelope, in any field', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: false }), fc.constantFrom('profiles', 'sessions', 'exportedAt', 'extra', 'records'), (value, field) => {
        const wrapped = JSON.stringify({ ...envelope(), [field]: field === 'profiles' || field === 'sessions' ? [value] : value });
        return typeof parseBundle(wrapped).ok === 'boolean';
      }),
    );
  });

  it('should refuse reserved keys at any depth of a valid bundle, without touching any prototype', () => {
    const reservedKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
    // A value holding the key as an own property, like JSON.parse makes it, some levels down.
    const nested = fc
      .tuple(reservedKey, fc.jsonValue(), fc.array(fc.constantFrom('a', 'list', 'kaizen'), { maxLength: 4 }))
      .map(([key, payload, path]) => {
        let value: unknown = Object.defineProperty({}, key, { value: { polluted: 'yes', payload }, enumerable: true, configurable: true, writable: true });
        for (const step of path.reverse()) value = step === 'list' ? [value] : { [step]: value };
        return value;
      });
    const carriers: fc.Arbitrary<(value: unknown) => unknown>[] = [
      fc.constant((value) => ({ ...envelope(), injected: value })),
      profileArbitrary().map((profile) => (value) => envelope({ profiles: [{ ...profile, id: 'p-ana', injected: value }] })),
      sessionArbitrary({ profileIds: ['me'] }).map((session) => (value) => envelope({ sessions: [{ ...session, answers: { ...session.answers, 'lean-self-9': value } }] })),
      sessionArbitrary({ profileIds: ['me'] }).map((session) => (value) => envelope({ sessions: [{ ...session, evidence: value }] })),
      profileArbitrary().map((profile) => (value) => envelope({ profiles: [{ ...profile, actions: [value] }] })),
    ];
    fc.assert(
      fc
        .property(nested, fc.oneof(...carriers), (value, carry) => {
          const result = parseBundle(JSON.stringify(carry(value)));
          expect(result.ok).toBe(false);
          expect(result.ok ? '' : result.error.message).toMatch(/reserved name "(__proto__|constructor|prototype)"/);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        })
        .afterEach(() => assertNoPoisoning(POISONING)),
    );
  });

  it('should leave every global untouched by hostile input', () => {
    fc.assert(
      fc
        .property(fc.anything({ withBigInt: false, withObjectString: true }), (value) => {
          parseBundle(JSON.stringify({ ...envelope(), profiles: [value], sessions: [value] }));
        })
        .afterEach(() => assertNoPoisoning(POISONING)),
    );
  });
});

describe('readBundleSteps', () => {
  /** Every step, and the result, of reading `input` to the end. */
  function readAll(input: string) {
    const steps: BundleStep[] = [];
    const reading = readBundleSteps(input);
    for (let next = reading.next(); ; next = reading.next()) {
      if (next.done) return { steps, result: next.value };
      steps.push(next.value);
    }
  }

  it('should give the same result as parseBundle, pausing before each record with how many are checked', () => {
    fc.assert(
      fc.property(bundleRecordsArbitrary, ({ profiles, sessions }) => {
        const file = serializeBundle({ profiles, sessions, exportedAt: EXPORTED_AT });
        const { steps, result } = readAll(file);
        expect(result).toEqual(parseBundle(file));
        const total = profiles.length + sessions.length;
        expect(steps.filter((step) => step.stage === 'checking')).toEqual(Array.from({ length: total }, (_, checked) => ({ stage: 'checking', checked, total })));
      }),
    );
  });

  it('should stop at the first damaged record, naming it by place and id, before checking any after it', () => {
    const sessions = Array.from({ length: 5 }, (_, i) => ({ ...V2_SESSION, id: `s${i}`, conflictOf: null, profileId: 'me' }));
    sessions[2] = { ...sessions[2]!, step: -1 };
    const { steps, result } = readAll(text(envelope({ sessions })));
    expect(result.ok ? null : result.error.message).toMatch(/^Session 3 of 5 \("s2"\) can't be read: step: /);
    expect(steps.filter((step) => step.stage === 'checking').map((step) => step.stage === 'checking' && step.checked)).toEqual([0, 1, 2]);
  });

  it('should pause while it scans a big file for reserved names', () => {
    const sessions = Array.from({ length: 300 }, (_, i) => ({ ...V2_SESSION, id: `s${i}`, conflictOf: null, profileId: 'me' }));
    const { steps, result } = readAll(text(envelope({ sessions })));
    expect(result.ok).toBe(true);
    expect(steps.some((step) => step.stage === 'scanning')).toBe(true);
  });
});

describe('parseBundle of one session on its own', () => {
  it('should read the file Results’ "Save answers as a file (JSON)" writes as a one-session bundle, marked single', () => {
    // serializeSessionJson: the session record itself, indented.
    const result = parseBundle(JSON.stringify(V2_SESSION, null, 2));
    expect(result).toEqual({ ok: true, value: { exportedAt: null, profiles: [], sessions: [{ ...V2_SESSION, version: SESSION_VERSION }], single: true } });
  });

  it('should bring a session of an older format to the current one, through the same door as stored ones', () => {
    const result = parseBundle(JSON.stringify(V1_SESSION));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sessions).toEqual([{ ...V1_SESSION, version: SESSION_VERSION, conflictOf: null }]);
    expect(result.value.single).toBe(true);
  });

  it('should read back any session it could have written', () => {
    fc.assert(
      fc.property(sessionArbitrary(), (session) => {
        expect(parseBundle(JSON.stringify(session, null, 2))).toEqual({ ok: true, value: { exportedAt: null, profiles: [], sessions: [session], single: true } });
      }),
      { numRuns: 50 },
    );
  });
});

describe('a mentor’s whole history', () => {
  // 200 mentees × 12 full sessions, every question answered, every competency rated by the mentor with a note on one in
  // four, and a plan of 20 actions each:
  // more than a busy mentor keeps, and it must still fit in one file that opens again.
  const [, pack] = loadRealPacks()[0]!;
  const full = pack.assessments.reduce((largest, assessment) => (assessment.questionIds.length > largest.questionIds.length ? assessment : largest));
  const questions = new Map(pack.questions.map((question) => [question.id, question]));

  // Twelve sittings with different answers, built once: every mentee's copies differ only in ids.
  const sessionTemplates = Array.from({ length: 12 }, (_, s) => {
    let session = createSession({ id: `template-s${s}`, profileId: 'template', pack, assessmentId: full.id, targetLevel: pack.levels[1]!.id, now: EXPORTED_AT });
    for (const questionId of full.questionIds) {
      const question = questions.get(questionId)!;
      const answer: Answer = question.kind === 'selfRating' ? { kind: 'rating', value: s % 5 } : { kind: 'choice', optionId: question.options[0]!.id };
      session = answerQuestion(session, questionId, answer, EXPORTED_AT);
    }
    for (const [index, competency] of pack.competencies.entries()) {
      session = setMentorRating(session, competency.id, 3, EXPORTED_AT);
      if (index % 4 === 0) session = setMentorNote(session, competency.id, 'Ran the night-shift changeover review well; push for a written standard next.', EXPORTED_AT);
    }
    return completeSession(session, EXPORTED_AT);
  });

  function menteeHistory(index: number): { profile: Profile; sessions: Session[] } {
    const id = `mentee-${String(index).padStart(3, '0')}`;
    let profile = createProfile(id, { name: `Mentee number ${index}`, currentLevel: pack.levels[0]!.id, years: 12, targetLevel: pack.levels[1]!.id }, EXPORTED_AT);
    for (let a = 0; a < 20; a += 1) {
      profile = addAction(profile, `${id}-a${a}`, { title: `Lead a kaizen event on line ${a} and report the result`, competencyId: pack.competencies[a % pack.competencies.length]!.id, owner: 'Ana (mentee)', due: '2027-03-01' }, EXPORTED_AT);
    }
    const sessions = sessionTemplates.map((template, s) => ({ ...template, id: `${id}-s${s}`, profileId: id }));
    return { profile, sessions };
  }

  it('should export to a file under the size cap that imports back whole', () => {
    const histories = Array.from({ length: 200 }, (_, index) => menteeHistory(index + 1));
    const profiles = histories.map((history) => history.profile);
    const sessions = histories.flatMap((history) => history.sessions);
    const written = serializeBundle({ profiles, sessions, exportedAt: EXPORTED_AT });
    expect(Buffer.byteLength(written)).toBeLessThan(MAX_BUNDLE_BYTES);
    const read = parseBundle(written);
    expect(read.ok && read.value.profiles.length).toBe(200);
    expect(read.ok && read.value.sessions.length).toBe(2400);
  }, 120_000);
});
