import type { Profile, Session } from '@/domain/records/schema';
import type { AppActions, AppState, AppStoreDeps, RestoreFunctions, TabMerge } from './app-store-types';
import type { RecordStorage } from './record-storage';
import { profileKey, sessionKey } from './storage-keys';

// What every part of the store shares: the state, the storage it writes to, the validators and merges it loads on
// demand, and the people it knows were deleted. One object, built once per store, handed to each part.

export const NOT_SAVED_BLOCKED =
  'This browser is not letting Rungs store data (a private window, or storage is blocked). Your answers are kept while this tab stays open. Download them to keep them.';
export const NOT_SAVED_FULL =
  'The browser’s storage for Rungs is full. Your answers are kept while this tab stays open: download them, or free some space and try again.';
export const NOT_SAVED_OTHER = 'Rungs could not save your latest changes. They are kept while this tab stays open: download them, or try again.';

/** Marks a record to be removed from storage rather than written. */
export const REMOVED = Symbol('removed');

export const keyOfRecord = (record: Session | Profile) => (record.type === 'rungs/session' ? sessionKey(record.id) : profileKey(record.id));

export interface StoreCore {
  readonly deps: AppStoreDeps;
  readonly get: () => AppState & AppActions;
  readonly set: (partial: Partial<AppState>) => void;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Where records are written: replaced by memory storage when the browser refuses storage. */
  storage: RecordStorage;
  /** Set when the browser refused storage: writes go to memory only, and the notice must stay up. */
  memoryOnly: boolean;
  /** Loaded by hydrate, before anything can change: every record is checked by its schema before it is written. */
  validators: RestoreFunctions | null;
  loadRestore(): Promise<RestoreFunctions>;
  loadMerge(): Promise<TabMerge>;
  /**
   * People deleted here or in another tab, as the marker their record became: kept out of the state (nothing shows,
   * exports or counts them) but merged with any copy another tab writes, so that copy cannot bring them back.
   */
  readonly deletedMarkers: Map<string, Profile>;
  /** Throws unless stored data has been read: nothing may change before. */
  requireReady(): void;
  /** Refuses (and says why) a record that would not read back, or one a newer Rungs owns. */
  refused(record: Session | Profile): boolean;
}

export function randomId(): string {
  // randomUUID needs a secure context; a copy opened from disk may not be one.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createStoreCore(deps: AppStoreDeps, get: StoreCore['get'], set: StoreCore['set']): StoreCore {
  let restoreFunctions: Promise<RestoreFunctions> | null = null;
  let merges: Promise<TabMerge> | null = null;
  const core: StoreCore = {
    deps,
    get,
    set,
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? randomId,
    storage: deps.storage,
    memoryOnly: false,
    validators: null,
    loadRestore: () => (restoreFunctions ??= deps.loadRestore()),
    loadMerge: () => (merges ??= (deps.loadMerge ?? (() => import('@/domain/records/merge')))()),
    deletedMarkers: new Map(),
    requireReady() {
      if (get().status !== 'ready') throw new Error('Rungs is still reading saved data: nothing can be changed yet.');
    },
    refused(record) {
      if (get().newer.some((newer) => newer.key === keyOfRecord(record))) {
        // An import (or another copy) of a record a newer Rungs wrote: that record stays untouched.
        set({ notice: 'A newer version of Rungs wrote a record with the same id here: it is kept as that version wrote it, not overwritten.' });
        return true;
      }
      const problem = unreadable(record);
      if (problem === null) return false;
      set({ notice: `That change was not saved: Rungs could not have read it back (${problem}). Everything before it is kept.` });
      return true;
    },
  };
  /** Sessions this store checked and found readable: a change to one of them is checked for what it changes alone. */
  const readable = new WeakSet<Session>();
  /** Why a record must not be written (it would not read back), or null. */
  const unreadable = (record: Session | Profile): string | null => {
    if (!core.validators) return null;
    if (record.type !== 'rungs/session') {
      const checked = core.validators.restoreProfile(record);
      return checked.ok ? null : checked.error.message;
    }
    // An answer or a rating changes one entry of a session of hundreds: where the copy it replaces was checked here,
    // only what differs from that copy is checked (the whole session was one click's slowest part on a phone).
    const sessions = get().sessions;
    const before = Object.hasOwn(sessions, record.id) ? sessions[record.id] : undefined;
    const checked = core.validators.restoreSession(before && readable.has(before) ? changedPartOf(before, record) : record);
    if (!checked.ok) return checked.error.message;
    readable.add(record);
    return null;
  };
  return core;
}

/**
 * Maps of a session whose entries are each checked on their own, so one entry can make no other unreadable (what
 * restore's reading in parts relies on too): a new or replaced entry is all a change to one of them can spoil.
 */
const SESSION_ENTRY_MAPS = ['answers', 'evidence', 'mentorRatings', 'mentorNotes'] as const;

/**
 * `next` with each entry map cut to the entries that are not the very same value in `before`: every other field
 * whole. When `before` reads back, `next` reads back exactly when this does.
 */
export function changedPartOf(before: Session, next: Session): Session {
  const part: Record<string, unknown> = { ...next };
  for (const field of SESSION_ENTRY_MAPS) {
    const old: Record<PropertyKey, unknown> = before[field];
    const now: unknown = next[field];
    if (old === now) {
      part[field] = {};
      continue;
    }
    // Not a map at all: left whole, for the schema to refuse.
    if (typeof now !== 'object' || now === null) continue;
    const changed = {};
    // Every own key, as the schema sees them (one that is no item id must still be refused), defined rather than
    // assigned so that a "__proto__" stays a key.
    for (const key of Reflect.ownKeys(now)) {
      const value: unknown = (now as Record<PropertyKey, unknown>)[key];
      if (!Object.hasOwn(old, key) || old[key] !== value) Object.defineProperty(changed, key, { value, enumerable: true, configurable: true, writable: true });
    }
    part[field] = changed;
  }
  return part as Session;
}
