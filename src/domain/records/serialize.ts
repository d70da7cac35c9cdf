import type { Profile, Session } from './schema';

/*
 * The files Rungs writes for people to keep, each built in one place: every "download my data" button (the "not
 * saved" notice, the crash screen, Settings, the Mentees export) writes its bundle with serializeBundle, and
 * bundle.ts reads them all back. Plain code, no zod: the notice and the crash screen are in the first load and must
 * write the file even when no other chunk can be fetched.
 */

export const BUNDLE_TYPE = 'rungs/bundle';
/** Format 1 is the one the "not saved" notice has downloaded since the first release: it must keep opening. */
export const BUNDLE_VERSION = 1;
export const BUNDLE_CREATOR = 'Rungs';

/** A record's id, when it has one: the crash screen may hand over records read raw from storage. */
const idOf = (record: unknown): string =>
  record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string' ? (record as { id: string }).id : '';
const byId = (a: unknown, b: unknown) => {
  const [x, y] = [idOf(a), idOf(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Envelope first, then id, then everything else alphabetically: readable, and the same data gives the same bytes. */
const LEADING_KEYS = ['type', 'version', 'createdBy', 'exportedAt', 'id'];
const keyRank = (key: string) => {
  const rank = LEADING_KEYS.indexOf(key);
  return rank === -1 ? LEADING_KEYS.length : rank;
};
const compareKeys = (a: string, b: string) => keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0);

function orderKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  // fromEntries defines own properties, so even an odd key can never be assigned through a setter.
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => compareKeys(a, b)));
}

/**
 * The file a person downloads: the envelope pretty, then one record per line, records sorted by id and keys in a fixed
 * order. A line per record keeps a mentor's whole history to a third of what fully indented JSON takes, and still
 * lets two exports be compared line by line. Records are taken as kept (the store's, or storage's raw values when the
 * store cannot be reached): the file is a copy, and the import checks every record on the way back in.
 */
export function serializeBundle(input: { profiles: readonly unknown[]; sessions: readonly unknown[]; exportedAt: Date }): string {
  const line = (value: unknown) => JSON.stringify(value, orderKeys);
  const list = (records: readonly unknown[]) =>
    records.length === 0 ? '[]' : `[\n${[...records].sort(byId).map((record) => `    ${line(record)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "type": ${line(BUNDLE_TYPE)},`,
    `  "version": ${line(BUNDLE_VERSION)},`,
    `  "createdBy": ${line(BUNDLE_CREATOR)},`,
    `  "exportedAt": ${line(input.exportedAt.toISOString())},`,
    `  "profiles": ${list(input.profiles)},`,
    `  "sessions": ${list(input.sessions)}`,
    '}',
    '',
  ].join('\n');
}

/** One person (their profile, if they have one, and all their sessions) or everyone, ready for `serializeBundle`. */
export function bundleOf(
  state: { profiles: Readonly<Record<string, Profile>>; sessions: Readonly<Record<string, Session>> },
  profileId?: string,
): { profiles: Profile[]; sessions: Session[] } {
  const profiles = Object.values(state.profiles).filter((profile) => profileId === undefined || profile.id === profileId);
  const sessions = Object.values(state.sessions).filter((session) => profileId === undefined || session.profileId === profileId);
  return { profiles: profiles.sort(byId), sessions: sessions.sort(byId) };
}

/** What could not be read, as found in storage: JSON that does not fit a record still goes out as text. */
export function serializeQuarantined(records: readonly { key: string; problem: string; raw: unknown }[]): string {
  return JSON.stringify(
    records.map(({ key, problem, raw }) => {
      try {
        // Whatever the raw value is (cycles, BigInt), the file must still be written: fall back to its text.
        JSON.stringify(raw);
        return { key, problem, raw };
      } catch {
        return { key, problem, raw: String(raw) };
      }
    }),
    null,
    2,
  );
}
