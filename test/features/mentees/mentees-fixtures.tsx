import { render } from '@testing-library/react';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { PackEntry } from '@/packs/pack-registry';
import { countPack } from '@/domain/pack/count-pack';
import type { Pack } from '@/domain/pack/schema';
import { createProfile, type ProfileDetails } from '@/domain/records/profile';
import type { Action, Profile, Session } from '@/domain/records/schema';
import { createSession } from '@/domain/records/session';
import type { Answer } from '@/domain/scoring/answer';
import type { AppStore } from '@/store/app-store';
import { memoryStorage } from '@/store/record-storage';
import { profileKey, sessionKey } from '@/store/storage-keys';
import { StoreProvider } from '@/store/store-context';
import MenteesPage from '@/features/mentees/mentees-page';
import { makeReadyStore } from '../../fixtures/store';

export const rating = (value: number): Answer => ({ kind: 'rating', value });

export const readyEntry = (pack: Pack): PackEntry => ({ status: 'ready', path: `assessments/${pack.meta.id}.json`, pack, counts: countPack(pack) });

export function makeProfile(id: string, details: Partial<ProfileDetails> = {}, extra: Partial<Profile> = {}): Profile {
  return {
    ...createProfile(id, { name: id[0]!.toUpperCase() + id.slice(1), currentLevel: null, years: null, targetLevel: 'two', ...details }, new Date('2026-01-05T09:00:00.000Z')),
    ...extra,
  };
}

export function makeAction(id: string, extra: Partial<Action> = {}): Action {
  return {
    id,
    title: `Action ${id}`,
    competencyId: null,
    owner: 'Ana',
    due: null,
    status: 'open',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...extra,
  };
}

export interface SessionOptions {
  id: string;
  profileId: string;
  assessmentId?: string;
  targetLevel?: string;
  answers?: Record<string, Answer>;
  mentorRatings?: Record<string, number>;
  /** The day it was completed (YYYY-MM-DD); null for one in progress. */
  completedOn?: string | null;
  startedOn?: string;
  conflictOf?: string | null;
  revision?: number;
}

export function makeSession(pack: Pack, options: SessionOptions): Session {
  const started = `${options.startedOn ?? options.completedOn ?? '2026-02-01'}T09:00:00.000Z`;
  const session = createSession({
    id: options.id,
    profileId: options.profileId,
    pack,
    assessmentId: options.assessmentId ?? 'quick',
    targetLevel: options.targetLevel ?? 'two',
    now: new Date(started),
  });
  const completedAt = options.completedOn === null ? null : `${options.completedOn ?? '2026-02-01'}T10:00:00.000Z`;
  const at = Date.parse(started);
  return {
    ...session,
    answers: Object.fromEntries(Object.entries(options.answers ?? {}).map(([id, answer]) => [id, { answer, at }])),
    mentorRatings: options.mentorRatings ?? {},
    completedAt,
    updatedAt: completedAt ?? started,
    conflictOf: options.conflictOf ?? null,
    revision: options.revision ?? 3,
  };
}

/** The quick assessment of the mini pack answered: lean, safety, leadership. */
export const quickAnswers = (lean: number, safety: number, leadership: number) => ({
  'lean-self-1': rating(lean),
  'safety-self-1': rating(safety),
  'leadership-self-1': rating(leadership),
});

/** A hydrated store holding these records, as if read from IndexedDB. */
export async function storeWith(profiles: readonly Profile[], sessions: readonly Session[] = []): Promise<AppStore> {
  return makeReadyStore(
    memoryStorage({
      ...Object.fromEntries(profiles.map((profile) => [profileKey(profile.id), profile])),
      ...Object.fromEntries(sessions.map((session) => [sessionKey(session.id), session])),
    }),
  );
}

/** Renders the Mentees route as the app mounts it (nested under /mentees). */
export function renderMentees(store: AppStore, path = '/mentees') {
  const location = memoryLocation({ path, record: true });
  const view = render(
    <StoreProvider store={store}>
      <Router hook={location.hook}>
        <Route path="/mentees" nest>
          <MenteesPage />
        </Route>
      </Router>
    </StoreProvider>,
  );
  return { ...view, store, location };
}
