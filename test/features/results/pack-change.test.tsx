import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { preloadPackChangelogs } from '@/packs/pack-changelogs';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import AssessmentPage from '@/features/questionnaire/assessment-page';
import { createAppStore } from '@/store/app-store';
import { memoryStorage } from '@/store/record-storage';
import { sessionKey } from '@/store/storage-keys';
import { StoreProvider } from '@/store/store-context';
import changelogJson from '../../../assessments/CHANGELOG.json';
import { competenciesRetargetedAt } from '../../fixtures/retargeted';
import { loadRealPack, makeSession, rateAll, renderResults } from './results-fixtures';

const packs = vi.hoisted(() => ({ current: new Map<string, Pack>() }));
vi.mock('@/packs/use-packs', () => ({ useReadyPacks: () => packs.current, preloadPacks: () => Promise.resolve([]) }));
vi.mock('@/packs/use-packs-once-shown', () => ({ useReadyPacksOnceShown: () => packs.current }));
// The question screens ask for their assessment's part of the pack first, and read an old session on the whole pack.
vi.mock('@/packs/question-packs', async () => {
  const { questionPackOf } = await import('@/domain/pack/question-pack');
  const useQuestionPack = (packId: string, assessmentId: string) => {
    const pack = packs.current.get(packId);
    return pack && questionPackOf(pack, assessmentId);
  };
  return { useQuestionPack };
});

const real = loadRealPack();
// Loaded once before the screens open, as a second visit finds it: these tests are about what the screens say.
beforeAll(() => preloadPackChangelogs(), 60_000);
afterEach(() => {
  packs.current = new Map();
});

/** A quick assessment answered on pack 1.0.0, months before 2.0.0 reworded some of its questions. */
function oldQuickSession(overrides: Partial<Session> = {}): Session {
  const session = makeSession(real, { assessmentId: 'quick', targetLevel: 'plant-manager', answers: rateAll(real, 'quick', 3) });
  return { ...session, packVersion: '1.0.0', ...overrides };
}

/** How many of the quick assessment's self-ratings a version since 1.0.0 reworded (their prompt changed). */
const rewordedInQuick = (() => {
  const asked = new Set(Object.keys(rateAll(real, 'quick', 3)));
  const changed = changelogJson.versions.flatMap((version) => version.changed);
  return new Set(changed.filter((entry) => entry.kind === 'question' && asked.has(entry.id) && entry.fields.includes('prompt')).map((entry) => entry.id)).size;
})();

/** How many of Plant Manager's targets a version since 1.0.0 moved in value or importance. */
const retargetedAtPlant = competenciesRetargetedAt(changelogJson.versions, 'plant-manager').length;

async function renderAssessment(path: string, sessions: readonly Session[]) {
  const store = createAppStore({
    storage: memoryStorage(Object.fromEntries(sessions.map((session) => [sessionKey(session.id), session]))),
    loadRestore: () => import('@/domain/records/restore'),
  });
  await store.getState().hydrate();
  const location = memoryLocation({ path, record: true });
  render(
    <StoreProvider store={store}>
      <Router hook={location.hook}>
        <Route path="/assessment" nest>
          <AssessmentPage />
        </Route>
      </Router>
    </StoreProvider>,
  );
  return { store, location };
}

describe('opening a session answered on an older pack version', () => {
  it('should say on the results what changed since, and that the answers were carried over', async () => {
    packs.current = new Map([[real.meta.id, real]]);
    await renderResults('/results/session-1', [oldQuickSession()]);
    expect(rewordedInQuick).toBeGreaterThan(0);
    const note = await screen.findByText(`Answered with version 1.0.0 of the pack, now version ${real.meta.version}:`, { exact: false }, { timeout: 10_000 });
    expect(note.textContent).toMatch(/^Answered with version 1\.0\.0/);
    expect(note).toHaveTextContent(`${rewordedInQuick} question${rewordedInQuick === 1 ? ' was' : 's were'} reworded since you answered`);
    expect(note).toHaveTextContent(`${retargetedAtPlant} targets for “Plant Manager” changed, so your gaps are measured against the new ones`);
    expect(note).toHaveTextContent(/your answers were carried over\.$/);
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
  });

  it('should list an answer to a question the pack no longer has, kept with the session', async () => {
    packs.current = new Map([[real.meta.id, real]]);
    const session = oldQuickSession();
    const withStray = { ...session, answers: { ...session.answers, 'gone-question-self-1': { answer: { kind: 'rating' as const, value: 2 }, at: 0 } } };
    await renderResults('/results/session-1', [withStray]);
    const note = await screen.findByRole('note', {}, { timeout: 10_000 });
    expect(note).toHaveTextContent('1 answer to questions the pack no longer asks is kept with the session');
    await userEvent.click(screen.getByText('What is kept with the session but no longer counts'));
    expect(within(note).getByRole('listitem')).toHaveTextContent(/^gone-question-self-1: answer, no longer in the pack$/);
  });

  it('should give the changelog’s reason for a question a version removed, not its id alone', async () => {
    packs.current = new Map([[real.meta.id, real]]);
    const removed = changelogJson.versions.flatMap((version) => version.removed).find((entry) => entry.kind === 'question' && entry.replacedBy === null)!;
    const session = oldQuickSession({ packVersion: '2.1.0' });
    const withRemoved = { ...session, answers: { ...session.answers, [removed.id]: { answer: { kind: 'rating' as const, value: 2 }, at: 0 } } };
    await renderResults('/results/session-1', [withRemoved]);
    const note = await screen.findByRole('note', {}, { timeout: 10_000 });
    await userEvent.click(screen.getByText('What is kept with the session but no longer counts'));
    expect(within(note).getByRole('listitem')).toHaveTextContent(`${removed.id}: answer, no longer in the pack. ${removed.reason}`);
  });

  it('should say it on the question screen too', async () => {
    packs.current = new Map([[real.meta.id, real]]);
    await renderAssessment('/assessment/session-1', [oldQuickSession({ completedAt: null })]);
    const note = await screen.findByRole('note', {}, { timeout: 10_000 });
    expect(note).toHaveTextContent(/reworded since you answered them, \d+ targets for “Plant Manager” changed, so your gaps are measured against the new ones; your answers were carried over\./);
  });

  it('should explain a session whose assessment and level are gone, and continue on the nearest with nothing lost', async () => {
    packs.current = new Map([[real.meta.id, real]]);
    const stranded = oldQuickSession({ assessmentId: 'quick-check', targetLevel: 'senior-plant-manager' });
    const { store, location } = await renderResults('/results/session-1', [stranded]);
    expect(
      await screen.findByText(
        /no longer has the assessment “quick-check” these answers were given for, nor the target level “senior-plant-manager” chosen for this session\. Every answer is kept\./,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continue on Quick assessment for Plant Manager' }));
    await waitFor(() => expect(Object.keys(store.getState().sessions)).toHaveLength(2));
    const next = Object.values(store.getState().sessions).find((session) => session.id !== 'session-1');
    expect(next).toMatchObject({ assessmentId: 'quick', targetLevel: 'plant-manager', packVersion: real.meta.version });
    expect(next?.answers).toEqual(stranded.answers);
    // The stranded session stays as it was: the record of what was answered where.
    expect(store.getState().sessions['session-1']).toEqual(stranded);
    expect(location.history?.at(-1)).toBe(`/assessment/${next?.id}`);
  });
});
