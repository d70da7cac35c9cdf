import { markerOf } from '@/domain/records/profile';
import type { Profile, Session } from '@/domain/records/schema';
import type { TabMessage } from './record-storage';
import type { RecordWrites } from './record-writes';
import type { StoreCore } from './store-core';
import { PROFILE_PREFIX, SESSION_PREFIX, sessionKey } from './storage-keys';

// Tab sync: another tab of this browser wrote or removed a record; this one reads it back and merges it with what it
// shows, so neither loses a change (answers per question, a person per field and per action, a deletion wins).

export interface TabSync {
  onTabMessage(message: TabMessage): void;
  /** A person's record merged with another tab's copy: shown, or taken off the screen if they were deleted. */
  showMerged(merged: Profile): void;
  /** Applies what other tabs said while this one was still reading its records. */
  applyPending(): void;
}

export function createTabSync(core: StoreCore, writes: RecordWrites): TabSync {
  const { get, set, now, deletedMarkers } = core;
  /** Records other tabs changed while this one was still reading: applied once it is ready. */
  const pendingFromTabs = new Set<string>();
  /**
   * Sessions another tab removed while this one showed them: a deletion removes a person's sessions before it marks
   * the person, so this tab's Undo for that person needs them back.
   */
  const removedElsewhere = new Map<string, Session>();

  /** The sessions of a person brought back in another tab, read again from storage (they were dropped from view). */
  const rereadSessionsOf = async (profileId: string) => {
    const fns = await core.loadRestore();
    const found: Record<string, Session> = {};
    for (const [key, value] of await core.storage.readAll()) {
      if (!key.startsWith(SESSION_PREFIX)) continue;
      const read = fns.restoreSession(value);
      if (read.ok && read.value.profileId === profileId && key === sessionKey(read.value.id)) found[read.value.id] = read.value;
    }
    if (Object.keys(found).length > 0 && !deletedMarkers.has(profileId)) set({ sessions: { ...get().sessions, ...found } });
  };

  const showMerged = (merged: Profile) => {
    const shown = get().profiles[merged.id];
    if (merged.deletedAt === null) {
      const wasDeleted = deletedMarkers.delete(merged.id);
      set({ profiles: { ...get().profiles, [merged.id]: merged }, changedElsewhereAt: now().getTime() });
      if (wasDeleted) void rereadSessionsOf(merged.id).catch(() => undefined);
      return;
    }
    // Deleted (a deletion wins over any edit made meanwhile): off the screen with their sessions, Undo kept for
    // what this tab showed.
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

  /**
   * Another tab wrote or removed `key`: read it back and merge, so neither tab loses an answer. `read` gives the
   * stored value when it was read already (many records at once, after an import).
   */
  const applyFromTab = async (key: string, read?: { value: unknown }) => {
    if (writes.isRemovalPending(key)) return;
    const raw = read ? read.value : await core.storage.read(key);
    const isSession = key.startsWith(SESSION_PREFIX);
    const id = key.slice((isSession ? SESSION_PREFIX : PROFILE_PREFIX).length);
    const local = isSession ? get().sessions[id] : (get().profiles[id] ?? deletedMarkers.get(id));
    if (raw === undefined) {
      // Removed elsewhere (deleted person, "Delete all"): unless this tab has unsaved changes to it.
      if (!local || writes.isPending(key)) return;
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
    const { restoreSession, restoreProfile } = await core.loadRestore();
    const restored = isSession ? restoreSession(raw) : restoreProfile(raw);
    // What another tab of this same app wrote is trusted no more than anything else read from storage.
    if (!restored.ok || restored.value.id !== id) return;
    const merge = await core.loadMerge();
    const incoming = restored.value;
    // A session of someone deleted here stays out of view: the deletion wins; an Undo reads it back.
    if (incoming.type === 'rungs/session' && deletedMarkers.has(incoming.profileId)) return;
    const current = incoming.type === 'rungs/session' ? get().sessions[id] : (get().profiles[id] ?? deletedMarkers.get(id));
    let merged: Session | Profile = incoming;
    // Sessions merge per answer; a person's record per field and per action, with removals and deletion kept.
    if (current) {
      merged =
        incoming.type === 'rungs/session'
          ? merge.mergeSessionCopies(current as Session, incoming)
          : markerOf(merge.mergeProfileCopies(current as Profile, incoming));
    }
    if (!current || merge.canonicalJson(merged) !== merge.canonicalJson(current)) {
      if (merged.type === 'rungs/session') set({ sessions: { ...get().sessions, [id]: merged }, changedElsewhereAt: now().getTime() });
      else showMerged(merged);
    }
    // What is stored lacks something this tab holds (even when this tab learnt nothing new from it), or a write of
    // this tab's, queued before it heard, would land after and carry an older copy: write the union, so that the last
    // write holds everything both tabs have.
    if (writes.isPending(key) || merge.canonicalJson(merged) !== merge.canonicalJson(incoming)) writes.persist(key, merged);
  };

  const onTabMessage = (message: TabMessage) => {
    if (!message || typeof message !== 'object') return;
    if ('cleared' in message && message.cleared === true) {
      if (get().status === 'ready' && !writes.hasQueued()) {
        deletedMarkers.clear();
        set({ profiles: {}, sessions: {}, quarantined: [], lastDeleted: null, changedElsewhereAt: now().getTime() });
      }
      return;
    }
    const said = message as { key?: unknown; keys?: unknown };
    const keys = (Array.isArray(said.keys) ? said.keys : [said.key]).filter(
      (key): key is string => typeof key === 'string' && (key.startsWith(SESSION_PREFIX) || key.startsWith(PROFILE_PREFIX)),
    );
    if (keys.length === 0) return;
    if (get().status !== 'ready') {
      for (const key of keys) pendingFromTabs.add(key);
      return;
    }
    const applying = keys.length === 1 ? applyFromTab(keys[0]!) : applyMany(keys);
    void applying.catch(() => {
      // Unreadable right now: the record is read again on the next message or the next start.
    });
  };

  /** Many records changed at once (an import in another tab): one read of storage, not one per record. */
  const applyMany = async (keys: readonly string[]) => {
    const wanted = new Set(keys);
    const stored = new Map((await core.storage.readAll()).filter(([key]) => wanted.has(key)));
    for (const key of keys) await applyFromTab(key, { value: stored.get(key) });
  };

  return {
    onTabMessage,
    showMerged,
    applyPending() {
      const keys = [...pendingFromTabs];
      pendingFromTabs.clear();
      if (keys.length > 0) onTabMessage({ keys });
    },
  };
}
