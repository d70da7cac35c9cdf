import type { StoreApi } from 'zustand/vanilla';
import type { NewSession } from '@/domain/records/session';
import type { ActionDraft, ProfileDetails } from '@/domain/records/profile';
import type { RestoreProblem, RestoredParts } from '@/domain/records/restore';
import type { Action, Profile, Session } from '@/domain/records/schema';
import type { Result } from '@/domain/result';
import type { Answer } from '@/domain/scoring/answer';
import type { RecordStorage, TabChannel } from './record-storage';

// The store's shape: what screens read (AppState), what they can do (AppActions) and what it is built from.

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
  startSession(input: { pack: NewSession['pack']; assessmentId: string; targetLevel: string; profileId?: string; prefillFrom?: Session }): Session;
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
  /**
   * When queued writes begin: the browser's store begins them after the next frame, so a click's own frame never
   * waits for one. Without it, at once.
   */
  scheduleWrite?: (begin: () => void) => void;
}

export interface TabMerge {
  mergeSessionCopies(local: Session, incoming: Session): Session;
  mergeProfileCopies(a: Profile, b: Profile): Profile;
  canonicalJson(value: unknown): string;
}
