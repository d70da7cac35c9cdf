import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Pack } from '@/domain/pack/schema';
import type { Answer } from '@/domain/scoring/answer';
import type { Profile, Session } from '@/domain/records/schema';
import type { RestoreProblem } from '@/domain/records/restore';
import type { Result } from '@/domain/result';
import { answerQuestion, completeSession, createSession, moveToStep, setEvidence } from '@/domain/records/session';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import { isQuotaError, memoryStorage, type RecordStorage } from './record-storage';
import { PROFILE_PREFIX, QUARANTINE_PREFIX, SESSION_PREFIX, profileKey, sessionKey } from './storage-keys';

export interface SaveState {
  state: 'saved' | 'saving' | 'failed';
  /** Why saving failed, in words a user can act on. */
  message: string | null;
}

export interface QuarantinedRecord {
  key: string;
  problem: string;
}

export interface AppState {
  /** Nothing is written, and no form is shown, until stored data has been read, checked and migrated. */
  status: 'loading' | 'ready';
  save: SaveState;
  quarantined: readonly QuarantinedRecord[];
  profiles: Readonly<Record<string, Profile>>;
  sessions: Readonly<Record<string, Session>>;
}

export interface AppActions {
  hydrate(): Promise<void>;
  startSession(input: { pack: Pack; assessmentId: string; targetLevel: string; profileId?: string }): Session;
  answer(sessionId: string, questionId: string, answer: Answer): void;
  goToStep(sessionId: string, step: number): void;
  setEvidence(sessionId: string, competencyId: string, text: string): void;
  completeSession(sessionId: string): void;
  /** Creates or updates a person; without an id, "Me", the person using this browser. */
  saveProfile(input: { id?: string; name: string; currentLevel: string | null; years: number | null; targetLevel: string | null }): Profile;
  /** Tries the writes that failed again (e.g. after the user freed space). */
  retrySave(): Promise<void>;
}

export type AppStore = StoreApi<AppState & AppActions>;

export interface RestoreFunctions {
  restoreSession(input: unknown): Result<Session, RestoreProblem>;
  restoreProfile(input: unknown): Result<Profile, RestoreProblem>;
}

export interface AppStoreDeps {
  storage: RecordStorage;
  /** Loaded on demand so the validators (zod) stay out of the first load. */
  loadRestore: () => Promise<RestoreFunctions>;
  now?: () => Date;
  newId?: () => string;
}

const NOT_SAVED_BLOCKED = 'This browser is not letting Rungs store data (a private window, or storage is blocked). Your answers are kept while this tab stays open. Download them to keep them.';
const NOT_SAVED_FULL = 'The browser’s storage for Rungs is full. Your answers are kept while this tab stays open: download them, or free some space and try again.';
const NOT_SAVED_OTHER = 'Rungs could not save your latest changes. They are kept while this tab stays open: download them, or try again.';

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
  /** Latest value of each record not yet confirmed written. Kept until a write succeeds. */
  const dirty = new Map<string, unknown>();
  let flushing: Promise<void> | null = null;
  /** Set when the browser refused storage: writes go to memory only, and the notice must stay up. */
  let memoryOnly = false;

  const store = createStore<AppState & AppActions>()((set, get) => {
    const flush = (): Promise<void> => {
      if (flushing) return flushing;
      flushing = (async () => {
        try {
          while (dirty.size > 0) {
            const [key, value] = dirty.entries().next().value as [string, unknown];
            if (!memoryOnly) set({ save: { state: 'saving', message: null } });
            try {
              await storage.write(key, value);
            } catch (error) {
              set({ save: { state: 'failed', message: isQuotaError(error) ? NOT_SAVED_FULL : NOT_SAVED_OTHER } });
              return;
            }
            // A newer value may have arrived while writing: only the written one is done.
            if (dirty.get(key) === value) dirty.delete(key);
          }
          set({ save: memoryOnly ? { state: 'failed', message: NOT_SAVED_BLOCKED } : { state: 'saved', message: null } });
        } finally {
          flushing = null;
        }
      })();
      return flushing;
    };

    const persist = (key: string, value: unknown) => {
      dirty.set(key, value);
      void flush();
    };

    const requireReady = () => {
      if (get().status !== 'ready') throw new Error('Rungs is still reading saved data: nothing can be changed yet.');
    };

    const updateSession = (sessionId: string, change: (session: Session) => Session) => {
      requireReady();
      const session = get().sessions[sessionId];
      if (!session) throw new Error(`No session ${sessionId}`);
      const next = change(session);
      if (next === session) return;
      set({ sessions: { ...get().sessions, [sessionId]: next } });
      persist(sessionKey(sessionId), next);
    };

    return {
      status: 'loading',
      save: { state: 'saved', message: null },
      quarantined: [],
      profiles: {},
      sessions: {},

      async hydrate() {
        if (get().status === 'ready') return;
        let rows: [string, unknown][];
        try {
          rows = await storage.readAll();
        } catch {
          // Storage refused (private window, blocked IndexedDB): work in memory and say so.
          storage = memoryStorage();
          memoryOnly = true;
          set({ status: 'ready', save: { state: 'failed', message: NOT_SAVED_BLOCKED } });
          return;
        }
        const { restoreSession, restoreProfile } = await deps.loadRestore();
        const sessions: Record<string, Session> = {};
        const profiles: Record<string, Profile> = {};
        const quarantined: QuarantinedRecord[] = [];
        for (const [key, value] of rows) {
          if (key.startsWith(QUARANTINE_PREFIX)) {
            const problem = (value as { problem?: unknown } | null)?.problem;
            quarantined.push({ key, problem: typeof problem === 'string' ? problem : 'unreadable data' });
            continue;
          }
          const result = key.startsWith(SESSION_PREFIX)
            ? restoreSession(value)
            : key.startsWith(PROFILE_PREFIX)
              ? restoreProfile(value)
              : null;
          if (result?.ok && key === (result.value.type === 'rungs/session' ? sessionKey(result.value.id) : profileKey(result.value.id))) {
            if (result.value.type === 'rungs/session') sessions[result.value.id] = result.value;
            else profiles[result.value.id] = result.value;
            continue;
          }
          // Damaged or unknown: set aside under its own key, never overwritten, never silently dropped.
          const problem = result && !result.ok ? result.error.message : 'not a record Rungs knows';
          const asideKey = `${QUARANTINE_PREFIX}${key}@${now().getTime()}`;
          quarantined.push({ key: asideKey, problem });
          try {
            await storage.write(asideKey, { key, problem, raw: value });
            await storage.remove(key);
          } catch {
            // Could not move it: leave it where it is; it is read (and set aside) again next time.
          }
        }
        set({ status: 'ready', sessions, profiles, quarantined });
      },

      startSession({ pack, assessmentId, targetLevel, profileId = SELF_PROFILE_ID }) {
        requireReady();
        const session = createSession({ id: newId(), profileId, pack, assessmentId, targetLevel, now: now() });
        set({ sessions: { ...get().sessions, [session.id]: session } });
        persist(sessionKey(session.id), session);
        return session;
      },

      saveProfile({ id = SELF_PROFILE_ID, name, currentLevel, years, targetLevel }) {
        requireReady();
        const existing = get().profiles[id];
        const profile: Profile = existing
          ? { ...existing, name, currentLevel, years, targetLevel, revision: existing.revision + 1 }
          : { type: 'rungs/profile', version: 1, id, name, currentLevel, years, targetLevel, createdAt: now().toISOString(), archivedAt: null, revision: 0 };
        set({ profiles: { ...get().profiles, [id]: profile } });
        persist(profileKey(id), profile);
        return profile;
      },

      answer(sessionId, questionId, answer) {
        updateSession(sessionId, (session) => answerQuestion(session, questionId, answer, now()));
      },

      goToStep(sessionId, step) {
        updateSession(sessionId, (session) => moveToStep(session, step, now()));
      },

      setEvidence(sessionId, competencyId, text) {
        updateSession(sessionId, (session) => setEvidence(session, competencyId, text, now()));
      },

      completeSession(sessionId) {
        updateSession(sessionId, (session) => completeSession(session, now()));
      },

      async retrySave() {
        await flush();
      },
    };
  });
  return store;
}
