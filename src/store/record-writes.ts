import { markerOf, undeleted } from '@/domain/records/profile';
import type { Profile, Session } from '@/domain/records/schema';
import { nextTurn } from '@/lib/next-turn';
import type { ImportSaveStep, RecordsToWrite } from './app-store-types';
import { isQuotaError, WriteSuperseded } from './record-storage';
import { keyOfRecord, NOT_SAVED_BLOCKED, NOT_SAVED_FULL, NOT_SAVED_OTHER, REMOVED, type StoreCore } from './store-core';
import { PROFILE_PREFIX, profileKey, sessionKey } from './storage-keys';

// Record sync: every change goes into one queue, written in order, retried when storage fails, kept in memory when
// the browser refuses storage, and begun at once when the page goes away.

/** Records of an import checked per turn: thousands at once would hold the page. */
const IMPORT_CHECKS_PER_TURN = 250;

export interface RecordWrites {
  /** Queues `value` (or REMOVED) for `key`; the latest value for a key is the one written. */
  persist(key: string, value: unknown): void;
  putSession(session: Session): void;
  putProfile(profile: Profile): void;
  /** Writing a person deleted earlier (Undo, an import of them) brings them back. */
  revivedIfDeleted(profile: Profile): Profile;
  flush(): Promise<void>;
  /** True while `key` has a change not yet confirmed written (REMOVED counts). */
  isPending(key: string): boolean;
  isRemovalPending(key: string): boolean;
  /** Some change is queued and not yet confirmed written. */
  hasQueued(): boolean;
  hasUnsavedWrites(): boolean;
  flushOnLeave(): void;
  commitImport(records: RecordsToWrite, onStep?: (step: ImportSaveStep) => void): Promise<string | null>;
  /** Drops every queued change and waits for the one in flight ("Delete all"). */
  discardQueue(): Promise<void>;
  /** Heard when writing a person merged in another tab's change: the screen shows the merged record. */
  onMergedWrite: ((merged: Profile) => void) | null;
}

export function createRecordWrites(core: StoreCore): RecordWrites {
  const { deps, get, set, now, deletedMarkers } = core;
  /** Latest value of each record not yet confirmed written (REMOVED: to be deleted). Kept until storage confirms. */
  const dirty = new Map<string, unknown>();
  let flushing: Promise<void> | null = null;
  /** Imports being written: leaving the page now would lose them (their transaction is aborted, whole). */
  let importing = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** A flush is waiting for deps.scheduleWrite to begin it. */
  let scheduled = false;

  /**
   * Begins writing what is queued, at once or when deps.scheduleWrite says (after the next frame, in the browser):
   * what is waiting stays in `dirty` meanwhile, so the leave flush, the leave guard and the import still see it.
   */
  const scheduleFlush = () => {
    // A flush under way writes every change queued before it ends.
    if (flushing || scheduled) return;
    if (!deps.scheduleWrite) {
      void writes.flush();
      return;
    }
    scheduled = true;
    deps.scheduleWrite(() => {
      scheduled = false;
      if (dirty.size > 0) void writes.flush();
    });
  };

  /**
   * Writes a person's record merged, in the same transaction, with the copy stored now: a tab that wrote since this
   * one last read (or deleted the person and closed) keeps its change. The merged record, when it differs.
   */
  const writeProfile = async (key: string, profile: Profile): Promise<Profile | null> => {
    const merge = await core.loadMerge();
    const fns = core.validators;
    const written = (await core.storage.writeMerged!(key, (stored) => {
      if (stored === undefined || !fns) return profile;
      const read = fns.restoreProfile(stored);
      // A deletion that wins keeps nothing of the person (an edit made meanwhile included): Undo has it in memory.
      return read.ok && read.value.id === profile.id ? markerOf(merge.mergeProfileCopies(read.value, profile)) : profile;
    })) as Profile;
    return merge.canonicalJson(written) === merge.canonicalJson(profile) ? null : written;
  };

  const writes: RecordWrites = {
    onMergedWrite: null,

    flush() {
      if (flushing) return flushing;
      const writing = (async () => {
        try {
          while (dirty.size > 0) {
            const [key, value] = dirty.entries().next().value as [string, unknown];
            if (!core.memoryOnly) set({ save: { state: 'saving', message: null } });
            let mergedOnWrite: Profile | null = null;
            try {
              if (value === REMOVED) await core.storage.remove(key);
              else if (key.startsWith(PROFILE_PREFIX) && core.storage.writeMerged) mergedOnWrite = await writeProfile(key, value as Profile);
              else await core.storage.write(key, value);
            } catch (error) {
              // The leave flush took this write over (writeNow) and writes the change itself; if the page stays,
              // the change is still queued until that write confirms it, and this one goes on.
              if (error instanceof WriteSuperseded) continue;
              set({ save: { state: 'failed', message: isQuotaError(error) ? NOT_SAVED_FULL : NOT_SAVED_OTHER } });
              // Space may come back (another tab freed it, the user cleared something): try again unasked.
              retryTimer ??= setTimeout(() => {
                retryTimer = null;
                void writes.flush();
              }, deps.retryDelayMs ?? 15_000);
              return;
            }
            // A newer value may have arrived while writing: only the written one is done.
            if (dirty.get(key) === value) dirty.delete(key);
            if (mergedOnWrite && !dirty.has(key)) writes.onMergedWrite?.(mergedOnWrite);
            if (!core.memoryOnly) deps.tabs?.post({ key });
          }
          set({ save: core.memoryOnly ? { state: 'failed', message: NOT_SAVED_BLOCKED } : { state: 'saved', message: null } });
        } finally {
          flushing = null;
        }
      })();
      // With nothing to write it has ended already, its `finally` run: kept as `flushing`, it would stand for a flush
      // under way for good, and no change made after would ever be written. Until it ends, what it writes stays queued.
      if (dirty.size > 0) flushing = writing;
      return writing;
    },

    persist(key, value) {
      dirty.set(key, value);
      scheduleFlush();
    },

    putSession(session) {
      if (core.refused(session)) return;
      set({ sessions: { ...get().sessions, [session.id]: session } });
      writes.persist(sessionKey(session.id), session);
    },

    putProfile(given) {
      const profile = writes.revivedIfDeleted(given);
      if (core.refused(profile)) return;
      deletedMarkers.delete(profile.id);
      set({ profiles: { ...get().profiles, [profile.id]: profile } });
      writes.persist(profileKey(profile.id), profile);
    },

    revivedIfDeleted(profile) {
      // Their deletion is changed now, later than the marker, so every tab's merge keeps them.
      const marker = deletedMarkers.get(profile.id);
      if (!marker || profile.deletedAt !== null || profile.changedAt.deletedAt > marker.changedAt.deletedAt) return profile;
      return undeleted(profile, now());
    },

    isPending: (key) => dirty.has(key),
    isRemovalPending: (key) => dirty.get(key) === REMOVED,
    hasQueued: () => dirty.size > 0,

    hasUnsavedWrites() {
      return dirty.size > 0 || importing > 0 || get().save.state === 'failed';
    },

    flushOnLeave() {
      if (core.memoryOnly) return;
      const { storage } = core;
      for (const [key, value] of dirty) {
        // Begun in the pagehide handler itself: a write queued behind another would start after the page is gone.
        const write = value === REMOVED ? storage.remove(key) : storage.writeNow ? storage.writeNow(key, value) : storage.write(key, value);
        write.then(
          () => {
            if (dirty.get(key) === value) dirty.delete(key);
          },
          () => undefined,
        );
      }
    },

    async commitImport({ profiles, sessions }, onStep) {
      core.requireReady();
      // Importing someone deleted here brings them back (see revivedIfDeleted).
      const records: (Session | Profile)[] = [...profiles.map(writes.revivedIfDeleted), ...sessions];
      const accepted: (Session | Profile)[] = [];
      const entries: (readonly [string, Session | Profile])[] = [];
      importing += 1;
      try {
        for (const [index, record] of records.entries()) {
          if (index % IMPORT_CHECKS_PER_TURN === 0) {
            onStep?.({ stage: 'checking', done: index, total: records.length });
            if (index > 0) await nextTurn();
          }
          if (!core.refused(record)) accepted.push(record);
        }
        for (const record of accepted) entries.push([keyOfRecord(record), record]);
        // A write already queued (an answer being saved) goes first: the import never interleaves with the queue.
        await (scheduled ? writes.flush() : flushing);
        const onWritten = (done: number) => onStep?.({ stage: 'saving', done, total: entries.length });
        onWritten(0);
        const { storage } = core;
        if (storage.writeMany) await storage.writeMany(entries, onWritten);
        else for (const [key, value] of entries) await storage.write(key, value);
      } catch (error) {
        return isQuotaError(error) ? 'the browser’s storage for Rungs is full' : 'the browser stopped saving it';
      } finally {
        importing -= 1;
      }
      const nextProfiles = { ...get().profiles };
      const nextSessions = { ...get().sessions };
      for (const record of accepted) {
        if (record.type === 'rungs/session') nextSessions[record.id] = record;
        else {
          deletedMarkers.delete(record.id);
          nextProfiles[record.id] = record;
        }
      }
      set({ profiles: nextProfiles, sessions: nextSessions });
      for (const [key, value] of entries) {
        // A change to the same record queued meanwhile must not land after the import with what was there before.
        if (dirty.has(key)) dirty.set(key, value);
      }
      // One message for the whole import: other tabs read storage once, not once per record.
      if (!core.memoryOnly && entries.length > 0) deps.tabs?.post({ keys: entries.map(([key]) => key) });
      return null;
    },

    async discardQueue() {
      dirty.clear();
      await flushing;
      dirty.clear();
    },
  };
  return writes;
}
