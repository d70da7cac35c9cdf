import { Profiler } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Pack } from '@/domain/pack/schema';
import { parsePack } from '@/domain/pack/parse-pack';
import type { Session } from '@/domain/records/schema';
import { createSession } from '@/domain/records/session';
import type { Answer } from '@/domain/scoring/answer';
import { createAppStore } from '@/store/app-store';
import { memoryStorage } from '@/store/record-storage';
import { sessionKey } from '@/store/storage-keys';
import { StoreProvider } from '@/store/store-context';
import ResultsPage from '@/features/results/results-page';
import { loadReportRest } from '@/features/results/use-report-rest';
import realPackJson from '../../../assessments/industrial-production-manager.json';

/** The shipped pack, read the way the app reads it. */
export function loadRealPack(): Pack {
  const result = parsePack(realPackJson);
  if (!result.ok) throw new Error(`the real pack does not parse: ${JSON.stringify(result.error.slice(0, 3))}`);
  return result.value;
}

export const rating = (value: number): Answer => ({ kind: 'rating', value });
export const choice = (optionId: string): Answer => ({ kind: 'choice', optionId });

export interface SessionOptions {
  id?: string;
  assessmentId?: string;
  targetLevel: string;
  answers?: Record<string, Answer>;
  evidence?: Record<string, string>;
  mentorRatings?: Record<string, number>;
  /** ISO time; null for a session still in progress. */
  completedAt?: string | null;
  updatedAt?: string;
}

export function makeSession(pack: Pack, options: SessionOptions): Session {
  const session = createSession({
    id: options.id ?? 'session-1',
    profileId: 'me',
    pack,
    assessmentId: options.assessmentId ?? 'full',
    targetLevel: options.targetLevel,
    now: new Date('2026-03-02T09:00:00.000Z'),
  });
  const at = Date.parse('2026-03-02T09:30:00.000Z');
  return {
    ...session,
    answers: Object.fromEntries(Object.entries(options.answers ?? {}).map(([id, answer]) => [id, { answer, at }])),
    evidence: options.evidence ?? {},
    mentorRatings: options.mentorRatings ?? {},
    completedAt: options.completedAt === undefined ? '2026-03-03T10:00:00.000Z' : options.completedAt,
    updatedAt: options.updatedAt ?? '2026-03-03T10:00:00.000Z',
  };
}

/** Every self-rating question of an assessment answered with one value. */
export function rateAll(pack: Pack, assessmentId: string, value: number): Record<string, Answer> {
  const asked = new Set(pack.assessments.find((assessment) => assessment.id === assessmentId)?.questionIds ?? []);
  return Object.fromEntries(pack.questions.filter((question) => question.kind === 'selfRating' && asked.has(question.id)).map((question) => [question.id, rating(value)]));
}

/** Renders the Results route as the app mounts it (nested under /results) over a hydrated in-memory store. */
/** `onCommit`: called after each commit of the page, to see what each render painted. */
/** `restLoaded: false`: the rest of the report's code is left for the screen to fetch (see use-report-rest.test.tsx). */
export async function renderResults(path: string, sessions: readonly Session[], onCommit: () => void = () => {}, { restLoaded = true } = {}) {
  const store = createAppStore({
    storage: memoryStorage(Object.fromEntries(sessions.map((session) => [sessionKey(session.id), session]))),
    loadRestore: () => import('@/domain/records/restore'),
  });
  await store.getState().hydrate();
  // The rest of the report's code, fetched here first: these tests read what it draws, and
  // test/features/results/use-report-rest.test.tsx how and when it arrives.
  if (restLoaded) await loadReportRest();
  const location = memoryLocation({ path, record: true });
  const view = render(
    <Profiler id="results" onRender={onCommit}>
      <StoreProvider store={store}>
        <Router hook={location.hook}>
          <Route path="/results" nest>
            <ResultsPage />
          </Route>
        </Router>
      </StoreProvider>
    </Profiler>,
  );
  return { ...view, store, location };
}

/**
 * Opens every folded section of the report, as a reader on a phone taps each heading: a folded section draws its
 * rows only once it is opened (jsdom has no wide screen, so every section starts folded).
 */
export async function openFoldedSections() {
  await screen.findByRole('navigation', { name: 'Contents of the results' });
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.section-fold:not([open])')) {
    await userEvent.click(within(details).getByRole('heading', { level: 2 }));
  }
}
