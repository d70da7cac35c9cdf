import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Pack } from '@/domain/pack/schema';
import type { Answer } from '@/domain/scoring/answer';
import type { Action, Profile, Session } from '@/domain/records/schema';
import type { RestoreProblem, RestoredParts } from '@/domain/records/restore';
import type { Result } from '@/domain/result';
import {
  answerQuestion,
  completeSession,
  createSession,
  moveToStep,
  setBasis,
  setEvidence,
  setMentorNote,
  setMentorRating,
} from '@/domain/records/session';
import {
  addAction,
  createProfile,
  deletedMarkerOf,
  markerOf,
  removeAction,
  setArchived,
  undeleted,
  updateAction,
  updateProfile,
  type ActionDraft,
  type ProfileDetails,
} from '@/domain/records/profile';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import { nextTurn } from '@/lib/next-turn';
import { isQuotaError, memoryStorage, type RecordStorage, type TabChannel, type TabMessage } from './record-storage';
import { PROFILE_PREFIX, QUARANTINE_PREFIX, SESSION_PREFIX, profileKey, sessionKey } from './storage-keys';

export interface SaveState {
  state: 'saved' | 'saving' | 'failed';
  /** Why saving failed, in words a user can act on. */
  message: string | null;
}

export interface QuarantinedRecord {
  key: string;
  problem: string;
  /** The user chose "Start fresh": the data stays aside, the notice goes. */
  dismissed: boolean;
}

/** A record written by a newer Rungs: left where it is, untouched, so that version still finds it. */
export interface NewerRecord {
  key: string;
  problem: string;
}

/** What "Delete" removed, kept in memory so it can be put back for a while. */
export interface DeletedProfile {
  profile: Profile;
  sessions: Session[];
  /** Deleted in another tab, over what this one showed: Undo here brings them back as this tab had them. */
  elsewhere?: true;
}

/** Records to write as one import: built by the domain's merge, already checked and conflict-free. */
export interface RecordsToWrite {
  profiles: readonly Profile[];
  sessions: readonly Session[];
}

/** Where saving an import has got to: its records checked against the schema, then handed to storage. */
export interface ImportSaveStep {
  stage: 'checking' | 'saving';
  done: number;
  total: number;
}

export interface AppState {
  /** Nothing is written, and no form is shown, until stored data has been read, checked and migrated. */
  status: 'loading' | 'ready';
  save: SaveState;
  quarantined: readonly QuarantinedRecord[];
  /** Records this build cannot read because a newer Rungs wrote them: read-only, never moved or overwritten. */
  newer: readonly NewerRecord[];
  /** The browser refused storage: what is shown lives in this tab only. */
  memoryOnly: boolean;
  /** A change that was cut short or refused because it could not be read back, said once in words. */
  notice: string | null;
  profiles: Readonly<Record<string, Profile>>;
  sessions: Readonly<Record<string, Session>>;
  /** The last person deleted, until undone or replaced by the next deletion. */
  lastDeleted: DeletedProfile | null;
  /** Set when another tab changed a record shown here, so the screen can say so. */
  changedElsewhereAt: number | null;
}

export interface AppActions {
  hydrate(): Promise<void>;
  startSession(input: { pack: Pack; assessmentId: string; targetLevel: string; profileId?: string; prefillFrom?: Session }): Session;
  answer(sessionId: string, questionId: string, answer: Answer): void;
  goToStep(sessionId: string, step: number): void;
  setEvidence(sessionId: string, competencyId: string, text: string): void;
  completeSession(sessionId: string): void;
  /** Creates or updates a person; without an id, "Me", the person using this browser. */
  saveProfile(input: { id?: string; name: string; currentLevel: string | null; years: number | null; targetLevel: string | null }): Profile;
  /** A new person with a fresh id. */
  addProfile(details: ProfileDetails): Profile;
  archiveProfile(profileId: string, archived: boolean): void;
  /** Removes a person and all their sessions; `undoDelete` puts them back. */
  deleteProfile(profileId: string): void;
  undoDelete(): void;
  addAction(profileId: string, draft: ActionDraft): Action;
  updateAction(profileId: string, actionId: string, change: Partial<ActionDraft & Pick<Action, 'status'>>): void;
  removeAction(profileId: string, actionId: string): void;
  setMentorRating(sessionId: string, competencyId: string, rating: number | null): void;
  setMentorNote(sessionId: string, competencyId: string, text: string): void;
  setBasis(sessionId: string, basis: Session['basis']): void;
  /** Writes an import the user confirmed. Existing records are only replaced by what the merge decided. */
  importRecords(records: RecordsToWrite): void;
  /**
   * Writes an import the user confirmed in one transaction: every record is stored or, if the tab closes or storage
   * fails first, none, and the screen shows them only once stored. Resolves to why nothing was saved, or null.
   */
  commitImport(records: RecordsToWrite, onStep?: (step: ImportSaveStep) => void): Promise<string | null>;
  /** Every record, set-aside data included, is removed from this browser. */
  deleteAllData(): Promise<void>;
  /** The raw records set aside as unreadable, for the user to download. */
  readQuarantined(): Promise<{ key: string; problem: string; raw: unknown }[]>;
  /** "Start fresh": stop showing the set-aside notice; the data stays aside until deleted. */
  dismissQuarantine(): Promise<void>;
  /** "Try again" (after an update, say): brings back every set-aside record this build can now read; how many. */
  retrySetAside(): Promise<number>;
  dismissNotice(): void;
  /** Tries the writes that failed again (e.g. after the user freed space). */
  retrySave(): Promise<void>;
  /** A change not yet confirmed written, or one that failed: leaving now could lose it. */
  hasUnsavedWrites(): boolean;
  /** The page is going away: every waiting write is begun now, not after the one in flight. */
  flushOnLeave(): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

export interface RestoreFunctions {
  restoreSession(input: unknown): Result<Session, RestoreProblem>;
  restoreProfile(input: unknown): Result<Profile, RestoreProblem>;
  restoreSessionParts(input: unknown): Result<RestoredParts<Session>, RestoreProblem>;
  restoreProfileParts(input: unknown): Result<RestoredParts<Profile>, RestoreProblem>;
}

export interface AppStoreDeps {
  storage: RecordStorage;
  /** Loaded on demand so the validators (zod) stay out of the first load. */
  loadRestore: () => Promise<RestoreFunctions>;
  /** Merges copies of one record written by two tabs; loaded on demand, like the validators. */
  loadMerge?: () => Promise<TabMerge>;
  /** Other tabs of this browser; absent where BroadcastChannel is. */
  tabs?: TabChannel;
  now?: () => Date;
  newId?: () => string;
  /** After a failed write, how long to wait before trying again on its own. */
  retryDelayMs?: number;
}

export interface TabMerge {
  mergeSessionCopies(local: Session, incoming: Session): Session;
  mergeProfileCopies(a: Profile, b: Profile): Profile;
  canonicalJson(value: unknown): string;
}

const NOT_SAVED_BLOCKED = 'This browser is not letting Rungs store data (a private window, or storage is blocked). Your answers are kept while this tab stays open. Download them to keep them.';
const NOT_SAVED_FULL = 'The browser’s storage for Rungs is full. Your answers are kept while this tab stays open: download them, or free some space and try again.';
const NOT_SAVED_OTHER = 'Rungs could not save your latest changes. They are kept while this tab stays open: download them, or try again.';

/** The longest evidence or mentor note a record holds (the schema's limit; the text boxes' maxLength). */
const NOTE_MAX_LENGTH = 4000;

/** Cuts a note to what a record can hold, never splitting a character made of two UTF-16 units. */
function fitNote(text: string): string {
  if (text.length <= NOTE_MAX_LENGTH) return text;
  const cut = text.slice(0, NOTE_MAX_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const NOTE_CUT = `The note was longer than ${NOTE_MAX_LENGTH.toLocaleString('en')} characters, more than Rungs can keep: only the first ${NOTE_MAX_LENGTH.toLocaleString('en')} were saved.`;

/** Records of an import checked per turn: thousands at once would hold the page. */
const IMPORT_CHECKS_PER_TURN = 250;

const keyOfRecord = (record: Session | Profile) => (record.type === 'rungs/session' ? sessionKey(record.id) : profileKey(record.id));

/** Marks a record to be removed from storage rather than written. */
const REMOVED = Symbol('removed');

export function randomId(): string {
  // randomUUID needs a secure context; a copy opened from disk may not be one.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createAppStore(deps: AppStoreDeps): AppStore {
  let storage = deps.storage;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomId;
  /** Latest value of each record not yet confirmed written (REMOVED: to be deleted). Kept until storage confirms. */
  const dirty = new Map<string, unknown>();
  let flushing: Promise<void> | null = null;
  /** Imports being written: leaving the page now would lose them (their transaction is aborted, whole). */
  let importing = 0;
  /** Set when the browser refused storage: writes go to memory only, and the notice must stay up. */
  let memoryOnly = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Records other tabs changed while this one was still reading: applied once it is ready. */
  const pendingFromTabs = new Set<string>();
  let tabMerge: Promise<TabMerge> | null = null;
  const loadMerge = () => (tabMerge ??= (deps.loadMerge ?? (() => import('@/domain/records/merge')))());
  /**
   * People deleted here or in another tab, as the marker their record became: kept out of the state (nothing shows,
   * exports or counts them) but merged with any copy another tab writes, so that copy cannot bring them back.
   */
  const deletedMarkers = new Map<string, Profile>();
  /**
   * Sessions another tab removed while this one showed them: a deletion removes a person's sessions before it marks
   * the person, so this tab's Undo for that person needs them back.
   */
  const removedElsewhere = new Map<string, Session>();
  let restoreFunctions: Promise<RestoreFunctions> | null = null;
  const loadRestore = () => (restoreFunctions ??= deps.loadRestore());
  /** Loaded by hydrate, before anything can change: every record is checked by its schema before it is written. */
  let validators: RestoreFunctions | null = null;

  /** Why a record must not be written (it would not read back), or null. */
  const unreadable = (record: Session | Profile): string | null => {
    if (!validators) return null;
    const checked = record.type === 'rungs/session' ? validators.restoreSession(record) : validators.restoreProfile(record);
    return checked.ok ? null : checked.error.message;
  };

  /** The record a stored value at `key` is, with any unreadable entries left out; null when it is none. */
  const readAt = (key: string, value: unknown, fns: RestoreFunctions) => {
    if (key.startsWith(SESSION_PREFIX)) return fns.restoreSessionParts(value);
    return key.startsWith(PROFILE_PREFIX) ? fns.restoreProfileParts(value) : null;
  };

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
      await storage.write(original, aside?.raw);
      occupied.add(original);
      await storage.remove(asideKey);
    } catch {
      return null;
    }
    return again.value.value;
  };

  const store = createStore<AppState & AppActions>()((set, get) => {
    const flush = (): Promise<void> => {
      if (flushing) return flushing;
      flushing = (async () => {
        try {
          while (dirty.size > 0) {
            const [key, value] = dirty.entries().next().value as [string, unknown];
            if (!memoryOnly) set({ save: { state: 'saving', message: null } });
            let mergedOnWrite: Profile | null = null;
            try {
              if (value === REMOVED) await storage.remove(key);
              else if (key.startsWith(PROFILE_PREFIX) && storage.writeMerged) mergedOnWrite = await writeProfile(key, value as Profile);
              else await storage.write(key, value);
            } catch (error) {
              set({ save: { state: 'failed', message: isQuotaError(error) ? NOT_SAVED_FULL : NOT_SAVED_OTHER } });
              // Space may come back (another tab freed it, the user cleared something): try again unasked.
              retryTimer ??= setTimeout(() => {
                retryTimer = null;
                void flush();
              }, deps.retryDelayMs ?? 15_000);
              return;
            }
            // A newer value may have arrived while writing: only the written one is done.
            if (dirty.get(key) === value) dirty.delete(key);
            if (mergedOnWrite && dirty.get(key) === undefined) showMerged(mergedOnWrite);
            if (!memoryOnly) deps.tabs?.post({ key });
          }
          set({ save: memoryOnly ? { state: 'failed', message: NOT_SAVED_BLOCKED } : { state: 'saved', message: null } });
        } finally {
          flushing = null;
        }
      })();
      return flushing;
    };

    /**
     * Writes a person's record merged, in the same transaction, with the copy stored now: a tab that wrote since this
     * one last read (or deleted the person and closed) keeps its change. The merged record, when it differs.
     */
    const writeProfile = async (key: string, profile: Profile): Promise<Profile | null> => {
      const merge = await loadMerge();
      const fns = validators;
      const written = (await storage.writeMerged!(key, (stored) => {
        if (stored === undefined || !fns) return profile;
        const read = fns.restoreProfile(stored);
        // A deletion that wins keeps nothing of the person (an edit made meanwhile included): Undo has it in memory.
        return read.ok && read.value.id === profile.id ? markerOf(merge.mergeProfileCopies(read.value, profile)) : profile;
      })) as Profile;
      return merge.canonicalJson(written) === merge.canonicalJson(profile) ? null : written;
    };

    /** The sessions of a person brought back in another tab, read again from storage (they were dropped from view). */
    const rereadSessionsOf = async (profileId: string) => {
      const fns = await loadRestore();
      const found: Record<string, Session> = {};
      for (const [key, value] of await storage.readAll()) {
        if (!key.startsWith(SESSION_PREFIX)) continue;
        const read = fns.restoreSession(value);
        if (read.ok && read.value.profileId === profileId && key === sessionKey(read.value.id)) found[read.value.id] = read.value;
      }
      if (Object.keys(found).length > 0 && !deletedMarkers.has(profileId)) set({ sessions: { ...get().sessions, ...found } });
    };

    /**
     * A person's record as merged with another tab's copy: shown, or, when it says they were deleted (a deletion wins
     * over any edit made meanwhile), taken off the screen with their sessions, Undo kept for what this tab showed.
     */
    const showMerged = (merged: Profile) => {
      const shown = get().profiles[merged.id];
      if (merged.deletedAt === null) {
        const wasDeleted = deletedMarkers.delete(merged.id);
        set({ profiles: { ...get().profiles, [merged.id]: merged }, changedElsewhereAt: now().getTime() });
        if (wasDeleted) void rereadSessionsOf(merged.id).catch(() => undefined);
        return;
      }
      deletedMarkers.set(merged.id, merged);
      if (!shown) return;
      const theirs = Object.values(get().sessions).filter((session) => session.profileId === merged.id);
      const sessions = { ...get().sessions };
      for (const session of theirs) delete sessions[session.id];
      for (const session of removedElsewhere.values()) {
        if (session.profileId !== merged.id) continue;
        theirs.push(session);
        removedElsewhere.delete(session.id);
      }
      const { [merged.id]: _deleted, ...profiles } = get().profiles;
      set({ profiles, sessions, lastDeleted: { profile: shown, sessions: theirs, elsewhere: true }, changedElsewhereAt: now().getTime() });
    };

    const persist = (key: string, value: unknown) => {
      dirty.set(key, value);
      void flush();
    };

    const requireReady = () => {
      if (get().status !== 'ready') throw new Error('Rungs is still reading saved data: nothing can be changed yet.');
    };

    /** Refuses a record that would not read back: storage never holds what the next start would set aside. */
    const refused = (record: Session | Profile): boolean => {
      if (get().newer.some((newer) => newer.key === keyOfRecord(record))) {
        // An import (or another copy) of a record a newer Rungs wrote: that record stays untouched.
        set({ notice: 'A newer version of Rungs wrote a record with the same id here: it is kept as that version wrote it, not overwritten.' });
        return true;
      }
      const problem = unreadable(record);
      if (problem === null) return false;
      set({ notice: `That change was not saved: Rungs could not have read it back (${problem}). Everything before it is kept.` });
      return true;
    };

    const putSession = (session: Session) => {
      if (refused(session)) return;
      set({ sessions: { ...get().sessions, [session.id]: session } });
      persist(sessionKey(session.id), session);
    };

    const putProfile = (given: Profile) => {
      const profile = revivedIfDeleted(given);
      if (refused(profile)) return;
      deletedMarkers.delete(profile.id);
      set({ profiles: { ...get().profiles, [profile.id]: profile } });
      persist(profileKey(profile.id), profile);
    };

    /**
     * Writing a person deleted earlier (Undo, an import of them) brings them back: their deletion is changed now,
     * later than the marker, so every tab's merge keeps them.
     */
    const revivedIfDeleted = (profile: Profile): Profile => {
      const marker = deletedMarkers.get(profile.id);
      if (!marker || profile.deletedAt !== null || profile.changedAt.deletedAt > marker.changedAt.deletedAt) return profile;
      return undeleted(profile, now());
    };

    const updateSession = (sessionId: string, change: (session: Session) => Session) => {
      requireReady();
      const session = get().sessions[sessionId];
      if (!session) throw new Error(`No session ${sessionId}`);
      const next = change(session);
      if (next !== session) putSession(next);
    };

    const existingProfile = (profileId: string): Profile => {
      requireReady();
      const profile = get().profiles[profileId];
      if (!profile) throw new Error(`No person ${profileId}`);
      return profile;
    };

    const updateProfileRecord = (profileId: string, change: (profile: Profile) => Profile) => {
      const profile = existingProfile(profileId);
      const next = change(profile);
      if (next !== profile) putProfile(next);
    };

    /** Another tab wrote or removed `key`: read it back and merge, so neither tab loses an answer. */
    const applyFromTab = async (key: string) => {
      if (dirty.has(key) && dirty.get(key) === REMOVED) return;
      const raw = await storage.read(key);
      const isSession = key.startsWith(SESSION_PREFIX);
      const id = key.slice((isSession ? SESSION_PREFIX : PROFILE_PREFIX).length);
      const local = isSession ? get().sessions[id] : (get().profiles[id] ?? deletedMarkers.get(id));
      if (raw === undefined) {
        // Removed elsewhere (deleted person, "Delete all"): unless this tab has unsaved changes to it.
        if (!local || dirty.has(key)) return;
        if (isSession) {
          if (removedElsewhere.size > 1000) removedElsewhere.clear();
          removedElsewhere.set(id, local as Session);
          const { [id]: _removed, ...sessions } = get().sessions;
          set({ sessions, changedElsewhereAt: now().getTime() });
        } else {
          deletedMarkers.delete(id);
          const { [id]: _removed, ...profiles } = get().profiles;
          set({ profiles, changedElsewhereAt: now().getTime() });
        }
        return;
      }
      const { restoreSession, restoreProfile } = await loadRestore();
      const restored = isSession ? restoreSession(raw) : restoreProfile(raw);
      // What another tab of this same app wrote is trusted no more than anything else read from storage.
      if (!restored.ok || restored.value.id !== id) return;
      const merge = await loadMerge();
      const incoming = restored.value;
      // A session of someone deleted here stays out of view: the deletion wins; an Undo reads it back.
      if (incoming.type === 'rungs/session' && deletedMarkers.has(incoming.profileId)) return;
      const current = incoming.type === 'rungs/session' ? get().sessions[id] : (get().profiles[id] ?? deletedMarkers.get(id));
      let merged: Session | Profile = incoming;
      if (current) {
        // Sessions merge per answer; a person's record per field and per action, with removals and deletion kept.
        merged =
          incoming.type === 'rungs/session'
            ? merge.mergeSessionCopies(current as Session, incoming)
            : markerOf(merge.mergeProfileCopies(current as Profile, incoming));
        if (merge.canonicalJson(merged) === merge.canonicalJson(current)) return;
      }
      if (merged.type === 'rungs/session') set({ sessions: { ...get().sessions, [id]: merged }, changedElsewhereAt: now().getTime() });
      else showMerged(merged);
      // This tab held something the other did not: write the union back so both end up with it.
      if (merge.canonicalJson(merged) !== merge.canonicalJson(restored.value)) persist(key, merged);
    };

    const onTabMessage = (message: TabMessage) => {
      if (!message || typeof message !== 'object') return;
      if ('cleared' in message && message.cleared === true) {
        if (get().status === 'ready' && dirty.size === 0) {
          deletedMarkers.clear();
          set({ profiles: {}, sessions: {}, quarantined: [], lastDeleted: null, changedElsewhereAt: now().getTime() });
        }
        return;
      }
      const key = (message as { key?: unknown }).key;
      if (typeof key !== 'string' || !(key.startsWith(SESSION_PREFIX) || key.startsWith(PROFILE_PREFIX))) return;
      if (get().status !== 'ready') {
        pendingFromTabs.add(key);
        return;
      }
      void applyFromTab(key).catch(() => {
        // Unreadable right now: the record is read again on the next message or the next start.
      });
    };
    deps.tabs?.subscribe(onTabMessage);

    return {
      status: 'loading',
      save: { state: 'saved', message: null },
      quarantined: [],
      newer: [],
      memoryOnly: false,
      notice: null,
      profiles: {},
      sessions: {},
      lastDeleted: null,
      changedElsewhereAt: null,

      async hydrate() {
        if (get().status === 'ready') return;
        let rows: [string, unknown][];
        try {
          rows = await storage.readAll();
        } catch {
          // Storage refused (private window, blocked IndexedDB): work in memory and say so.
          storage = memoryStorage();
          memoryOnly = true;
          validators = await loadRestore().catch(() => null);
          set({ status: 'ready', memoryOnly: true, save: { state: 'failed', message: NOT_SAVED_BLOCKED } });
          return;
        }
        const fns = (validators = await loadRestore());
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
        /** Writes a copy of `value` aside, under its own key, never overwritten. */
        const setAside = async (key: string, problem: string, value: unknown) => {
          const asideKey = `${QUARANTINE_PREFIX}${key}@${now().getTime()}`;
          await storage.write(asideKey, { key, problem, raw: value, dismissed: false });
          return asideKey;
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
          const result = readAt(key, value, fns);
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
        for (const key of pendingFromTabs) onTabMessage({ key });
        pendingFromTabs.clear();
      },

      startSession({ pack, assessmentId, targetLevel, profileId = SELF_PROFILE_ID, prefillFrom }) {
        requireReady();
        const session = createSession({ id: newId(), profileId, pack, assessmentId, targetLevel, now: now(), prefillFrom });
        putSession(session);
        return session;
      },

      saveProfile({ id = SELF_PROFILE_ID, name, currentLevel, years, targetLevel }) {
        requireReady();
        const existing = get().profiles[id];
        const details = { name, currentLevel, years, targetLevel };
        const profile = existing ? updateProfile(existing, details, now()) : createProfile(id, details, now());
        putProfile(profile);
        return profile;
      },

      addProfile(details) {
        requireReady();
        const profile = createProfile(newId(), details, now());
        putProfile(profile);
        return profile;
      },

      archiveProfile(profileId, archived) {
        updateProfileRecord(profileId, (profile) => setArchived(profile, archived, now()));
      },

      deleteProfile(profileId) {
        const profile = existingProfile(profileId);
        const sessions = Object.values(get().sessions).filter((session) => session.profileId === profileId);
        const remaining = { ...get().sessions };
        for (const session of sessions) {
          delete remaining[session.id];
          persist(sessionKey(session.id), REMOVED);
        }
        const { [profileId]: _deleted, ...profiles } = get().profiles;
        set({ profiles, sessions: remaining, lastDeleted: { profile, sessions } });
        // A marker, not a removal: a tab still showing them merges with it instead of saving them back.
        const marker = deletedMarkerOf(profile, now());
        deletedMarkers.set(profileId, marker);
        persist(profileKey(profileId), marker);
      },

      undoDelete() {
        requireReady();
        const deleted = get().lastDeleted;
        if (!deleted) return;
        set({ lastDeleted: null });
        putProfile(deleted.profile);
        for (const session of deleted.sessions) putSession(session);
      },

      addAction(profileId, draft) {
        const id = newId();
        updateProfileRecord(profileId, (profile) => addAction(profile, id, draft, now()));
        const action = get().profiles[profileId]?.actions.find((item) => item.id === id);
        if (!action) throw new Error('The action could not be added');
        return action;
      },

      updateAction(profileId, actionId, change) {
        updateProfileRecord(profileId, (profile) => updateAction(profile, actionId, change, now()));
      },

      removeAction(profileId, actionId) {
        updateProfileRecord(profileId, (profile) => removeAction(profile, actionId, now()));
      },

      answer(sessionId, questionId, answer) {
        updateSession(sessionId, (session) => answerQuestion(session, questionId, answer, now()));
      },

      goToStep(sessionId, step) {
        updateSession(sessionId, (session) => moveToStep(session, step, now()));
      },

      setEvidence(sessionId, competencyId, text) {
        // Typed text is capped by the text box; text set by script (autofill, an extension) is cut here, and said.
        if (fitNote(text) !== text) set({ notice: NOTE_CUT });
        updateSession(sessionId, (session) => setEvidence(session, competencyId, fitNote(text), now()));
      },

      completeSession(sessionId) {
        updateSession(sessionId, (session) => completeSession(session, now()));
      },

      setMentorRating(sessionId, competencyId, rating) {
        updateSession(sessionId, (session) => setMentorRating(session, competencyId, rating, now()));
      },

      setMentorNote(sessionId, competencyId, text) {
        if (fitNote(text) !== text) set({ notice: NOTE_CUT });
        updateSession(sessionId, (session) => setMentorNote(session, competencyId, fitNote(text), now()));
      },

      setBasis(sessionId, basis) {
        updateSession(sessionId, (session) => setBasis(session, basis, now()));
      },

      importRecords({ profiles, sessions }) {
        requireReady();
        for (const profile of profiles) putProfile(profile);
        for (const session of sessions) putSession(session);
      },

      async commitImport({ profiles, sessions }, onStep) {
        requireReady();
        // Importing someone deleted here brings them back (see revivedIfDeleted).
        const records: (Session | Profile)[] = [...profiles.map(revivedIfDeleted), ...sessions];
        const accepted: (Session | Profile)[] = [];
        const entries: (readonly [string, Session | Profile])[] = [];
        importing += 1;
        try {
          for (const [index, record] of records.entries()) {
            if (index % IMPORT_CHECKS_PER_TURN === 0) {
              onStep?.({ stage: 'checking', done: index, total: records.length });
              if (index > 0) await nextTurn();
            }
            if (!refused(record)) accepted.push(record);
          }
          for (const record of accepted) entries.push([keyOfRecord(record), record]);
          // A write already queued (an answer being saved) goes first: the import never interleaves with the queue.
          await flushing;
          const onWritten = (done: number) => onStep?.({ stage: 'saving', done, total: entries.length });
          onWritten(0);
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
          if (!memoryOnly) deps.tabs?.post({ key });
        }
        return null;
      },

      async deleteAllData() {
        requireReady();
        dirty.clear();
        await flushing;
        dirty.clear();
        // Cleared from storage first: if that fails, the screen still shows what is kept.
        await storage.clear();
        deletedMarkers.clear();
        set({ profiles: {}, sessions: {}, quarantined: [], newer: [], lastDeleted: null, save: memoryOnly ? get().save : { state: 'saved', message: null } });
        if (!memoryOnly) deps.tabs?.post({ cleared: true });
      },

      async readQuarantined() {
        const rows = await storage.readAll();
        return rows
          .filter(([key]) => key.startsWith(QUARANTINE_PREFIX))
          .map(([key, value]) => {
            const aside = value as { problem?: unknown; raw?: unknown } | null;
            return { key, problem: typeof aside?.problem === 'string' ? aside.problem : 'unreadable data', raw: aside?.raw ?? value };
          });
      },

      async dismissQuarantine() {
        requireReady();
        for (const record of get().quarantined) {
          if (record.dismissed) continue;
          const value = await storage.read(record.key);
          if (value && typeof value === 'object') await storage.write(record.key, { ...value, dismissed: true });
        }
        set({ quarantined: get().quarantined.map((record) => ({ ...record, dismissed: true })) });
      },

      async retrySetAside() {
        requireReady();
        const fns = (validators ??= await loadRestore());
        const rows = await storage.readAll();
        const occupied = new Set(rows.map(([key]) => key).filter((key) => !key.startsWith(QUARANTINE_PREFIX)));
        const back: string[] = [];
        for (const [key, value] of rows) {
          if (!key.startsWith(QUARANTINE_PREFIX)) continue;
          const revived = await reviveAside(key, value, occupied, fns);
          if (!revived) continue;
          back.push(key);
          if (revived.type === 'rungs/session') set({ sessions: { ...get().sessions, [revived.id]: revived } });
          else set({ profiles: { ...get().profiles, [revived.id]: revived } });
          deps.tabs?.post({ key: keyOfRecord(revived) });
        }
        set({ quarantined: get().quarantined.filter((record) => !back.includes(record.key)) });
        return back.length;
      },

      dismissNotice() {
        set({ notice: null });
      },

      async retrySave() {
        await flush();
      },

      hasUnsavedWrites() {
        return dirty.size > 0 || importing > 0 || get().save.state === 'failed';
      },

      flushOnLeave() {
        if (memoryOnly) return;
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
    };
  });
  return store;
}
