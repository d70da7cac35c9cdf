import type { Profile, Session } from '@/domain/records/schema';
import type { NewerRecord, QuarantinedRecord, RestoreFunctions } from './app-store-types';
import { memoryStorage } from './record-storage';
import { keyOfRecord, NOT_SAVED_BLOCKED, type StoreCore } from './store-core';
import { PROFILE_PREFIX, QUARANTINE_PREFIX, SESSION_PREFIX, sessionKey } from './storage-keys';

// Reading what this browser stored: every record checked and migrated; damaged ones set aside under their own key,
// never dropped; ones a newer Rungs wrote left exactly where they are; set-aside ones brought back when readable.

export interface StoredRecords {
  hydrate(): Promise<void>;
  readQuarantined(): Promise<{ key: string; problem: string; raw: unknown }[]>;
  dismissQuarantine(): Promise<void>;
  retrySetAside(): Promise<number>;
}

/** The record a stored value at `key` is, with any unreadable entries left out; null when it is none. */
const readAt = (key: string, value: unknown, fns: RestoreFunctions) => {
  if (key.startsWith(SESSION_PREFIX)) return fns.restoreSessionParts(value);
  return key.startsWith(PROFILE_PREFIX) ? fns.restoreProfileParts(value) : null;
};

export function createStoredRecords(core: StoreCore, whenReady: () => void): StoredRecords {
  const { get, set, now, deletedMarkers } = core;

  /**
   * A set-aside record this build reads whole (set aside by an older build, or before an update) goes back
   * where it was, as it was stored; `occupied` keys are never overwritten.
   */
  const reviveAside = async (asideKey: string, value: unknown, occupied: Set<string>, fns: RestoreFunctions): Promise<Session | Profile | null> => {
    const aside = value as { key?: unknown; raw?: unknown } | null;
    const original = typeof aside?.key === 'string' ? aside.key : null;
    if (!original || occupied.has(original)) return null;
    const again = readAt(original, aside?.raw, fns);
    if (!again?.ok || again.value.dropped.length > 0 || keyOfRecord(again.value.value) !== original) return null;
    try {
      await core.storage.write(original, aside?.raw);
      occupied.add(original);
      await core.storage.remove(asideKey);
    } catch {
      return null;
    }
    return again.value.value;
  };

  /** Writes a copy of `value` aside, under its own key, never overwritten. */
  const setAside = async (key: string, problem: string, value: unknown) => {
    const asideKey = `${QUARANTINE_PREFIX}${key}@${now().getTime()}`;
    await core.storage.write(asideKey, { key, problem, raw: value, dismissed: false });
    return asideKey;
  };

  return {
    async hydrate() {
      if (get().status === 'ready') return;
      // The validators (a chunk of their own) load while IndexedDB reads, not after.
      const loading = core.loadRestore();
      let loaded: RestoreFunctions | undefined;
      loading.then((fns) => (loaded = fns), () => undefined);
      // Each record's reading, by key, where it was read while storage read on (once the validators were here).
      const early = new Map<string, [unknown, ReturnType<typeof readAt>]>();
      let rows: [string, unknown][];
      try {
        rows = await core.storage.readAll((arrived) => {
          try {
            for (const [key, value] of arrived) if (loaded) early.set(key, [value, readAt(key, value, loaded)]);
          } catch {
            // Read again below, where whatever failed fails as it always has.
          }
        });
      } catch {
        // Storage refused (private window, blocked IndexedDB): work in memory and say so.
        core.storage = memoryStorage();
        core.memoryOnly = true;
        core.validators = await core.loadRestore().catch(() => null);
        set({ status: 'ready', memoryOnly: true, save: { state: 'failed', message: NOT_SAVED_BLOCKED } });
        return;
      }
      const fns = (core.validators = await loading);
      const { storage } = core;
      const sessions: Record<string, Session> = {};
      const profiles: Record<string, Profile> = {};
      const quarantined: QuarantinedRecord[] = [];
      const newer: NewerRecord[] = [];
      const occupied = new Set(rows.map(([key]) => key).filter((key) => !key.startsWith(QUARANTINE_PREFIX)));
      const keep = (record: Session | Profile) => {
        if (record.type === 'rungs/session') sessions[record.id] = record;
        else if (record.deletedAt !== null) deletedMarkers.set(record.id, record);
        else profiles[record.id] = record;
      };
      for (const [key, value] of rows) {
        if (key.startsWith(QUARANTINE_PREFIX)) {
          const revived = await reviveAside(key, value, occupied, fns);
          if (revived) {
            keep(revived);
            continue;
          }
          const aside = value as { problem?: unknown; dismissed?: unknown } | null;
          quarantined.push({
            key,
            problem: typeof aside?.problem === 'string' ? aside.problem : 'unreadable data',
            dismissed: aside?.dismissed === true,
          });
          continue;
        }
        const before = early.get(key);
        const result = before && before[0] === value ? before[1] : readAt(key, value, fns);
        if (result?.ok && key === keyOfRecord(result.value.value)) {
          const { value: record, dropped } = result.value;
          keep(record);
          // Stored in an older format: kept as it is until the record next changes, so the original
          // stays on disk should this version be rolled back.
          if (dropped.length === 0) continue;
          // Only the unreadable entries are lost to the record: the record as it was goes aside whole, and
          // the readable rest is stored in its place, so the next start reads it cleanly.
          const problem = `some parts could not be read and were left out (${dropped.slice(0, 5).join('; ')})`;
          try {
            const asideKey = await setAside(key, problem, value);
            quarantined.push({ key: asideKey, problem, dismissed: false });
            await storage.write(key, record);
          } catch {
            // Could not store the repair: the record is read (and repaired) again next time.
          }
          continue;
        }
        if (result && !result.ok && result.error.newer) {
          // Written by a newer Rungs: left exactly where it is, unread and unwritten, so that version still finds it.
          newer.push({ key, problem: result.error.message });
          continue;
        }
        // Damaged or unknown: set aside under its own key, never overwritten, never silently dropped.
        const problem = result && !result.ok ? result.error.message : 'not a record Rungs knows';
        try {
          const asideKey = await setAside(key, problem, value);
          quarantined.push({ key: asideKey, problem, dismissed: false });
          await storage.remove(key);
        } catch {
          // Could not move it: leave it where it is; it is read (and set aside) again next time.
        }
      }
      // Sessions of people deleted (a tab may have saved one after the deletion): the deletion wins.
      for (const session of Object.values(sessions)) {
        if (!deletedMarkers.has(session.profileId)) continue;
        delete sessions[session.id];
        await storage.remove(sessionKey(session.id)).catch(() => undefined);
      }
      set({ status: 'ready', sessions, profiles, quarantined, newer });
      whenReady();
    },

    async readQuarantined() {
      const rows = await core.storage.readAll();
      return rows
        .filter(([key]) => key.startsWith(QUARANTINE_PREFIX))
        .map(([key, value]) => {
          const aside = value as { problem?: unknown; raw?: unknown } | null;
          return { key, problem: typeof aside?.problem === 'string' ? aside.problem : 'unreadable data', raw: aside?.raw ?? value };
        });
    },

    async dismissQuarantine() {
      core.requireReady();
      for (const record of get().quarantined) {
        if (record.dismissed) continue;
        const value = await core.storage.read(record.key);
        if (value && typeof value === 'object') await core.storage.write(record.key, { ...value, dismissed: true });
      }
      set({ quarantined: get().quarantined.map((record) => ({ ...record, dismissed: true })) });
    },

    async retrySetAside() {
      core.requireReady();
      const fns = (core.validators ??= await core.loadRestore());
      const rows = await core.storage.readAll();
      const occupied = new Set(rows.map(([key]) => key).filter((key) => !key.startsWith(QUARANTINE_PREFIX)));
      const back: string[] = [];
      for (const [key, value] of rows) {
        if (!key.startsWith(QUARANTINE_PREFIX)) continue;
        const revived = await reviveAside(key, value, occupied, fns);
        if (!revived) continue;
        back.push(key);
        if (revived.type === 'rungs/session') set({ sessions: { ...get().sessions, [revived.id]: revived } });
        else set({ profiles: { ...get().profiles, [revived.id]: revived } });
        core.deps.tabs?.post({ key: keyOfRecord(revived) });
      }
      set({ quarantined: get().quarantined.filter((record) => !back.includes(record.key)) });
      return back.length;
    },
  };
}
