import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleOf, type Bundle } from '@/domain/records/bundle';
import { SESSION_VERSION } from '@/domain/records/constants';
import { canonicalJson, hashText, mergeProfileCopies, mergeSessionCopies, planImport, type ImportPlan } from '@/domain/records/merge';
import { addAction, deletedMarkerOf, removeAction, setArchived, undeleted, updateAction, updateProfile } from '@/domain/records/profile';
import { ProfileSchema, SessionSchema, type Action, type Profile, type Session } from '@/domain/records/schema';
import {
  BASE_TIME,
  profileArbitrary,
  sessionArbitrary,
  stateArbitrary,
  twoStatesArbitrary,
  type RecordsState,
} from '../../fixtures/records-arbitrary';

// Hundreds of merges per property: room for a busy machine.
const PROPERTY_TIMEOUT = 30_000;

const at = (seconds: number) => new Date(BASE_TIME + seconds * 1000).toISOString();
const rating = (value: number) => ({ kind: 'rating', value }) as const;

function session(overrides: Partial<Session> = {}): Session {
  return {
    type: 'rungs/session',
    version: SESSION_VERSION,
    id: 's-1',
    profileId: 'p-ana',
    packId: 'industrial-production-manager',
    packVersion: '1.0.0',
    assessmentId: 'quick',
    targetLevel: 'production-manager',
    basis: 'self',
    startedAt: at(0),
    updatedAt: at(10),
    completedAt: null,
    step: 1,
    answers: { 'lean-self-1': { answer: rating(2), at: BASE_TIME + 5000 } },
    evidence: {},
    mentorRatings: {},
    mentorNotes: {},
    revision: 1,
    conflictOf: null,
    ...overrides,
  };
}

function action(overrides: Partial<Action> = {}): Action {
  return {
    id: 'act-1',
    title: 'Shadow the night shift lead',
    competencyId: null,
    owner: 'Ana',
    due: null,
    status: 'open',
    createdAt: at(1),
    updatedAt: at(1),
    ...overrides,
  };
}

function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    type: 'rungs/profile',
    version: 3,
    id: 'p-ana',
    name: 'Ana Ferreira',
    currentLevel: null,
    years: 4,
    targetLevel: 'production-manager',
    createdAt: at(0),
    archivedAt: null,
    deletedAt: null,
    updatedAt: at(10),
    changedAt: { name: at(0), currentLevel: at(0), years: at(0), targetLevel: at(0), archivedAt: at(0), deletedAt: at(0) },
    actions: [],
    removedActions: {},
    revision: 1,
    ...overrides,
  };
}

const keyed = <T extends { id: string }>(...records: T[]) => Object.fromEntries(records.map((record) => [record.id, record]));
const state = (profiles: Profile[], sessions: Session[]): RecordsState => ({ profiles: keyed(...profiles), sessions: keyed(...sessions) });
const bundle = (profiles: Profile[], sessions: Session[]): Bundle => ({ exportedAt: null, profiles, sessions });
const bundleFrom = (from: RecordsState): Bundle => ({ exportedAt: null, ...bundleOf(from) });

/** What the store does with a plan: upsert every record of `toWrite` by id. */
function apply(from: RecordsState, plan: ImportPlan): RecordsState {
  return {
    profiles: { ...from.profiles, ...keyed(...plan.toWrite.profiles) },
    sessions: { ...from.sessions, ...keyed(...plan.toWrite.sessions) },
  };
}

const contentOf = (record: Session) => {
  const { id: _id, conflictOf: _conflictOf, ...content } = record;
  return canonicalJson(content);
};
const contents = (from: RecordsState) => new Set(Object.values(from.sessions).map(contentOf));
const sameData = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const isEmpty = (plan: ImportPlan) => plan.toWrite.profiles.length === 0 && plan.toWrite.sessions.length === 0;

describe('canonicalJson', () => {
  it.each([
    ['sorts keys at every level', { b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } }, '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}'],
    ['keeps array order', [3, 1, 2], '[3,1,2]'],
    ['leaves out undefined members, as JSON does', { a: undefined, b: 1 }, '{"b":1}'],
    ['writes undefined in an array as null, as JSON does', [undefined], '[null]'],
    ['writes a string with JSON escapes', 'say "hi"\n', '"say \\"hi\\"\\n"'],
  ])('should give one text for one value: %s', (_case, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('should give the same text whatever order the keys were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
    );
  });

  it('should read back as the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('should keep an own "__proto__" key as data', () => {
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"b":1}');
  });
});

describe('hashText', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('should give the FNV-1a 32-bit hash of %j', (text, expected) => {
    expect(hashText(text)).toBe(expected);
  });

  it.each([
    ['é', '1e9de8c1'],
    ['🏭', 'b0da2060'],
  ])('should hash the UTF-8 bytes of %j, so every browser names non-ASCII text alike', (text, expected) => {
    expect(hashText(text)).toBe(expected);
  });

  it('should always give 8 lowercase hex digits', () => {
    fc.assert(fc.property(fc.string({ unit: fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code)) }), (text) => /^[0-9a-f]{8}$/.test(hashText(text))));
  });
});

describe('mergeSessionCopies', () => {
  const sameIdSession = sessionArbitrary({ ids: ['s-1'] });

  it('should be commutative, so two tabs agree whichever hears of the other first', () => {
    fc.assert(fc.property(sameIdSession, sameIdSession, (a, b) => sameData(mergeSessionCopies(a, b), mergeSessionCopies(b, a))));
  });

  it('should be associative, so three copies converge in any order', () => {
    fc.assert(
      fc.property(sameIdSession, sameIdSession, sameIdSession, (a, b, c) =>
        sameData(mergeSessionCopies(mergeSessionCopies(a, b), c), mergeSessionCopies(a, mergeSessionCopies(b, c))),
      ),
    );
  });

  it('should be idempotent, so hearing the same copy again changes nothing', () => {
    fc.assert(
      fc.property(sameIdSession, sameIdSession, (a, b) => {
        expect(mergeSessionCopies(a, a)).toBe(a);
        const merged = mergeSessionCopies(a, b);
        expect(sameData(mergeSessionCopies(merged, b), merged)).toBe(true);
      }),
    );
  });

  it('should give a valid session that loses no question answered in either copy', () => {
    fc.assert(
      fc.property(sameIdSession, sameIdSession, (a, b) => {
        const merged = mergeSessionCopies(a, b);
        expect(SessionSchema.safeParse(merged).success).toBe(true);
        expect(Object.keys(merged.answers).sort()).toEqual([...new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])].sort());
      }),
    );
  });

  it('should keep the answers both tabs gave to different questions', () => {
    const local = session({ answers: { 'lean-self-1': { answer: rating(1), at: 100 } } });
    const incoming = session({ answers: { 'kaizen-self-1': { answer: rating(3), at: 50 } } });
    expect(mergeSessionCopies(local, incoming).answers).toEqual({
      'kaizen-self-1': { answer: rating(3), at: 50 },
      'lean-self-1': { answer: rating(1), at: 100 },
    });
  });

  it.each([
    ['the incoming one is later', 100, 200, rating(4)],
    ['the local one is later', 200, 100, rating(1)],
  ])('should keep the later answer to one question when %s', (_case, localAt, incomingAt, expected) => {
    const local = session({ answers: { 'lean-self-1': { answer: rating(1), at: localAt } } });
    const incoming = session({ answers: { 'lean-self-1': { answer: rating(4), at: incomingAt } } });
    expect(mergeSessionCopies(local, incoming).answers['lean-self-1']?.answer).toEqual(expected);
  });

  it('should take evidence, mentor ratings and notes, basis, step and target from the copy changed last', () => {
    const older = session({ updatedAt: at(10), evidence: { kaizen: 'old' }, mentorRatings: { kaizen: 1 }, basis: 'self', step: 1 });
    const newer = session({
      updatedAt: at(20),
      evidence: { kaizen: 'new' },
      mentorRatings: { kaizen: 3 },
      mentorNotes: { kaizen: 'seen on the floor' },
      basis: 'lower',
      step: 4,
      targetLevel: 'plant-manager',
      revision: 0,
    });
    const merged = mergeSessionCopies(older, newer);
    expect(merged).toMatchObject({
      evidence: { kaizen: 'new' },
      mentorRatings: { kaizen: 3 },
      mentorNotes: { kaizen: 'seen on the floor' },
      basis: 'lower',
      step: 4,
      targetLevel: 'plant-manager',
      updatedAt: at(20),
    });
  });

  it.each([
    ['neither is complete', null, null, null],
    ['one is complete', null, at(30), at(30)],
    ['both are complete', at(40), at(30), at(30)],
  ])('should keep the earliest completion when %s', (_case, local, incoming, expected) => {
    expect(mergeSessionCopies(session({ completedAt: local }), session({ completedAt: incoming })).completedAt).toBe(expected);
  });

  it('should compare times as instants, not as text', () => {
    // Text order would put "…00.500Z" before "…00Z": the same instant written two ways must not decide.
    const withMilliseconds = session({ updatedAt: '2026-09-01T08:00:00.500Z', step: 2 });
    const withoutMilliseconds = session({ updatedAt: '2026-09-01T08:00:00Z', step: 3 });
    expect(mergeSessionCopies(withoutMilliseconds, withMilliseconds).step).toBe(2);
  });

  it('should keep the higher revision, so the next edit in either tab counts as newer than both', () => {
    expect(mergeSessionCopies(session({ revision: 7, updatedAt: at(1) }), session({ revision: 2, updatedAt: at(9) })).revision).toBe(7);
  });

  it('should return the local session itself when the other copy brings nothing new', () => {
    const local = session();
    expect(mergeSessionCopies(local, { ...local, answers: {}, revision: 0 })).toBe(local);
  });
});

describe('mergeProfileCopies', () => {
  const sameIdProfile = profileArbitrary({ ids: ['p-ana'] });

  it('should be commutative, associative and idempotent, so copies converge', () => {
    fc.assert(
      fc.property(sameIdProfile, sameIdProfile, sameIdProfile, (a, b, c) => {
        expect(sameData(mergeProfileCopies(a, b), mergeProfileCopies(b, a))).toBe(true);
        expect(sameData(mergeProfileCopies(mergeProfileCopies(a, b), c), mergeProfileCopies(a, mergeProfileCopies(b, c)))).toBe(true);
        expect(mergeProfileCopies(a, a)).toBe(a);
        expect(ProfileSchema.safeParse(mergeProfileCopies(a, b)).success).toBe(true);
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('should take each detail from the copy that changed it last, so edits to different fields both stay', () => {
    const base = profile();
    // One tab renamed Ana; the other, later, changed her years and archived her.
    const renamed = updateProfile(base, { name: 'Ana F.' }, new Date(at(10)));
    const moved = setArchived(updateProfile({ ...base, revision: 9 }, { years: 5 }, new Date(at(20))), true, new Date(at(21)));
    expect(mergeProfileCopies(renamed, moved)).toMatchObject({ name: 'Ana F.', years: 5, archivedAt: at(21), updatedAt: at(21), revision: 11 });
    expect(mergeProfileCopies(moved, renamed)).toEqual(mergeProfileCopies(renamed, moved));
  });

  it('should keep the later of two changes to one field', () => {
    const first = updateProfile(profile(), { name: 'Ana F.' }, new Date(at(10)));
    const second = updateProfile(profile(), { name: 'Ana Ferreira-Silva' }, new Date(at(11)));
    expect(mergeProfileCopies(first, second).name).toBe('Ana Ferreira-Silva');
  });

  it('should keep both actions when two tabs each add one', () => {
    const base = profile();
    const one = addAction(base, 'act-1', { title: 'Run a kaizen week', competencyId: null, owner: 'Ana', due: null }, new Date(at(10)));
    const two = addAction(base, 'act-2', { title: 'Shadow the night shift', competencyId: null, owner: 'Ana', due: null }, new Date(at(11)));
    expect(mergeProfileCopies(one, two).actions.map((item) => item.id)).toEqual(['act-1', 'act-2']);
  });

  it('should not bring back an action one copy removed, even if the other changed it later', () => {
    const base = addAction(profile(), 'act-1', { title: 'Run a kaizen week', competencyId: null, owner: 'Ana', due: null }, new Date(at(5)));
    const removed = removeAction(base, 'act-1', new Date(at(10)));
    const edited = updateAction(base, 'act-1', { status: 'done' }, new Date(at(20)));
    const merged = mergeProfileCopies(edited, removed);
    expect(merged.actions).toEqual([]);
    expect(merged.removedActions).toEqual({ 'act-1': at(10) });
  });

  it('should keep a person deleted when another copy was edited after the deletion, and an Undo should bring them back', () => {
    const base = profile();
    const deleted = deletedMarkerOf(base, new Date(at(10)));
    const edited = updateProfile(base, { name: 'Ana F.' }, new Date(at(20)));
    const merged = mergeProfileCopies(edited, deleted);
    expect(merged.deletedAt).toBe(at(10));
    // Undo in the tab that still had her: the deletion itself changes later, and everything she had is there.
    const undone = mergeProfileCopies(merged, undeleted(edited, new Date(at(30))));
    expect(undone).toMatchObject({ deletedAt: null, name: 'Ana F.', years: 4, targetLevel: 'production-manager' });
  });

  it('should keep nothing of a deleted person but their id and the deletion', () => {
    const base = addAction(profile(), 'act-1', { title: 'Run a kaizen week', competencyId: null, owner: 'Ana', due: null }, new Date(at(5)));
    const marker = deletedMarkerOf(base, new Date(at(10)));
    expect(marker).toMatchObject({ id: 'p-ana', name: 'Deleted person', currentLevel: null, years: null, targetLevel: null, actions: [], deletedAt: at(10) });
    expect(ProfileSchema.safeParse(marker).success).toBe(true);
  });

  it('should join both action plans, each action as it was changed last, in creation order', () => {
    const mentor = profile({
      updatedAt: at(30),
      actions: [action({ id: 'act-1', status: 'done', updatedAt: at(25) }), action({ id: 'act-3', createdAt: at(3), updatedAt: at(3) })],
    });
    const mentee = profile({
      updatedAt: at(20),
      actions: [action({ id: 'act-1', status: 'in-progress', updatedAt: at(12) }), action({ id: 'act-2', createdAt: at(2), updatedAt: at(2) })],
    });
    const merged = mergeProfileCopies(mentee, mentor);
    expect(merged.actions.map((item) => [item.id, item.status])).toEqual([
      ['act-1', 'done'],
      ['act-2', 'open'],
      ['act-3', 'open'],
    ]);
  });
});

describe('planImport', () => {
  it('should add what is new and leave what is identical alone', () => {
    const kept = session({ id: 's-1' });
    const plan = planImport(state([profile()], [kept]), bundle([profile(), profile({ id: 'p-ben', name: 'Ben' })], [kept, session({ id: 's-2', step: 2 })]));
    expect(plan.profiles.added.map((item) => item.id)).toEqual(['p-ben']);
    expect(plan.profiles.unchanged.map((item) => item.id)).toEqual(['p-ana']);
    expect(plan.sessions.added.map((item) => item.id)).toEqual(['s-2']);
    expect(plan.sessions.unchanged.map((item) => item.id)).toEqual(['s-1']);
    expect(plan.toWrite.profiles.map((item) => item.id)).toEqual(['p-ben']);
    expect(plan.toWrite.sessions.map((item) => item.id)).toEqual(['s-2']);
  });

  it('should write nothing when the file holds what is already here', () => {
    const here = state([profile()], [session()]);
    expect(planImport(here, bundle([profile()], [session()])).toWrite).toEqual({ profiles: [], sessions: [] });
  });

  it('should keep the local session at its id and file the older incoming copy beside it', () => {
    const local = session({ updatedAt: at(20), step: 3 });
    const incoming = session({ updatedAt: at(10), step: 1 });
    const plan = planImport(state([], [local]), bundle([], [incoming]));
    const [conflict] = plan.sessions.conflicts;
    expect(conflict?.kept).toBe(local);
    expect(conflict?.copy).toEqual({ ...incoming, id: expect.stringMatching(/^s-1-[0-9a-f]{8}$/), conflictOf: 's-1' });
    expect(conflict?.newest).toBe('kept');
    expect(plan.toWrite.sessions).toEqual([conflict?.copy]);
  });

  it('should move the local session aside, whole, when the incoming copy is newer', () => {
    const local = session({ updatedAt: at(10), step: 1 });
    const incoming = session({ updatedAt: at(20), step: 3 });
    const plan = planImport(state([], [local]), bundle([], [incoming]));
    const [conflict] = plan.sessions.conflicts;
    expect(conflict?.kept).toBe(incoming);
    expect(conflict?.copy).toEqual({ ...local, id: expect.stringMatching(/^s-1-[0-9a-f]{8}$/), conflictOf: 's-1' });
    expect(plan.toWrite.sessions.map((item) => item.id).sort()).toEqual(['s-1', conflict?.copy.id].sort());
  });

  it.each([
    ['the later updatedAt', { updatedAt: at(20) }, { updatedAt: at(10), revision: 9 }],
    ['the higher revision on equal times', { revision: 5 }, { revision: 4 }],
  ])('should let the copy with %s keep the id', (_case, winner, loser) => {
    const a = session({ ...winner, step: 2 });
    const b = session({ ...loser, step: 1 });
    expect(planImport(state([], [a]), bundle([], [b])).sessions.conflicts[0]?.kept).toBe(a);
    expect(planImport(state([], [b]), bundle([], [a])).sessions.conflicts[0]?.kept).toBe(a);
  });

  it('should derive the copy id from the first 40 characters of a long id', () => {
    const id = 'x'.repeat(64);
    const plan = planImport(state([], [session({ id, step: 1, updatedAt: at(20) })]), bundle([], [session({ id, step: 2 })]));
    const copyId = plan.sessions.conflicts[0]?.copy.id ?? '';
    expect(copyId).toMatch(new RegExp(`^${'x'.repeat(40)}-[0-9a-f]{8}$`));
    expect(SessionSchema.safeParse(plan.sessions.conflicts[0]?.copy).success).toBe(true);
  });

  it('should write no second copy when the same conflict is imported again', () => {
    const here = state([], [session({ updatedAt: at(20), step: 3 })]);
    const file = bundle([], [session({ updatedAt: at(10), step: 1 })]);
    const once = apply(here, planImport(here, file));
    const again = planImport(once, file);
    expect(again.toWrite).toEqual({ profiles: [], sessions: [] });
    expect(again.sessions.unchanged).toHaveLength(1);
  });

  it('should not file the local session again when its copy is already under the derived id', () => {
    const local = session({ updatedAt: at(10), step: 1 });
    const incoming = session({ updatedAt: at(20), step: 3 });
    const first = planImport(state([], [local]), bundle([], [incoming]));
    const filed = first.sessions.conflicts[0]!.copy;
    // The same copy, once marked differently: same content, so it stands for the local session as it is.
    const here = state([], [local, { ...filed, conflictOf: null }]);
    const plan = planImport(here, bundle([], [incoming]));
    expect(plan.sessions.conflicts[0]?.copy).toEqual({ ...filed, conflictOf: null });
    expect(plan.toWrite.sessions).toEqual([incoming]);
  });

  it('should find another id when the derived one holds something else, overwriting nothing', () => {
    const local = session({ updatedAt: at(10), step: 1 });
    const incoming = session({ updatedAt: at(20), step: 3 });
    const derived = planImport(state([], [local]), bundle([], [incoming])).sessions.conflicts[0]!.copy.id;
    const squatter = session({ id: derived, profileId: 'p-ben', step: 9 });
    const plan = planImport(state([], [local, squatter]), bundle([], [incoming]));
    const copy = plan.sessions.conflicts[0]!.copy;
    expect(copy.id).toMatch(/^s-1-[0-9a-f]{8}$/);
    expect(copy.id).not.toBe(derived);
    expect(plan.toWrite.sessions.map((item) => item.id)).not.toContain(derived);
  });

  it('should not copy a session whose content is already here under another id', () => {
    const copy = session({ id: 's-1-0badf00d', conflictOf: 's-1', step: 1 });
    const plan = planImport(state([], [session({ step: 3 }), copy]), bundle([], [{ ...copy, id: 's-1', conflictOf: null }]));
    expect(plan.sessions.unchanged).toHaveLength(1);
    expect(plan.toWrite.sessions).toEqual([]);
  });

  it('should merge a person known on both sides and list the change', () => {
    const before = profile({ name: 'Ana F.', updatedAt: at(5) });
    const plan = planImport(state([before], []), bundle([profile({ name: 'Ana Ferreira', updatedAt: at(9) })], []));
    expect(plan.profiles.updated).toEqual([{ before, after: expect.objectContaining({ name: 'Ana Ferreira' }) }]);
    expect(plan.toWrite.profiles).toEqual([plan.profiles.updated[0]?.after]);
  });

  it('should count a person unchanged when the merge gives what is already here', () => {
    const here = profile({ name: 'Ana Ferreira', updatedAt: at(20), revision: 4 });
    const plan = planImport(state([here], []), bundle([profile({ name: 'Ana F.', updatedAt: at(5), revision: 2 })], []));
    expect(plan.profiles.unchanged).toEqual([here]);
    expect(plan.toWrite.profiles).toEqual([]);
  });

  it('should change nothing the second time the same file is imported', () => {
    fc.assert(
      fc.property(twoStatesArbitrary, ([here, there]) => {
        const file = bundleFrom(there);
        const once = apply(here, planImport(here, file));
        expect(isEmpty(planImport(once, file))).toBe(true);
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('should only write records that differ from what is stored, once each, all valid', () => {
    fc.assert(
      fc.property(twoStatesArbitrary, ([here, there]) => {
        const { toWrite } = planImport(here, bundleFrom(there));
        for (const [records, stored] of [
          [toWrite.profiles, here.profiles],
          [toWrite.sessions, here.sessions],
        ] as const) {
          const ids = records.map((record) => record.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const record of records) expect(sameData(record, stored[record.id])).toBe(false);
        }
        for (const record of toWrite.profiles) expect(ProfileSchema.safeParse(record).success).toBe(true);
        for (const record of toWrite.sessions) expect(SessionSchema.safeParse(record).success).toBe(true);
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('should never lose a session: every content from both sides is there after the import', () => {
    fc.assert(
      fc.property(twoStatesArbitrary, ([here, there]) => {
        const after = contents(apply(here, planImport(here, bundleFrom(there))));
        for (const content of [...contents(here), ...contents(there)]) expect(after.has(content)).toBe(true);
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('should list every incoming session once, as added, unchanged or in a conflict', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (here, there) => {
        const plan = planImport(here, bundleFrom(there));
        const listed = plan.sessions.added.length + plan.sessions.unchanged.length + plan.sessions.conflicts.length;
        expect(listed).toBe(Object.keys(there.sessions).length);
        for (const { kept, copy } of plan.sessions.conflicts) expect(copy.conflictOf).toBe(kept.id);
      }),
    );
  });

  it('should converge: A imported into B, then B into A, gives both the same people and sessions', () => {
    fc.assert(
      fc.property(twoStatesArbitrary, ([a, b]) => {
        const b2 = apply(b, planImport(b, bundleFrom(a)));
        const a2 = apply(a, planImport(a, bundleFrom(b2)));
        expect(a2.profiles).toEqual(b2.profiles);
        expect(contents(a2)).toEqual(contents(b2));
        // And they stay put: a further exchange either way writes nothing.
        expect(isEmpty(planImport(a2, bundleFrom(b2)))).toBe(true);
        expect(isEmpty(planImport(b2, bundleFrom(a2)))).toBe(true);
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('should file the same conflict under the same id on both sides when they import each other', () => {
    fc.assert(
      fc.property(sessionArbitrary({ ids: ['s-1'] }), sessionArbitrary({ ids: ['s-1'] }), (mine, theirs) => {
        const a = state([], [mine]);
        const b = state([], [theirs]);
        const a2 = apply(a, planImport(a, bundleFrom(b)));
        const b2 = apply(b, planImport(b, bundleFrom(a)));
        expect(a2.sessions).toEqual(b2.sessions);
      }),
    );
  });
});
