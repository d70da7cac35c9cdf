import { createStore } from 'zustand/vanilla';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import {
  addAction,
  createProfile,
  deletedMarkerOf,
  removeAction,
  setArchived,
  updateAction,
  updateProfile,
} from '@/domain/records/profile';
import type { Profile, Session } from '@/domain/records/schema';
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
import type { AppActions, AppState, AppStore, AppStoreDeps } from './app-store-types';
import { forgetQuestionParts } from './question-part-hints';
import { createRecordWrites } from './record-writes';
import { createStoreCore, REMOVED } from './store-core';
import { createStoredRecords } from './stored-records';
import { profileKey, sessionKey } from './storage-keys';
import { createTabSync } from './tab-sync';

export type * from './app-store-types';
export { randomId } from './store-core';

// The app's one store, wired from its parts: store-core (shared state and checks), record-writes (the write queue),
// tab-sync (other tabs' changes), stored-records (reading and setting aside) and, here, what screens can do.

/** The longest evidence or mentor note a record holds (the schema's limit; the text boxes' maxLength). */
const NOTE_MAX_LENGTH = 4000;

/** Cuts a note to what a record can hold, never splitting a character made of two UTF-16 units. */
function fitNote(text: string): string {
  if (text.length <= NOTE_MAX_LENGTH) return text;
  const cut = text.slice(0, NOTE_MAX_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Written when a note is cut, not when the app starts: the first number formatted on a page loads the browser's
 * locale data, which took 42 ms at the start of every screen (170 ms on a slow phone), before anything was shown.
 */
const noteCut = () => {
  const most = NOTE_MAX_LENGTH.toLocaleString('en');
  return `The note was longer than ${most} characters, more than Rungs can keep: only the first ${most} were saved.`;
};

export function createAppStore(deps: AppStoreDeps): AppStore {
  return createStore<AppState & AppActions>()((set, get) => {
    const core = createStoreCore(deps, get, set);
    const { now, newId, deletedMarkers } = core;
    const writes = createRecordWrites(core);
    const tabs = createTabSync(core, writes);
    writes.onMergedWrite = tabs.showMerged;
    const stored = createStoredRecords(core, tabs.applyPending);
    deps.tabs?.subscribe(tabs.onTabMessage);
    const { putSession, putProfile } = writes;

    const updateSession = (sessionId: string, change: (session: Session) => Session) => {
      core.requireReady();
      const session = get().sessions[sessionId];
      if (!session) throw new Error(`No session ${sessionId}`);
      const next = change(session);
      if (next !== session) putSession(next);
    };

    const existingProfile = (profileId: string): Profile => {
      core.requireReady();
      const profile = get().profiles[profileId];
      if (!profile) throw new Error(`No person ${profileId}`);
      return profile;
    };

    const updateProfileRecord = (profileId: string, change: (profile: Profile) => Profile) => {
      const profile = existingProfile(profileId);
      const next = change(profile);
      if (next !== profile) putProfile(next);
    };

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

      hydrate: stored.hydrate,
      readQuarantined: stored.readQuarantined,
      dismissQuarantine: stored.dismissQuarantine,
      retrySetAside: stored.retrySetAside,

      startSession({ pack, assessmentId, targetLevel, profileId = SELF_PROFILE_ID, prefillFrom }) {
        core.requireReady();
        const session = createSession({ id: newId(), profileId, pack, assessmentId, targetLevel, now: now(), prefillFrom });
        putSession(session);
        return session;
      },

      saveProfile({ id = SELF_PROFILE_ID, name, currentLevel, years, targetLevel }) {
        core.requireReady();
        const existing = get().profiles[id];
        const details = { name, currentLevel, years, targetLevel };
        const profile = existing ? updateProfile(existing, details, now()) : createProfile(id, details, now());
        putProfile(profile);
        return profile;
      },

      addProfile(details) {
        core.requireReady();
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
          writes.persist(sessionKey(session.id), REMOVED);
        }
        const { [profileId]: _deleted, ...profiles } = get().profiles;
        set({ profiles, sessions: remaining, lastDeleted: { profile, sessions } });
        // A marker, not a removal: a tab still showing them merges with it instead of saving them back.
        const marker = deletedMarkerOf(profile, now());
        deletedMarkers.set(profileId, marker);
        writes.persist(profileKey(profileId), marker);
      },

      undoDelete() {
        core.requireReady();
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
        if (fitNote(text) !== text) set({ notice: noteCut() });
        updateSession(sessionId, (session) => setEvidence(session, competencyId, fitNote(text), now()));
      },

      completeSession(sessionId) {
        updateSession(sessionId, (session) => completeSession(session, now()));
      },

      setMentorRating(sessionId, competencyId, rating) {
        updateSession(sessionId, (session) => setMentorRating(session, competencyId, rating, now()));
      },

      setMentorNote(sessionId, competencyId, text) {
        if (fitNote(text) !== text) set({ notice: noteCut() });
        updateSession(sessionId, (session) => setMentorNote(session, competencyId, fitNote(text), now()));
      },

      setBasis(sessionId, basis) {
        updateSession(sessionId, (session) => setBasis(session, basis, now()));
      },

      importRecords({ profiles, sessions }) {
        core.requireReady();
        for (const profile of profiles) putProfile(profile);
        for (const session of sessions) putSession(session);
      },

      commitImport: writes.commitImport,

      async deleteAllData() {
        core.requireReady();
        await writes.discardQueue();
        // Cleared from storage first: if that fails, the screen still shows what is kept.
        await core.storage.clear();
        forgetQuestionParts();
        deletedMarkers.clear();
        set({ profiles: {}, sessions: {}, quarantined: [], newer: [], lastDeleted: null, save: core.memoryOnly ? get().save : { state: 'saved', message: null } });
        if (!core.memoryOnly) deps.tabs?.post({ cleared: true });
      },

      dismissNotice() {
        set({ notice: null });
      },

      async retrySave() {
        await writes.flush();
      },

      hasUnsavedWrites: writes.hasUnsavedWrites,
      flushOnLeave: writes.flushOnLeave,
    };
  });
}
